import 'server-only';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { localeOfRequest } from '@/i18n/request-locale';
import type { Locale } from '@/i18n/routing';
import type { ActionState } from '@/lib/actions/action-state';
import { formObject, issuesByField } from '@/lib/actions/form';
import { Refused } from '@/lib/errors';
import { requireStaff, type StaffCtx } from './staff';

/** An action's answer, with the text fields as typed, so a refused form comes back filled in (JavaScript on or off). */
export type StaffFormState = ActionState & { values?: Record<string, string> };

type Translate = Awaited<ReturnType<typeof getTranslations<'Admin.errors'>>>;
const messageFor = (t: Translate, code: string, values?: Readonly<Record<string, string | number>>) => (t.has(code as 'failed') ? t(code as 'failed', values as never) : t('failed'));

/**
 * The wrapper for /admin's actions, in the order every action wrapper keeps:
 * staff with a second factor (from the database: anyone else gets the ordinary
 * 404, staff without TOTP go to enrolment), the form through zod, then the
 * body. A Refused on a field becomes that field's message in the person's
 * language; not_found is the ordinary 404. Anything else (a redirect) goes on.
 */
export function staffAction<S extends z.ZodType>(schema: S, body: (input: z.infer<S>, staff: StaffCtx, locale: Locale) => Promise<ActionState>) {
  return async (_prev: StaffFormState, received: FormData): Promise<StaffFormState> => {
    const staff = await requireStaff();
    const { locale } = await localeOfRequest();
    const t = await getTranslations({ locale, namespace: 'Admin.errors' });
    const form = formObject(received);
    const values = Object.fromEntries(Object.entries(form).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v.slice(0, 2000)]] : [])));
    const parsed = schema.safeParse(form);
    if (!parsed.success) {
      const codes = issuesByField(parsed.error);
      if (codes.tenantId || codes.applicationId) notFound();
      const fieldErrors = Object.fromEntries(Object.entries(codes).map(([field, code]) => [field, messageFor(t, code)]));
      return { status: 'invalid', fieldErrors, message: t('invalid'), values };
    }
    try {
      return await body(parsed.data, staff, locale);
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      if (error.code === 'not_found') notFound();
      const message = messageFor(t, error.code, error.detail?.values);
      return error.field ? { status: 'invalid', fieldErrors: { [error.field]: message }, message: t('invalid'), values } : { status: 'error', message, values };
    }
  };
}
