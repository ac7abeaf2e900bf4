import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { emptyValues, type ApplyState } from '@/lib/applications/form-state';
import type { FormValues, IntakeResult } from '@/lib/applications/intake';

/**
 * What the form shows after a refusal, in the page's language (the same state
 * for the enhanced form, as JSON, and for the plain form, rendered in the page).
 */
export async function refusalState(result: Exclude<IntakeResult, { kind: 'stored' }>, values: FormValues | undefined, locale: Locale, attempt: number): Promise<ApplyState> {
  const t = await getTranslations({ locale, namespace: 'Apply' });
  const base: ApplyState = {
    values: values?.raw ?? emptyValues,
    errors: {},
    attempt,
    filesDropped: values?.filesChosen ?? false,
  };
  switch (result.kind) {
    case 'invalid': {
      const errors: ApplyState['errors'] = {};
      for (const [field, code] of Object.entries(result.errors)) {
        const key = `errors.${field}.${code}`;
        errors[field as keyof ApplyState['errors']] = t.has(key) ? t(key, { file: result.file?.name ?? '' }) : t('formErrors.rejected');
      }
      return { ...base, errors, sensitive: Object.values(result.errors).includes('sensitive') };
    }
    case 'rateLimited':
      return { ...base, formError: t('formErrors.rateLimited', { minutes: Math.max(1, Math.ceil(result.retryAfter / 60)) }) };
    case 'closed':
      return { ...base, formError: t('formErrors.closed') };
    case 'conflict':
      return { ...base, formError: t('formErrors.conflict') };
    case 'tooLarge':
      return { ...base, formError: t('formErrors.tooLarge') };
    case 'notFound':
    case 'rejected':
      return { ...base, formError: t('formErrors.rejected') };
  }
}
