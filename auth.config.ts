import type { NextAuthConfig } from 'next-auth';
import { claimsOf, sessionLimits, sessionState, type SessionClaims } from '@/lib/auth/session-policy';
import { isHttps } from '@/lib/settings/env';

/**
 * Edge-safe half of Auth.js (no database, no argon2): used by middleware.ts.
 * auth.ts adds the Credentials provider and the database checks. Built when
 * Auth.js first starts (not at import), so `next build` needs no settings.
 */
export function authConfig(): NextAuthConfig & { callbacks: Required<Pick<NonNullable<NextAuthConfig['callbacks']>, 'jwt' | 'session'>> } {
  const limits = sessionLimits();
  return {
    // `next start` behind our own APP_URL: trust the host header (STACK-NOTES).
    trustHost: true,
    // The cookie lives as long as the idle limit and is re-issued on each request
    // that reaches Auth.js, so an idle browser simply drops it.
    session: { strategy: 'jwt', maxAge: Math.max(1, Math.floor(limits.idleMs / 1000)) },
    useSecureCookies: isHttps(),
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
  };
}
