import { getTranslations } from 'next-intl/server';
import type { JobFormLabels } from '@/components/dashboard/job-form';
import { employmentTypes } from '@/lib/jobs/status';

/** The job form's texts, read on the server so the client form ships no message catalogue. */
export async function jobFormLabels(locale: string, submit: string): Promise<JobFormLabels> {
  const t = await getTranslations({ locale, namespace: 'Jobs' });
  const tc = await getTranslations({ locale, namespace: 'Careers' });
  return {
    title: t('fieldTitle'),
    place: t('fieldPlace'),
    employmentType: t('fieldType'),
    description: t('fieldDescription'),
    descriptionHint: t('fieldDescriptionHint'),
    language: t('fieldLanguage'),
    closesOn: t('fieldClosesOn'),
    closesOnHint: t('fieldClosesOnHint'),
    submit,
    pending: t('saving'),
    types: Object.fromEntries(employmentTypes.map((e) => [e, tc(`types.${e}`)])),
    languages: { nb: t('languageNb'), en: t('languageEn') },
  };
}
