'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { refreshSession, signOut } from '@/auth';
import { withLocalePrefix } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import type { ActionState } from '@/lib/actions/action-state';
import { userAction } from '@/lib/actions/user-action';
import { dropUnusedAuthCookies } from '@/lib/auth/auth-cookies';
import { changePassword, confirmTotpEnrolment, disableTotp, signOutEverywhere, startTotpEnrolment } from '@/lib/auth/account';
import { SESSION_MARKER_COOKIE } from '@/lib/auth/session-policy';
import { requestIp } from '@/lib/security/client-ip';

const texts = async (locale: Locale) => ({ t: await getTranslations({ locale, namespace: 'Account' }), ta: await getTranslations({ locale, namespace: 'Auth' }) });

/** The current-password checks are counted per person (lib/auth/account): past the limit, a wait. */
const throttledMessage = (t: Awaited<ReturnType<typeof texts>>['t'], retryAfter: number) => t('passwordThrottled', { minutes: Math.max(1, Math.ceil(retryAfter / 60)) });

export const changePasswordAction = userAction(
  z.object({ current: z.string().max(1000), password: z.string().max(1000) }),
  async (input, claims, locale) => {
    const { t, ta } = await texts(locale);
    const result = await changePassword(claims.uid, input.current, input.password, await requestIp());
    if (!result.ok) {
      const field = result.reason === 'wrongPassword' || result.reason === 'throttled' ? 'current' : 'password';
      const message = result.reason === 'throttled' ? throttledMessage(t, result.retryAfter) : ta(`password.${result.reason}`);
      return { status: 'invalid', fieldErrors: { [field]: message }, message } as const;
    }
    // Every other session ends (version bumped); this one carries on with the new version.
    await refreshSession(result.sv);
    return { status: 'ok', message: t('passwordChanged') } as const;
  },
  // No re-render in this request: it would still read the old cookie.
  { revalidate: false },
);

export const signOutEverywhereAction = userAction(
  z.object({}),
  async (_input, claims, locale) => {
    await signOutEverywhere(claims.uid, await requestIp());
    await signOut({ redirect: false });
    await dropUnusedAuthCookies();
    (await cookies()).delete(SESSION_MARKER_COOKIE);
    redirect(`${withLocalePrefix(locale, '/login')}?reason=signedOut`);
  },
  { allowPendingMfa: true },
);

export const startTotpAction = userAction(
  z.object({}),
  async (_input, claims) => {
    await startTotpEnrolment(claims.uid);
    return { status: 'ok', message: '' } as const;
  },
  { allowPendingMfa: true },
);

/** Turning the factor on asks for the current password too: a stolen session cannot enrol its own app. */
export const confirmTotpAction = userAction(
  z.object({ code: z.string().trim().max(10), password: z.string().max(1000) }),
  async (input, claims, locale): Promise<ActionState> => {
    const { t, ta } = await texts(locale);
    const result = await confirmTotpEnrolment(claims.uid, { code: input.code.replace(/\s+/g, ''), password: input.password }, await requestIp());
    if (!result.ok) {
      if (result.reason === 'codeInvalid') return { status: 'invalid', fieldErrors: { code: t('mfaCodeInvalid') }, message: t('mfaCodeInvalid') } as const;
      const message = result.reason === 'throttled' ? throttledMessage(t, result.retryAfter) : ta('password.wrongPassword');
      return { status: 'invalid', fieldErrors: { password: message }, message } as const;
    }
    // Staff may now go on: refresh the token so it no longer asks for enrolment (this session proved the factor).
    await refreshSession(claims.sv, { mfaEnrolled: true });
    return { status: 'ok', message: t('mfaEnabled'), data: { recoveryCodes: result.recoveryCodes } } as const;
  },
  // Keep the page as it is so the recovery codes stay on screen.
  { allowPendingMfa: true, revalidate: false },
);

export const disableTotpAction = userAction(z.object({ password: z.string().max(1000) }), async (input, claims, locale) => {
  const { t, ta } = await texts(locale);
  const result = await disableTotp(claims.uid, input.password, await requestIp());
  if (!result.ok) {
    const message = result.reason === 'staffRequired' ? t('staffRequired') : result.reason === 'throttled' ? throttledMessage(t, result.retryAfter) : ta('password.wrongPassword');
    return { status: 'invalid', fieldErrors: { password: message }, message } as const;
  }
  return { status: 'ok', message: t('mfaDisabled') } as const;
});
