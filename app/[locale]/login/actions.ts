'use server';

import { AuthError } from 'next-auth';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { signIn } from '@/auth';
import { acceptInvitation } from '@/lib/auth/invitations';
import { requestPasswordReset, resetPassword } from '@/lib/auth/password-reset';
import { withLocalePrefix, safeCallbackUrl, SESSION_MARKER_COOKIE } from '@/lib/auth/session-policy';
import { settings } from '@/lib/settings/env';
import { landingPath } from '@/lib/tenancy/memberships';
import { requestIp } from '@/lib/security/client-ip';

export interface LoginState {
  step: 'password' | 'code';
  email: string;
  error?: 'missing' | 'invalid' | 'throttled' | 'codeInvalid';
  retryMinutes?: number;
  ticket?: string;
}

const loginSchema = z.object({
  email: z.string().trim().max(320).default(''),
  password: z.string().max(1000).default(''),
  code: z.string().trim().max(40).default(''),
  ticket: z.string().max(1000).default(''),
  callbackUrl: z.string().max(2000).default(''),
  locale: z.enum(['nb', 'en']).default('nb'),
});

/** Sign-in as a plain form post: works before hydration and with JavaScript off. */
export async function signInAction(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const input = loginSchema.parse(Object.fromEntries([...formData.entries()].filter(([k]) => !k.startsWith('$'))));
  if (!input.ticket && (!input.email || !input.password)) return { step: 'password', email: input.email, error: 'missing' };
  try {
    await signIn('credentials', {
      email: input.email,
      password: input.password,
      code: input.code,
      ticket: input.ticket,
      redirect: false,
    });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code ?? '';
      if (code.startsWith('mfa_required:')) return { step: 'code', email: input.email, ticket: code.slice('mfa_required:'.length) };
      if (code === 'mfa_invalid') return { step: 'code', email: input.email, ticket: input.ticket, error: 'codeInvalid' };
      if (code.startsWith('throttled:')) {
        return { step: 'password', email: input.email, error: 'throttled', retryMinutes: Math.max(1, Math.ceil(Number(code.split(':')[1]) / 60)) };
      }
      return { step: 'password', email: input.email, error: 'invalid' };
    }
    throw error;
  }
  // The marker lets middleware tell "idle" from "never signed in" once the
  // session cookie has expired (the redirect target below skips middleware).
  (await cookies()).set(SESSION_MARKER_COOKIE, String(Date.now()), {
    httpOnly: true,
    sameSite: 'lax',
    secure: settings().APP_URL.startsWith('https://'),
    path: '/',
  });
  // Staff who still must enrol go there whatever the callbackUrl says.
  const landing = await landingPath(input.email);
  const target = landing.endsWith('/account/security') ? withLocalePrefix(input.locale, landing) : (safeCallbackUrl(input.callbackUrl) ?? withLocalePrefix(input.locale, landing));
  redirect(target);
}

const localeOf = (formData: FormData): 'nb' | 'en' => (formData.get('locale') === 'en' ? 'en' : 'nb');


/** Same answer whether or not the address has an account. */
export async function requestResetAction(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const email = z.email().max(320).safeParse(String(formData.get('email') ?? '').trim());
  if (!email.success) redirect(`${withLocalePrefix(locale, '/login/forgot')}?error=email`);
  await requestPasswordReset({ email: email.data, ip: await requestIp(), language: locale, appUrl: settings().APP_URL });
  redirect(`${withLocalePrefix(locale, '/login/forgot')}?sent=1`);
}

export async function resetPasswordAction(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const token = String(formData.get('token') ?? '').slice(0, 200);
  const result = await resetPassword(token, String(formData.get('password') ?? ''), await requestIp());
  if (!result.ok) {
    redirect(`${withLocalePrefix(locale, '/login/reset')}?${new URLSearchParams({ token, error: result.reason })}`);
  }
  redirect(`${withLocalePrefix(locale, '/login')}?reason=reset`);
}

export async function acceptInvitationAction(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const token = String(formData.get('token') ?? '').slice(0, 200);
  const result = await acceptInvitation(token, {
    name: String(formData.get('name') ?? '').slice(0, 200),
    password: String(formData.get('password') ?? ''),
  });
  if (!result.ok) {
    redirect(`${withLocalePrefix(locale, '/login/invitation')}?${new URLSearchParams({ token, error: result.reason })}`);
  }
  const params = new URLSearchParams({ reason: 'joined', callbackUrl: withLocalePrefix(locale, `/dashboard/${result.tenantSlug}`) });
  redirect(`${withLocalePrefix(locale, '/login')}?${params}`);
}
