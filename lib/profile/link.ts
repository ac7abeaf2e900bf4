import 'server-only';
import { withLocalePrefix } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { REFERENCE_SHAPE } from '@/lib/applications/reference';
import { keyedMac, macMatches } from '@/lib/auth/tokens';
import { appUrl } from '@/lib/settings/env';

/**
 * Personprofilen's one address per application: /personprofil/{tenant}?ref=…&sig=… (/en/profile/… in English).
 * The signature binds the employer's slug and the application's reference (keyed HMAC, like the receipt's, under
 * its own purpose), so a guessed reference, or a real one under another employer, is the ordinary 404
 * (middleware checks it first: lib/edge/receipt-check isForgedProfileLink). The reference stays in the query, never
 * in the path that logs and visit statistics keep. The same address takes her to the first unfinished page, and
 * to her result once she has finished.
 */
export function signProfileLink(tenantSlug: string, reference: string): string {
  return keyedMac('profile', `${tenantSlug}:${reference}`).toString('base64url').slice(0, 22);
}

export function verifyProfileLink(tenantSlug: string, reference: string, signature: string): boolean {
  if (!REFERENCE_SHAPE.test(reference)) return false;
  return macMatches(Buffer.from(signProfileLink(tenantSlug, reference)), Buffer.from(signature));
}

export interface ProfileLink {
  tenantSlug: string;
  reference: string;
  signature: string;
}

/** The page's path with its query; `extra` adds a page number or what just happened. */
export function profilePath(locale: Locale, tenantSlug: string, reference: string, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams({ ref: reference, sig: signProfileLink(tenantSlug, reference), ...extra });
  return `${withLocalePrefix(locale, `${locale === 'en' ? '/profile' : '/personprofil'}/${encodeURIComponent(tenantSlug)}`)}?${query}`;
}

/** The absolute address, for emails. */
export function profileUrl(locale: Locale, tenantSlug: string, reference: string): string {
  return `${appUrl()}${profilePath(locale, tenantSlug, reference)}`;
}
