import 'server-only';
import { forbidden, notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { Refused } from '@/lib/errors';
import type { ActionState } from './action-state';

type Translate = Awaited<ReturnType<typeof getTranslations<'DashboardErrors'>>>;

/** The dashboard's words for a message code; an unknown code gets the general "it did not work". */
export function messageFor(t: Translate, code: string, fallback: 'failed' | 'fieldInvalid' = 'failed'): string {
  return t.has(code as 'failed') ? t(code as 'failed') : t(fallback);
}

export function dashboardErrors(locale: Locale): Promise<Translate> {
  return getTranslations({ locale, namespace: 'DashboardErrors' });
}

/**
 * The one place a refusal becomes an answer: not_found → the ordinary 404
 * page, forbidden → 403, anything else → its message, on its field when it
 * names one. Other errors are not ours to translate and are thrown on.
 */
export async function refusalState(error: unknown, locale: Locale): Promise<ActionState> {
  if (!(error instanceof Refused)) throw error;
  if (error.code === 'not_found') notFound();
  if (error.code === 'forbidden') forbidden();
  const message = messageFor(await dashboardErrors(locale), error.code);
  return error.field ? { status: 'invalid', fieldErrors: { [error.field]: message }, message } : { status: 'error', message };
}

/** Zod's field codes as the dashboard's words. */
export async function invalidState(fieldCodes: Record<string, string>, locale: Locale): Promise<ActionState> {
  const t = await dashboardErrors(locale);
  const fieldErrors = Object.fromEntries(Object.entries(fieldCodes).map(([field, code]) => [field, messageFor(t, code, 'fieldInvalid')]));
  return { status: 'invalid', fieldErrors, message: t('invalid') };
}
