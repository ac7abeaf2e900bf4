import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { decode } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { withSystem } from '@/db/doors';
import { memberships, revokedSessions, tenants, users } from '@/db/schema';
import { withLocalePrefix } from '@/i18n/paths';
import { localeOfRequest } from '@/i18n/request-locale';
import { isUuid } from '@/lib/ids';
import { settings } from '@/lib/settings/env';
import type { Role } from '@/lib/tenancy/roles';
import { claimsOf, safeCallbackUrl, sessionCookieName, sessionLimits, sessionState, sessionTokenFrom, type SessionClaims } from './session-policy';

/** A tenant the person belongs to, as the database says now. */
export interface Membership {
  tenantId: string;
  tenantSlug: string;
  tenantName: string;
  role: Role;
}

/** What the database says about a person: one query for version, staff state and every membership. */
export interface Person {
  sv: number;
  /** The session asked about was signed out (lib/auth/account endSession). */
  sessionRevoked: boolean;
  staff: boolean;
  totpEnabled: boolean;
  memberships: Membership[];
}

export async function loadPerson(uid: string, sid?: string): Promise<Person | null> {
  if (!isUuid(uid) || (sid !== undefined && !isUuid(sid))) return null;
  const rows = await withSystem('identity', (tx) =>
    tx
      .select({
        sv: users.sessionVersion,
        // In the same query, so checking a session still costs one round trip.
        revoked: sid === undefined ? sql<boolean>`false` : sql<boolean>`exists (select 1 from ${revokedSessions} where ${revokedSessions.sid} = ${sid})`,
        staff: users.isStaff,
        totpEnabledAt: users.totpEnabledAt,
        tenantId: tenants.id,
        tenantSlug: tenants.slug,
        tenantName: tenants.name,
        role: memberships.role,
      })
      .from(users)
      .leftJoin(memberships, eq(memberships.userId, users.id))
      .leftJoin(tenants, eq(tenants.id, memberships.tenantId))
      .where(eq(users.id, uid))
      .orderBy(asc(tenants.name)),
  );
  const first = rows[0];
  if (!first) return null;
  return {
    sv: first.sv,
    sessionRevoked: first.revoked === true,
    staff: first.staff,
    totpEnabled: first.totpEnabledAt !== null,
    memberships: rows.flatMap((r) => (r.tenantId && r.tenantSlug && r.tenantName !== null && r.role ? [{ tenantId: r.tenantId, tenantSlug: r.tenantSlug, tenantName: r.tenantName, role: r.role }] : [])),
  };
}

/** What the token should say about a person now: version, tenants, staff and MFA state. */
export async function loadFreshClaims(uid: string): Promise<Omit<SessionClaims, 'loginAt' | 'lastActivity'> | null> {
  const person = await loadPerson(uid);
  if (!person) return null;
  return {
    uid,
    sv: person.sv,
    staff: person.staff,
    mustEnrolMfa: person.staff && !person.totpEnabled,
    tenants: person.memberships.map((m) => m.tenantSlug).sort(),
  };
}

export type SessionCheck = { ok: true; claims: SessionClaims; person: Person } | { ok: false; reason: 'none' | 'idle' | 'expired' | 'revoked' };

/**
 * The token's own limits, then its version and its session id against the
 * database (one system query, which also brings the memberships every dashboard
 * check needs). A token without a session id comes from before ids existed and
 * could not be signed out alone: it is refused (one fresh sign-in).
 */
export async function checkClaims(claims: SessionClaims | null, now: number): Promise<SessionCheck> {
  if (!claims) return { ok: false, reason: 'none' };
  const state = sessionState(claims, now, sessionLimits());
  if (state !== 'active') return { ok: false, reason: state };
  if (!claims.sid) return { ok: false, reason: 'revoked' };
  const person = await loadPerson(claims.uid, claims.sid);
  if (!person || person.sv !== claims.sv || person.sessionRevoked) return { ok: false, reason: 'revoked' };
  return { ok: true, claims, person };
}

/**
 * The session token of this request, read from `cookies()` (which includes a
 * cookie re-issued earlier in the same server action, unlike the raw header
 * Auth.js's auth() reads), under Auth.js's own name and chunking. The
 * lastActivity in the request's cookie is the previous request's time, which
 * is what the idle limit is measured against.
 */
export async function readSessionCookie(): Promise<SessionClaims | null> {
  const name = sessionCookieName();
  const value = sessionTokenFrom((await cookies()).getAll(), name);
  const secret = settings().AUTH_SECRET;
  if (!value || !secret) return null;
  try {
    return claimsOf(await decode({ token: value, secret, salt: name }));
  } catch {
    return null;
  }
}

/**
 * Who is asking, once per request: React's cache() makes the layouts and the
 * page of one dashboard view share a single decode and a single system query.
 */
export const currentIdentity = cache(async (): Promise<SessionCheck> => checkClaims(await readSessionCookie(), Date.now()));

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
export async function requireIdentity(opts: { allowPendingMfa?: boolean } = {}): Promise<{ claims: SessionClaims; person: Person }> {
  const check = await currentIdentity();
  if (!check.ok) {
    const { path, locale } = await localeOfRequest();
    redirect(loginUrl(locale, { callbackUrl: path, reason: check.reason }));
  }
  if (check.claims.mustEnrolMfa && !opts.allowPendingMfa) {
    const { locale } = await localeOfRequest();
    redirect(withLocalePrefix(locale, '/dashboard/account/security'));
  }
  return { claims: check.claims, person: check.person };
}

/** The signed-in person's checked claims (see requireIdentity). */
export async function requireSession(opts: { allowPendingMfa?: boolean } = {}): Promise<SessionClaims> {
  return (await requireIdentity(opts)).claims;
}
