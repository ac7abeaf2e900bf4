'use server';

import { AuthError } from 'next-auth';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { refreshSession, signIn } from '@/auth';
import { withLocalePrefix } from '@/i18n/paths';
import { publicAction, publicFormAction } from '@/lib/actions/public-action';
import type { LoginState } from '@/lib/auth/form-state';
import { acceptInvitation } from '@/lib/auth/invitations';
import { requestPasswordReset, resetPassword } from '@/lib/auth/password-reset';
import { currentIdentity, readSessionCookie } from '@/lib/auth/session';
import { safeCallbackUrl, SESSION_MARKER_COOKIE } from '@/lib/auth/session-policy';
import { KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_DAYS, knownDeviceValue } from '@/lib/auth/sign-in';
import { dropUnusedAuthCookies } from '@/lib/auth/auth-cookies';
import { decodeSignInRefusal } from '@/lib/auth/sign-in-outcome';
import { requestIp } from '@/lib/security/client-ip';
import { isHttps } from '@/lib/settings/env';
import { landingFor } from '@/lib/tenancy/memberships';

const locale = z.enum(['nb', 'en']).catch('nb');
const token = z.string().max(200).catch('');

const loginSchema = z.object({
  email: z.string().trim().max(320).default(''),
  password: z.string().max(1000).default(''),
  code: z.string().trim().max(40).default(''),
  ticket: z.string().max(1000).default(''),
  callbackUrl: z.string().max(2000).default(''),
  locale,
});

/** Sign-in as a plain form post: works before hydration and with JavaScript off. */
export const signInAction = publicAction(
  loginSchema,
  async (input): Promise<LoginState> => {
    if (!input.ticket && (!input.email || !input.password)) return { step: 'password', email: input.email, error: 'missing' };
    try {
      await signIn('credentials', { email: input.email, password: input.password, code: input.code, ticket: input.ticket, redirect: false });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      const refusal = decodeSignInRefusal((error as AuthError & { code?: string }).code);
      if (refusal.kind === 'mfa_required') return { step: 'code', email: input.email, ticket: refusal.ticket };
      if (refusal.kind === 'mfa_invalid') return { step: 'code', email: input.email, ticket: input.ticket, error: 'codeInvalid' };
      if (refusal.kind === 'throttled') return { step: 'password', email: input.email, error: 'throttled', retryMinutes: Math.max(1, Math.ceil(refusal.retryAfterSeconds / 60)) };
      return { step: 'password', email: input.email, error: 'invalid' };
    }
    // The marker lets middleware tell "idle" from "never signed in" once the
    // session cookie has expired (the redirect target below skips middleware).
    await dropUnusedAuthCookies();
    const jar = await cookies();
    jar.set(SESSION_MARKER_COOKIE, String(Date.now()), { httpOnly: true, sameSite: 'lax', secure: isHttps(), path: '/' });
    // Where to go is decided for the person just authenticated (the new session), never from the form's email.
    const claims = await readSessionCookie();
    // "This browser signed in before" (lib/auth/sign-in knownDeviceValue): a
    // stranger's failures elsewhere cannot stop it. Only the sign-in page needs it.
    if (claims) {
      jar.set(KNOWN_DEVICE_COOKIE, knownDeviceValue(claims.uid), {
        httpOnly: true,
        sameSite: 'lax',
        secure: isHttps(),
        path: withLocalePrefix(input.locale, '/login'),
        maxAge: KNOWN_DEVICE_DAYS * 86_400,
      });
    }
    const landing = claims ? await landingFor(claims.uid) : { path: '/dashboard', forced: false };
    redirect(landing.forced ? withLocalePrefix(input.locale, landing.path) : (safeCallbackUrl(input.callbackUrl) ?? withLocalePrefix(input.locale, landing.path)));
  },
  (): LoginState => ({ step: 'password', email: '', error: 'invalid' }),
);

/** Same answer whether or not the address has an account. */
export const requestResetAction = publicFormAction(
  z.object({ email: z.string().trim().max(320).pipe(z.email()), locale }),
  async (input) => {
    await requestPasswordReset({ email: input.email, ip: await requestIp(), language: input.locale });
    redirect(`${withLocalePrefix(input.locale, '/login/forgot')}?sent=1`);
  },
  async (_codes, values) => redirect(`${withLocalePrefix(locale.parse(values.locale), '/login/forgot')}?error=email`),
);

export const resetPasswordAction = publicFormAction(
  z.object({ token, password: z.string().max(1000).catch(''), locale }),
  async (input) => {
    const result = await resetPassword(input.token, input.password, await requestIp());
    if (!result.ok) redirect(`${withLocalePrefix(input.locale, '/login/reset')}?${new URLSearchParams({ token: input.token, error: result.reason })}`);
    redirect(`${withLocalePrefix(input.locale, '/login')}?reason=reset`);
  },
  async () => redirect('/login/reset?error=invalid'),
);

export const acceptInvitationAction = publicFormAction(
  z.object({ token, name: z.string().max(200).catch(''), password: z.string().max(1000).catch(''), locale }),
  async (input) => {
    // An existing account joins only from its own session (review H1): the checked session, read once.
    const identity = await currentIdentity();
    const result = await acceptInvitation(input.token, { name: input.name, password: input.password }, identity.ok ? identity.claims.uid : null);
    if (!result.ok) redirect(`${withLocalePrefix(input.locale, '/login/invitation')}?${new URLSearchParams({ token: input.token, error: result.reason })}`);
    const dashboard = withLocalePrefix(input.locale, `/dashboard/${result.tenantSlug}`);
    if (result.signedIn && identity.ok) {
      // The token's tenant list is what middleware checks: refresh it so the new tenant opens at once.
      await refreshSession(identity.claims.sv);
      redirect(dashboard);
    }
    redirect(`${withLocalePrefix(input.locale, '/login')}?${new URLSearchParams({ reason: 'joined', callbackUrl: dashboard })}`);
  },
  async () => redirect('/login/invitation?error=invalid'),
);
