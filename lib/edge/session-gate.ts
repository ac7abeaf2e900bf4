/**
 * The edge's first wall for signed-in areas, as pure decisions (unit-tested
 * without Next or Auth.js): where a request for /dashboard goes given the
 * session claims the token carried, if any. Edge-safe: no database, no Node APIs.
 */
import { LOCALE_PREFIX, splitLocale, withLocalePrefix } from '@/i18n/paths';
import { sessionLimits, type SessionClaims, type SessionLimits } from '@/lib/auth/session-policy';

/** Where Auth.js (and its cookie) runs: only where a session matters, so public pages stay cookie-free. Not /login: a visit there is no activity. */
export const SESSION_PATHS = new RegExp(`^${LOCALE_PREFIX}/(dashboard|admin)(/|$)|^/(admin|api/auth)(/|$)`);
/** Personal pages (signed in, or a candidate's Personprofilen): never cached by anyone else. */
export const PRIVATE_PATHS = new RegExp(`^${LOCALE_PREFIX}/(dashboard|login|admin)(/|$)|^/(admin|api/auth)(/|$)|^(/personprofil|/en/profile)(/|$)`);

export type GateDecision =
  /** To the sign-in page, saying why when the marker cookie shows a session was there (idle or expired). */
  | { kind: 'login'; location: string; clearMarker: true }
  /** Staff without a second factor: enrol first. */
  | { kind: 'enrol-mfa'; location: string }
  /** A tenant the token does not list, or /admin for anyone but staff: the ordinary 404 (a bare 404 for a server action post). */
  | { kind: 'not-found'; locale: 'nb' | 'en'; action: boolean }
  /** On to the page; `marker` is the sign-in time to keep in the marker cookie, when signed in. */
  | { kind: 'pass'; marker: number | null };

export interface GateRequest {
  pathname: string;
  search: string;
  /** The marker cookie's value: the sign-in time (ms) of the session this browser had. */
  marker: string | undefined;
  /** A server action post (Next-Action header). */
  action: boolean;
}

export function decide(request: GateRequest, claims: SessionClaims | null, origin: string, now: number = Date.now(), limits: SessionLimits = sessionLimits()): GateDecision {
  const { locale, rest } = splitLocale(request.pathname);
  const onDashboard = rest === '/dashboard' || rest.startsWith('/dashboard/');
  const onAdmin = rest === '/admin' || rest.startsWith('/admin/');

  if (onAdmin) {
    // Platform staff only, and only with a second factor. Everyone else, signed in or not, gets the same 404
    // as a page that does not exist (no sign-in redirect: that would say the page is there). The admin pages
    // and the SQL functions behind them check again.
    if (!claims || !claims.staff) return { kind: 'not-found', locale, action: request.action };
    if (claims.mustEnrolMfa) return { kind: 'enrol-mfa', location: new URL(withLocalePrefix(locale, '/dashboard/account/security'), origin).toString() };
  }

  if (onDashboard && !claims) {
    // The browser drops an idle cookie, so "no session" plus our marker means idle
    // (or expired, when the sign-in time on the marker is past the absolute limit).
    const url = new URL(withLocalePrefix(locale, '/login'), origin);
    url.searchParams.set('callbackUrl', request.pathname + request.search);
    const marker = Number(request.marker);
    if (Number.isFinite(marker) && marker > 0) url.searchParams.set('reason', now - marker >= limits.maxMs ? 'expired' : 'idle');
    return { kind: 'login', location: url.toString(), clearMarker: true };
  }

  if (onDashboard && claims) {
    if (claims.mustEnrolMfa && !rest.startsWith('/dashboard/account')) {
      return { kind: 'enrol-mfa', location: new URL(withLocalePrefix(locale, '/dashboard/account/security'), origin).toString() };
    }
    const slug = rest.split('/')[2];
    if (slug && slug !== 'account' && !claims.tenants.includes(slug)) return { kind: 'not-found', locale, action: request.action };
  }

  return { kind: 'pass', marker: claims ? claims.loginAt : null };
}
