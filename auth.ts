import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authConfig, claimsOf } from './auth.config';
import { authenticate } from './lib/auth/sign-in';
import { loadFreshClaims } from './lib/auth/session';
import { requestIp } from './lib/security/client-ip';

/** Auth.js errors carry a `code` our sign-in form turns into a message. */
class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}


export const { auth, signIn, signOut, unstable_update: updateSession } = NextAuth({
  ...authConfig,
  // A refused sign-in is an expected answer, not a server error worth a stack trace.
  logger: {
    error(error) {
      if ((error as { type?: string }).type === 'CredentialsSignin' || error.name === 'CredentialsSignin') return;
      console.error('[auth]', error);
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
        });
        if (result.ok) return { id: result.claims.uid, ...result.claims };
        if (result.reason === 'throttled') throw new SignInRefused(`throttled:${result.retryAfter ?? 60}`);
        if (result.reason === 'mfa_required') throw new SignInRefused(`mfa_required:${result.ticket}`);
        throw new SignInRefused(result.reason);
      },
    }),
  ],
  callbacks: {
    ...authConfig.callbacks,
    async jwt(params) {
      const token = await authConfig.callbacks.jwt(params);
      if (!token) return null;
      // An explicit refresh (after our own password change, joining a tenant,
      // enrolling MFA): re-read version and tenants from the database.
      if (params.trigger === 'update') {
        // The caller states the version it just checked (or just set), so an
        // update can never revive a token that was revoked meanwhile.
        const claims = claimsOf(token);
        const expected = (params.session as { sv?: unknown } | undefined)?.sv;
        const fresh = claims ? await loadFreshClaims(claims.uid) : null;
        if (!fresh || fresh.sv !== expected) return null;
        return { ...token, ...fresh };
      }
      return token;
    },
  },
});
