import { getTranslations, setRequestLocale } from 'next-intl/server';
import { formatDay } from '@/components/careers/job-meta';
import type { Locale } from '@/i18n/routing';
import { withLocalePrefix } from '@/lib/auth/session-policy';
import { jobsClosingSoon, listJobs } from '@/lib/jobs/jobs';
import { asMember, requireMember } from '@/lib/tenancy/guard';

export default async function TenantOverview({ params }: PageProps<'/[locale]/dashboard/[tenant]'>) {
  const { locale, tenant } = await params;
  setRequestLocale(locale);
  const member = await requireMember(tenant);
  const [jobs, closing] = await asMember(member, (tx) => Promise.all([listJobs(tx, member), jobsClosingSoon(tx, member)]));
  const open = jobs.filter((j) => j.effectiveStatus === 'published');
  const closingDays = await Promise.all(closing.map((j) => formatDay(j.closesOn!, locale as Locale)));
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  const tj = await getTranslations({ locale, namespace: 'Jobs' });
  const base = withLocalePrefix(locale, `/dashboard/${member.tenantSlug}`);
  const linkClass = 'inline-flex min-h-11 items-center rounded-md border border-line bg-white px-4 hover:border-accent';
  return (
    <div className="flex flex-col gap-8">
      <section className="flex flex-col gap-3">
        <h1 className="text-2xl font-bold text-accent-strong">{member.tenantName}</h1>
        <p>{t('overviewLead', { tenant: member.tenantName })}</p>
        <p className="text-sm">{t('yourRole', { role: t(`roles.${member.role}`) })}</p>
      </section>

      <section aria-labelledby="open-jobs-heading" className="flex flex-col gap-2">
        <h2 id="open-jobs-heading" className="text-lg font-semibold">
          {t('openJobs')}
        </h2>
        {open.length === 0 ? (
          <p className="text-muted">
            {t('openJobsEmpty')}{' '}
            <a href={`${base}/jobs/new`} className="text-accent underline underline-offset-2">
              {tj('new')}
            </a>
          </p>
        ) : (
          <ul className="divide-y divide-line rounded-md border border-line bg-white">
            {open.map((job) => (
              <li key={job.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <a href={`${base}/jobs/${job.id}`} className="font-semibold text-accent underline underline-offset-2">
                  {job.title}
                </a>
                <a href={`${base}/applications?job=${job.id}`} className="text-sm text-accent underline underline-offset-2">
                  {tj('counts', { fresh: job.fresh, total: job.total })}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="closing-heading" className="flex flex-col gap-2">
        <h2 id="closing-heading" className="text-lg font-semibold">
          {t('closingSoon')}
        </h2>
        {closing.length === 0 ? (
          <p className="text-muted">{t('closingSoonEmpty')}</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {closing.map((job, i) => (
              <li key={job.id}>
                <a href={`${base}/jobs/${job.id}`} className="text-accent underline underline-offset-2">
                  {job.title}
                </a>{' '}
                <span className="text-sm text-muted">{tj('closes', { date: closingDays[i]! })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <ul className="flex flex-wrap gap-2">
        <li>
          <a href={`${base}/jobs`} className={linkClass}>
            {t('jobs')}
          </a>
        </li>
        {member.role === 'owner' ? (
          <li>
            <a href={`${base}/team`} className={linkClass}>
              {t('team')}
            </a>
          </li>
        ) : null}
        <li>
          <a href={withLocalePrefix(locale, '/dashboard/account/security')} className={linkClass}>
            {t('account')}
          </a>
        </li>
      </ul>
    </div>
  );
}
