import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { formatDay } from '@/lib/time/oslo';
import type { Locale } from '@/i18n/routing';
import { withLocalePrefix } from '@/i18n/paths';
import { listJobs } from '@/lib/jobs/jobs';
import { asMember, requireMember } from '@/lib/tenancy/member';
import { StackedRow, StackedTable } from '@/components/dashboard/stacked-table';

export async function generateMetadata({ params }: PageProps<'/[locale]/dashboard/[tenant]/jobs'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Jobs' });
  return { title: t('title') };
}

export default async function JobsPage({ params }: PageProps<'/[locale]/dashboard/[tenant]/jobs'>) {
  const { locale, tenant } = await params;
  setRequestLocale(locale);
  const member = await requireMember(tenant);
  const jobs = await asMember(member, (tx) => listJobs(tx, member));
  const t = await getTranslations({ locale, namespace: 'Jobs' });
  const base = withLocalePrefix(locale, `/dashboard/${member.tenantSlug}`);
  const days = await Promise.all(jobs.map((j) => (j.closesOn ? formatDay(j.closesOn, locale as Locale) : Promise.resolve(null))));

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-accent-strong">{t('title')}</h1>
          <p className="mt-1 max-w-2xl text-muted">{t('lead')}</p>
        </div>
        <a href={`${base}/jobs/new`} className="inline-flex min-h-11 items-center rounded-md bg-accent px-4 font-semibold text-white hover:bg-accent-strong">
          {t('new')}
        </a>
      </header>
      <StackedTable caption={t('title')} columns={[t('colTitle'), t('colStatus'), t('colCloses'), t('colApplications')]} empty={jobs.length === 0 ? t('empty') : null}>
        {jobs.map((job, i) => (
          <StackedRow key={job.id} data-job={job.id}>
            <th scope="row" className="p-2 font-semibold">
              <a href={`${base}/jobs/${job.id}`} className="text-accent underline underline-offset-2">
                {job.title}
              </a>
              {job.place ? <span className="block text-sm font-normal text-muted">{job.place}</span> : null}
            </th>
            <td className="px-2 md:p-2" data-status={job.effectiveStatus}>
              {t(`status.${job.effectiveStatus}`)}
            </td>
            <td className="px-2 text-sm md:p-2">{days[i] ? t('closes', { date: days[i] }) : t('noDeadline')}</td>
            <td className="px-2 md:p-2">
              <a href={`${base}/applications?job=${job.id}`} className="text-accent underline underline-offset-2">
                {t('counts', { fresh: job.fresh, total: job.total })}
              </a>
            </td>
          </StackedRow>
        ))}
      </StackedTable>
    </div>
  );
}
