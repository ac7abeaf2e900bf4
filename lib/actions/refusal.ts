import 'server-only';
import { forbidden, notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { withLocalePrefix } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { Refused } from '@/lib/errors';
import type { ActionState } from './action-state';

type Translate = Awaited<ReturnType<typeof getTranslations<'DashboardErrors'>>>;

/** The dashboard's words for a message code; an unknown code gets the general "it did not work". */
export function messageFor(t: Translate, code: string, fallback: 'failed' | 'fieldInvalid' = 'failed', values?: Readonly<Record<string, string | number>>): string {
  return t.has(code as 'failed') ? (values ? t(code as 'failed', values as Record<string, string | number>) : t(code as 'failed')) : t(fallback);
}

export function dashboardErrors(locale: Locale): Promise<Translate> {
  return getTranslations({ locale, namespace: 'DashboardErrors' });
}

/**
 * The one place a refusal becomes an answer: not_found → the ordinary 404
 * page, forbidden → 403, anything else → its message, on its field when it
 * names one. Other errors are not ours to translate and are thrown on.
 */
export async function refusalState(error: unknown, locale: Locale, tenantSlug?: string): Promise<ActionState> {
  if (!(error instanceof Refused)) throw error;
  if (error.code === 'not_found') notFound();
  if (error.code === 'forbidden') forbidden();
  const t = await dashboardErrors(locale);
  const message = messageFor(t, error.code, 'failed', error.detail?.values);
  // A plan limit points to the page where the plan is changed.
  const link = error.detail?.link === 'subscription' && tenantSlug ? { href: withLocalePrefix(locale, `/dashboard/${tenantSlug}/subscription`), label: t('planLink') } : undefined;
  const extra = link ? { link } : {};
  return error.field ? { status: 'invalid', fieldErrors: { [error.field]: message }, message, ...extra } : { status: 'error', message, ...extra };
}

/** Zod's field codes as the dashboard's words. */
export async function invalidState(fieldCodes: Record<string, string>, locale: Locale): Promise<ActionState> {
  const t = await dashboardErrors(locale);
  const fieldErrors = Object.fromEntries(Object.entries(fieldCodes).map(([field, code]) => [field, messageFor(t, code, 'fieldInvalid')]));
  return { status: 'invalid', fieldErrors, message: t('invalid') };
}
