import type { NextAuthConfig } from 'next-auth';
import { sessionLimits, sessionState, type SessionClaims } from './lib/auth/session-policy';

/**
 * Edge-safe half of Auth.js (no database, no argon2): used by middleware.ts.
 * auth.ts adds the Credentials provider and the database checks.
 */
const limits = sessionLimits();
const secure = (process.env.APP_URL ?? '').startsWith('https://');

export function claimsOf(token: unknown): SessionClaims | null {
  const t = token as Partial<SessionClaims> | null | undefined;
  if (!t || typeof t.uid !== 'string' || typeof t.sv !== 'number' || typeof t.loginAt !== 'number' || typeof t.lastActivity !== 'number') return null;
  return {
    uid: t.uid,
    sv: t.sv,
    loginAt: t.loginAt,
    lastActivity: t.lastActivity,
    tenants: Array.isArray(t.tenants) ? t.tenants.filter((s): s is string => typeof s === 'string') : [],
    staff: t.staff === true,
    mustEnrolMfa: t.mustEnrolMfa === true,
  };
}

export const authConfig = {
  // `next start` behind our own APP_URL: trust the host header (STACK-NOTES).
  trustHost: true,
  // The cookie lives as long as the idle limit and is re-issued on each request
  // that reaches Auth.js, so an idle browser simply drops it.
  session: { strategy: 'jwt', maxAge: Math.max(1, Math.floor(limits.idleMs / 1000)) },
  useSecureCookies: secure,
  pages: { signIn: '/login', error: '/login' },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      const now = Date.now();
      if (user) {
        const fresh = user as unknown as Omit<SessionClaims, 'loginAt' | 'lastActivity'>;
        return {
          sub: fresh.uid,
          uid: fresh.uid,
          sv: fresh.sv,
          tenants: fresh.tenants,
          staff: fresh.staff,
          mustEnrolMfa: fresh.mustEnrolMfa,
          loginAt: now,
          lastActivity: now,
        };
      }
      const claims = claimsOf(token);
      // Returning null ends the session (cookie cleared). Auth.js tolerates 15 s of
      // clock skew on `exp`; the claims below are exact.
      if (!claims || sessionState(claims, now, limits) !== 'active') return null;
      return { ...token, lastActivity: now };
    },
    session({ session, token }) {
      const claims = claimsOf(token);
      return { ...session, claims } as typeof session;
    },
  },
} satisfies NextAuthConfig;
