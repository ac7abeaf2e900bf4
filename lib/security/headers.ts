import { LOCALE_PREFIX } from '@/i18n/paths';

/**
 * Security headers for every response. Edge-safe: no Node APIs.
 * On the pages in NONCE_PATHS the nonce is per request; Next.js reads it from the
 * request's CSP header and puts it on its own scripts. Every other page is cacheable
 * and gets the same policy without a nonce (see NONCE_PATHS).
 */
export function contentSecurityPolicy(nonce: string | null, dev: boolean): string {
  const scripts = nonce === null ? `'self' 'unsafe-inline'` : `'self' 'nonce-${nonce}' 'strict-dynamic'`;
  return [
    `default-src 'self'`,
    `script-src ${scripts}${dev ? " 'unsafe-eval'" : ''}`,
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

/**
 * Pages that keep the per-request nonce: the signed-in areas, sign-in itself and the candidate's own pages. Each
 * is rendered per request anyway (it reads a session or a cookie), so the nonce costs nothing there.
 *
 * Every other page (landing, about, privacy, the request form, career lists, job ads, the apply form) may come
 * from Next's cache, and a prerendered page cannot carry a per-request nonce: it gets the same policy with scripts
 * allowed from our own origin and inline (`contentSecurityPolicy(null)`). The framework's RSC payload is inline and
 * changes with every build and page, so its hashes cannot go in a header written before the page is read. What
 * keeps this safe: these pages render no HTML written by anyone outside the team (job descriptions are React
 * elements built from a Markdown subset), carry no session and no secret, and every other directive is as tight as
 * on the nonce pages. The framework's own script files carry integrity attributes (next.config.ts `experimental.sri`).
 * A page rendered per request works under either policy; a prerendered one only under this one.
 */
export const NONCE_PATHS = new RegExp(
  `^${LOCALE_PREFIX}/(dashboard|admin|login)(/|$)|^/admin(/|$)|^/personvern/innsyn/(mine|apne)(/|$)|^/en/privacy/request/(mine|open)(/|$)|^(/personprofil|/en/profile)(/|$)`,
);

export function securityHeaders(nonce: string | null, production: boolean): Record<string, string> {
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
