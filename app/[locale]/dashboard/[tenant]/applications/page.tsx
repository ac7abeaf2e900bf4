import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { FormMessage } from '@/components/forms/field';
import { stages, type Stage } from '@/lib/pipeline/stages';
import { withLocalePrefix } from '@/i18n/paths';
import { listJobs } from '@/lib/jobs/jobs';
import { listCandidates } from '@/lib/pipeline/list';
import { asMember, requireMember } from '@/lib/tenancy/member';
import { controlClass, FilterSelect } from '@/components/dashboard/filter-select';
import { StackedRow, StackedTable } from '@/components/dashboard/stacked-table';
import { ApplicationRetentionNote } from '@/components/dashboard/retention-note';
import type { Locale } from '@/i18n/routing';
import { applicationsRetention } from '@/lib/retention/schedule';

type Props = PageProps<'/[locale]/dashboard/[tenant]/applications'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Applications' });
  return { title: t('title') };
}

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

export default async function ApplicationsPage({ params, searchParams }: Props) {
  const { locale, tenant } = await params;
  const query = await searchParams;
  setRequestLocale(locale);
  const member = await requireMember(tenant);
  const job = one(query.job) || undefined;
  const stageParam = one(query.stage);
  const stage = stages.includes(stageParam as Stage) ? (stageParam as Stage) : undefined;
  const q = one(query.q)?.slice(0, 200) || undefined;
  const after = one(query.after) || undefined;
  const [jobs, { rows, next }, retention] = await asMember(member, async (tx) => {
    const [all, page] = await Promise.all([listJobs(tx, member), listCandidates(tx, member, { jobId: job, stage, search: q, after })]);
    return [all, page, await applicationsRetention(tx, member, page.rows.map((r) => r.applicationId))] as const;
  });
  const tr = await getTranslations({ locale, namespace: 'Retention' });
  const t = await getTranslations({ locale, namespace: 'Applications' });
  const format = await getFormatter({ locale });
  const base = withLocalePrefix(locale, `/dashboard/${member.tenantSlug}`);
  const nextQuery = new URLSearchParams({ ...(job ? { job } : {}), ...(stage ? { stage } : {}), ...(q ? { q } : {}), ...(next ? { after: next } : {}) });

  return (
    <div className="flex flex-col gap-6">
      <header>
        <h1 className="text-2xl font-bold text-accent-strong">{t('title')}</h1>
        <p className="mt-1 max-w-2xl text-muted">{t('lead')}</p>
      </header>

      {one(query.deleted) ? <FormMessage tone="ok">{t('deleted')}</FormMessage> : null}
      <form method="get" className="flex flex-wrap items-end gap-3" role="search" aria-label={t('filter')}>
        <FilterSelect id="filter-job" name="job" label={t('job')} value={job} allLabel={t('allJobs')} options={jobs.map((j) => ({ value: j.id, label: j.title }))} />
        <FilterSelect id="filter-stage" name="stage" label={t('stage')} value={stage} allLabel={t('allStages')} options={stages.map((s) => ({ value: s, label: t(`stages.${s}`) }))} />
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-q" className="text-sm font-medium">
            {t('search')}
          </label>
          <input id="filter-q" name="q" type="search" defaultValue={q ?? ''} className={`${controlClass} px-3`} />
        </div>
        <button type="submit" className="inline-flex min-h-11 items-center rounded-md bg-accent px-4 font-semibold text-white hover:bg-accent-strong">
          {t('apply')}
        </button>
      </form>

      <StackedTable caption={t('title')} columns={[t('colName'), t('colJob'), t('colStage'), t('colSubmitted'), tr('colDeletes')]} empty={rows.length === 0 ? (after ? t('noMore') : job || stage || q ? t('emptyFiltered') : t('empty')) : null}>
        {rows.map((r) => (
          <StackedRow key={r.applicationId} data-application={r.applicationId}>
            <th scope="row" className="p-2 font-semibold">
              <a href={`${base}/applications/${r.applicationId}`} className="text-accent underline underline-offset-2">
                {r.fullName}
              </a>
              <span className="block break-all text-sm font-normal text-muted">{r.email}</span>
              {r.submissions > 1 ? (
                <span className="mt-1 inline-block rounded bg-accent-soft px-2 text-sm font-normal text-accent-strong">{t('submissions', { count: r.submissions })}</span>
              ) : null}
            </th>
            <td className="px-2 md:p-2">{r.jobTitle}</td>
            <td className="px-2 md:p-2">{t(`stages.${r.stage}`)}</td>
            <td className="px-2 text-sm md:p-2">{format.dateTime(r.submittedAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
            <td className="px-2 text-sm md:p-2">
              <ApplicationRetentionNote retention={retention.get(r.applicationId)} locale={locale as Locale} short />
            </td>
          </StackedRow>
        ))}
      </StackedTable>
      {next ? (
        <p>
          <a href={`${base}/applications?${nextQuery.toString()}`} rel="next" className="inline-flex min-h-11 items-center rounded-md border border-line bg-white px-4 hover:border-accent">
            {t('nextPage')}
          </a>
        </p>
      ) : null}
    </div>
  );
}
