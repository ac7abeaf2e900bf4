import { eq } from 'drizzle-orm';
import { decode } from 'next-auth/jwt';
import { cookies, headers } from 'next/headers';
import { claimsOf } from '@/auth.config';
import { redirect } from 'next/navigation';
import type { Db } from '@/db/client';
import { withSystem } from '@/db/doors';
import { memberships, tenants, users } from '@/db/schema';
import { withLocalePrefix, safeCallbackUrl, sessionLimits, sessionState, type SessionClaims } from './session-policy';

/** What the token should say about a person now: version, tenants, staff and MFA state. */
export async function loadFreshClaims(uid: string, handle?: Db): Promise<Omit<SessionClaims, 'loginAt' | 'lastActivity'> | null> {
  return withSystem(
    'session refresh',
    async (tx) => {
      const [user] = await tx
        .select({ sv: users.sessionVersion, staff: users.isStaff, totp: users.totpEnabledAt })
        .from(users)
        .where(eq(users.id, uid));
      if (!user) return null;
      const slugs = await tx
        .select({ slug: tenants.slug })
        .from(memberships)
        .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
        .where(eq(memberships.userId, uid));
      return { uid, sv: user.sv, staff: user.staff, mustEnrolMfa: user.staff && !user.totp, tenants: slugs.map((s) => s.slug).sort() };
    },
    handle,
  );
}

/** The current session version of a person, straight from the database (revocation check). */
export async function currentSessionVersion(uid: string, handle?: Db): Promise<number | null> {
  const rows = await withSystem('session version check', (tx) => tx.select({ sv: users.sessionVersion }).from(users).where(eq(users.id, uid)), handle);
  return rows[0]?.sv ?? null;
}

export type SessionCheck = { ok: true; claims: SessionClaims } | { ok: false; reason: 'none' | 'idle' | 'expired' | 'revoked' };

/**
 * Pure part of the wrapper's check, testable without Auth.js: the token's own
 * limits, then its version against the database.
 */
export async function checkClaims(claims: SessionClaims | null, now: number, handle?: Db): Promise<SessionCheck> {
  if (!claims) return { ok: false, reason: 'none' };
  const state = sessionState(claims, now, sessionLimits());
  if (state !== 'active') return { ok: false, reason: state };
  const sv = await currentSessionVersion(claims.uid, handle);
  if (sv === null || sv !== claims.sv) return { ok: false, reason: 'revoked' };
  return { ok: true, claims };
}

/**
 * The session token of this request, read from `cookies()` (which includes a
 * cookie re-issued earlier in the same server action, unlike the raw header
 * Auth.js's auth() reads). Its claims are checked exactly by checkClaims; the
 * lastActivity in the request's cookie is the previous request's time, which
 * is what the idle limit is measured against.
 */
export async function readSessionCookie(): Promise<SessionClaims | null> {
  const secure = (process.env.APP_URL ?? '').startsWith('https://');
  const name = `${secure ? '__Secure-' : ''}authjs.session-token`;
  const jar = await cookies();
  const value = jar.get(name)?.value;
  const secret = process.env.AUTH_SECRET;
  if (!value || !secret) return null;
  try {
    return claimsOf(await decode({ token: value, secret, salt: name }));
  } catch {
    return null;
  }
}

/** The visible path of the current request (set by middleware) and its language. */
export async function requestPath(): Promise<{ path: string; locale: 'nb' | 'en' }> {
  const h = await headers();
  const path = h.get('x-pathname') ?? '/';
  const locale = path === '/en' || path.startsWith('/en/') ? 'en' : 'nb';
  return { path, locale };
}

export function loginUrl(locale: string, opts: { callbackUrl?: string | null; reason?: string } = {}): string {
  const params = new URLSearchParams();
  const cb = safeCallbackUrl(opts.callbackUrl);
  if (cb) params.set('callbackUrl', cb);
  if (opts.reason && opts.reason !== 'none') params.set('reason', opts.reason);
  const qs = params.toString();
  return withLocalePrefix(locale, '/login') + (qs ? `?${qs}` : '');
}

/**
 * Every protected page and action starts here: middleware does not run for a
 * server action's redirect target, so nothing may rely on it alone.
 */
export async function requireSession(opts: { allowPendingMfa?: boolean } = {}): Promise<SessionClaims> {
  const claims = await readSessionCookie();
  const check = await checkClaims(claims, Date.now());
  const { path, locale } = await requestPath();
  if (!check.ok) redirect(loginUrl(locale, { callbackUrl: path, reason: check.reason }));
  if (check.claims.mustEnrolMfa && !opts.allowPendingMfa) redirect(withLocalePrefix(locale, '/dashboard/account/security'));
  return check.claims;
}
