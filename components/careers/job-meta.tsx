import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { PublicJob } from '@/lib/careers/jobs';
import { formatDay } from '@/lib/time/oslo';

/** Place · type · deadline, as a description list that reads well on a phone. */
export async function JobMeta({ job, locale }: { job: PublicJob; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Careers' });
  const deadline = job.closesOn ? t('deadline', { date: formatDay(job.closesOn, locale) }) : t('noDeadline');
  return (
    <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-[0.9375rem] text-muted">
      {job.place ? (
        <div className="flex gap-1">
          <dt className="sr-only">{t('place')}</dt>
          <dd>{job.place}</dd>
        </div>
      ) : null}
      <div className="flex gap-1">
        <dt className="sr-only">{t('type')}</dt>
        <dd>{t(`types.${job.employmentType}`)}</dd>
      </div>
      <div className="flex gap-1">
        <dt className="sr-only">{deadline}</dt>
        <dd>{deadline}</dd>
      </div>
    </dl>
  );
}
