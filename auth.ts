import { randomUUID } from 'node:crypto';
import NextAuth, { CredentialsSignin, type NextAuthConfig } from 'next-auth';
import { cookies } from 'next/headers';
import Credentials from 'next-auth/providers/credentials';
import { authConfig } from './auth.config';
import { encodeSignInRefusal } from './lib/auth/sign-in-outcome';
import { authenticate, KNOWN_DEVICE_COOKIE } from './lib/auth/sign-in';
import { loadFreshClaims } from './lib/auth/session';
import { claimsOf, mustEnrolAfterRefresh } from './lib/auth/session-policy';
import { requestIp } from './lib/security/client-ip';

/** Auth.js errors carry a `code` our sign-in form turns into a message (lib/auth/sign-in-outcome). */
class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

function nodeConfig(): NextAuthConfig {
  const edge = authConfig();
  return {
    ...edge,
    // A refused sign-in is an expected answer, not a server error worth a stack trace.
    logger: {
      error(error) {
        if ((error as { type?: string }).type === 'CredentialsSignin' || error.name === 'CredentialsSignin') return;
        console.error('[auth]', error.name);
      },
    },
    providers: [
      Credentials({
        credentials: { email: {}, password: {}, code: {}, ticket: {} },
        async authorize(raw) {
          const str = (v: unknown) => (typeof v === 'string' ? v : '');
          const result = await authenticate({
            email: str(raw.email).slice(0, 320),
            password: str(raw.password).slice(0, 1000),
            code: str(raw.code).slice(0, 40) || undefined,
            ticket: str(raw.ticket).slice(0, 1000) || undefined,
            ip: await requestIp(),
            device: (await cookies()).get(KNOWN_DEVICE_COOKIE)?.value?.slice(0, 200),
          });
          if (result.ok) return { id: result.claims.uid, ...result.claims };
          throw new SignInRefused(encodeSignInRefusal(result));
        },
      }),
    ],
    callbacks: {
      ...edge.callbacks,
      async jwt(params) {
        const token = await edge.callbacks.jwt(params);
        if (!token) return null;
        // A new session: its own id, kept for its life, so signing out can revoke exactly this one.
        if (params.user) return { ...token, sid: randomUUID() };
        // An explicit refresh (after our own password change, joining a tenant,
        // enrolling MFA): re-read version and tenants from the database.
        if (params.trigger === 'update') {
          // The caller states the version it just checked (or just set), so an
          // update can never revive a token that was revoked meanwhile.
          const claims = claimsOf(token);
          const update = params.session as { sv?: unknown; mfaEnrolled?: unknown } | undefined;
          const fresh = claims ? await loadFreshClaims(claims.uid) : null;
          if (!claims || !fresh || fresh.sv !== update?.sv) return null;
          // Enrolling elsewhere does not upgrade a session that never gave a code (/admin needs one).
          return { ...token, ...fresh, mustEnrolMfa: mustEnrolAfterRefresh(claims.mustEnrolMfa, fresh.mustEnrolMfa, update?.mfaEnrolled === true) };
        }
        return token;
      },
    },
  };
}

export const { auth, signIn, signOut, unstable_update } = NextAuth(nodeConfig);

/**
 * Refresh this session's token from the database, stating the version the caller checked or set;
 * `mfaEnrolled` when this session has just proved the second factor by enrolling it.
 */
export function refreshSession(sv: number, opts: { mfaEnrolled?: boolean } = {}): Promise<unknown> {
  return unstable_update({ sv, ...(opts.mfaEnrolled ? { mfaEnrolled: true } : {}) } as never);
}
