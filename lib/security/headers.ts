import { LOCALE_PREFIX } from '@/i18n/paths';

/**
 * Security headers for every response. Edge-safe: no Node APIs.
 * The nonce is per request; Next.js reads it from the request's CSP header
 * and puts it on its own scripts.
 */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // Inline style attributes come from React/Next; no remote styles or fonts.
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    `frame-src 'self'`,
    `frame-ancestors 'none'`,
    `form-action 'self'`,
    `base-uri 'none'`,
    `object-src 'none'`,
    ...(dev ? [] : ['upgrade-insecure-requests']),
  ].join('; ');
}

export function securityHeaders(nonce: string, production: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy(nonce, !production),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  if (production) headers['Strict-Transport-Security'] = 'max-age=63072000; includeSubDomains; preload';
  return headers;
}

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** Where the inline PDF preview is served (the route beside the download route). */
export const PREVIEW_PATH = new RegExp(`^${LOCALE_PREFIX}/dashboard/[^/]+/applications/[^/]+/files/[^/]+/preview$`);

/**
 * The inline PDF preview's own policy: nothing may load or run in it, the
 * document is sandboxed (opaque origin, no scripts, no forms), and only our own
 * pages may frame it. The sandbox comes from this header rather than the
 * iframe's attribute: Chromium refuses to show a PDF in any sandboxed iframe.
 */
export function previewHeaders(): Record<string, string> {
  return { 'Content-Security-Policy': `default-src 'none'; sandbox; frame-ancestors 'self'`, 'X-Frame-Options': 'SAMEORIGIN' };
}
