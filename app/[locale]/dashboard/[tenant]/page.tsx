import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { formatDay } from '@/lib/time/oslo';
import type { Locale } from '@/i18n/routing';
import { withLocalePrefix } from '@/i18n/paths';
import { jobsClosingSoon, listJobs } from '@/lib/jobs/jobs';
import { recentActivity, type ActivityEvent } from '@/lib/pipeline/activity';
import { upcomingDeletions } from '@/lib/retention/schedule';
import { purgeDay } from '@/components/dashboard/retention-note';
import { asMember, requireMember } from '@/lib/tenancy/member';

export async function generateMetadata({ params }: PageProps<'/[locale]/dashboard/[tenant]'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  return { title: t('overviewTitle') };
}

export default async function TenantOverview({ params }: PageProps<'/[locale]/dashboard/[tenant]'>) {
  const { locale, tenant } = await params;
  setRequestLocale(locale);
  const member = await requireMember(tenant);
  const [jobs, closing, activity, deleting] = await asMember(member, (tx) =>
    Promise.all([listJobs(tx, member), jobsClosingSoon(tx, member), recentActivity(tx, member), upcomingDeletions(tx, member, 14)]),
  );
  const tr = await getTranslations({ locale, namespace: 'Retention' });
  const deletingCount = deleting.reduce((n, d) => n + d.applications, 0);
  const open = jobs.filter((j) => j.effectiveStatus === 'published');
  const closingDays = await Promise.all(closing.map((j) => formatDay(j.closesOn!, locale as Locale)));
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  const tj = await getTranslations({ locale, namespace: 'Jobs' });
  const ta = await getTranslations({ locale, namespace: 'Applications' });
  const format = await getFormatter({ locale });
  const base = withLocalePrefix(locale, `/dashboard/${member.tenantSlug}`);
  // Each event as one sentence (the link text), in the product's words; notes by who, never what.
  const describe = (e: ActivityEvent) => {
    const by = 'by' in e ? (e.by ?? t('formerMember')) : '';
    switch (e.kind) {
      case 'received':
        return { href: `${base}/applications/${e.applicationId}`, text: t('activityKinds.received', { name: e.name, job: e.job }) };
      case 'stage':
        return { href: `${base}/applications/${e.applicationId}`, text: t('activityKinds.stage', { by, name: e.name, from: ta(`stages.${e.from}`), to: ta(`stages.${e.to}`) }) };
      case 'note':
        return { href: `${base}/applications/${e.applicationId}`, text: t('activityKinds.note', { by, name: e.name }) };
      default:
        return { href: `${base}/jobs/${e.jobId}`, text: t(`activityKinds.${e.kind}`, { job: e.job }) };
    }
  };
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

      <section aria-labelledby="deleting-heading" className="flex flex-col gap-2" data-testid="upcoming-deletions">
        <h2 id="deleting-heading" className="text-lg font-semibold">
          {tr('upcomingTitle')} {deletingCount > 0 ? <span className="font-normal text-muted">({deletingCount})</span> : null}
        </h2>
        {deleting.length === 0 ? (
          <p className="text-muted">{tr('upcomingEmpty')}</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {deleting.map((d) => (
              <li key={d.jobId} data-job={d.jobId}>
                <a href={`${base}/jobs/${d.jobId}`} className="text-accent underline underline-offset-2">
                  {d.title}
                </a>{' '}
                <span className="text-sm text-muted">{tr('upcomingRow', { count: d.applications, date: purgeDay(d.purgeAt, locale as Locale) })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="activity-heading" className="flex flex-col gap-2">
        <h2 id="activity-heading" className="text-lg font-semibold">
          {t('activity')}
        </h2>
        {activity.length === 0 ? (
          <p className="text-muted">
            {t('activityEmpty')}{' '}
            <a href={`${base}/jobs`} className="text-accent underline underline-offset-2">
              {t('jobs')}
            </a>
          </p>
        ) : (
          <ol className="divide-y divide-line rounded-md border border-line bg-white" data-testid="activity">
            {activity.map((e, i) => {
              const { href, text } = describe(e);
              return (
                <li key={i} data-activity={e.kind} className="flex flex-col px-3 py-1 sm:flex-row sm:items-center sm:justify-between sm:gap-4">
                  <a href={href} className="inline-flex min-h-11 items-center text-accent underline underline-offset-2">
                    {text}
                  </a>
                  <time dateTime={e.at.toISOString()} className="shrink-0 pb-2 text-sm text-muted sm:pb-0">
                    {format.dateTime(e.at, { dateStyle: 'medium', timeStyle: 'short' })}
                  </time>
                </li>
              );
            })}
          </ol>
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
