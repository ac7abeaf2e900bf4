import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { StackedRow, StackedTable } from '@/components/dashboard/stacked-table';
import { SubmitButton } from '@/components/forms/field';
import { withLocalePrefix } from '@/i18n/paths';
import { requireStaff } from '@/lib/admin/staff';
import { listSubscriptionsForStaff } from '@/lib/subscriptions/staff';
import { staffSearchInput } from '@/lib/subscriptions/staff-input';
import { formatOrgNumber } from '@/lib/tenancy/org-number';

type Props = PageProps<'/[locale]/admin/subscriptions'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'AdminSubscriptions' });
  return { title: t('title') };
}

/** Every employer's plan, status, end date and usage, searched with a plain GET form; counts only, no people. */
export default async function AdminSubscriptionsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff();
  const search = staffSearchInput.parse(await searchParams);
  const list = await listSubscriptionsForStaff(staff, search);
  const t = await getTranslations({ locale, namespace: 'AdminSubscriptions' });
  const ts = await getTranslations({ locale, namespace: 'Subscription' });
  const format = await getFormatter({ locale });
  const base = withLocalePrefix(locale, '/admin/subscriptions');
  const planName = (id: string | null) => (id === null ? t('none') : ts.has(`plans.${id}`) ? ts(`plans.${id}` as 'plans.trial') : id);
  const statusName = (s: string | null) => (s === null ? t('none') : ts.has(`status.${s}`) ? ts(`status.${s}` as 'status.trial') : s);
  const pageHref = (page: number) => `${base}?${new URLSearchParams({ ...(search.q ? { q: search.q } : {}), page: String(page) }).toString()}`;
  const of = (used: number, max: number | null) => (max === null ? String(used) : t('usedOf', { used, max }));

  return (
    <div className="flex flex-col gap-6">
      <header>
        <h1 className="text-2xl font-bold text-accent-strong">{t('title')}</h1>
        <p className="mt-1 max-w-2xl text-muted">{t('lead')}</p>
      </header>

      {/* A GET form: the search is in the address, works without JavaScript, and each search is audited. */}
      <form method="get" action={base} role="search" className="flex flex-wrap items-end gap-3 rounded-md border border-line bg-white p-4">
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <label htmlFor="q" className="font-medium">
            {t('searchLabel')}
          </label>
          <p id="q-hint" className="text-sm text-muted">
            {t('searchHint')}
          </p>
          <input id="q" name="q" type="search" defaultValue={search.q} maxLength={100} autoComplete="off" aria-describedby="q-hint" className="min-h-11 rounded-md border border-muted bg-white px-3 text-base" />
        </div>
        <SubmitButton>{t('searchSubmit')}</SubmitButton>
      </form>

      <section aria-labelledby="results-heading" className="flex flex-col gap-2">
        <h2 id="results-heading" className="text-lg font-semibold" aria-live="polite">
          {search.q ? t('resultsFor', { n: list.total, q: search.q }) : t('resultsAll', { n: list.total })}
        </h2>
        <StackedTable
          caption={t('title')}
          columns={[t('colName'), t('colOrgNumber'), t('colPlan'), t('colStatus'), t('colEnds'), t('colJobs'), t('colMembers')]}
          empty={list.rows.length === 0 ? (search.q ? t('emptySearch') : t('empty')) : null}
        >
          {list.rows.map((row) => (
            <StackedRow key={row.tenantId} data-tenant={row.slug}>
              <th scope="row" className="p-2 font-semibold">
                <a href={`${base}/${row.tenantId}`} className="inline-flex min-h-11 items-center text-accent underline underline-offset-2">
                  {row.name}
                </a>
                <span className="block font-mono text-sm font-normal text-muted">{row.slug}</span>
              </th>
              <td className="px-2 font-mono text-sm md:p-2">
                <span className="font-sans md:sr-only">{t('colOrgNumber')}: </span>
                {row.orgNumber ? formatOrgNumber(row.orgNumber) : t('none')}
              </td>
              <td className="px-2 md:p-2">
                <span className="md:sr-only">{t('colPlan')}: </span>
                {planName(row.planId)}
              </td>
              <td className="px-2 md:p-2" data-testid="status">
                <span className="md:sr-only">{t('colStatus')}: </span>
                {statusName(row.status)}
                {row.cancelAtPeriodEnd ? ` (${t('cancelling')})` : null}
              </td>
              <td className="px-2 md:p-2" data-testid="ends">
                <span className="md:sr-only">{t('colEnds')}: </span>
                {row.periodEnd ? format.dateTime(row.periodEnd, { dateStyle: 'medium' }) : t('none')}
              </td>
              <td className="px-2 md:p-2" data-testid="jobs">
                <span className="md:sr-only">{t('colJobs')}: </span>
                {of(row.publishedJobs, row.maxPublishedJobs)}
              </td>
              <td className="px-2 md:p-2" data-testid="members">
                <span className="md:sr-only">{t('colMembers')}: </span>
                {of(row.members, row.maxMembers)}
              </td>
            </StackedRow>
          ))}
        </StackedTable>
        {list.pages > 1 ? (
          <nav aria-label={t('pagination')} className="flex flex-wrap items-center gap-4">
            {list.page > 1 ? (
              <a href={pageHref(Math.min(list.page - 1, list.pages))} rel="prev" className="inline-flex min-h-11 items-center text-accent underline underline-offset-2">
                {t('previous')}
              </a>
            ) : null}
            <span className="text-muted">{t('pageOf', { page: list.page, pages: list.pages })}</span>
            {list.page < list.pages ? (
              <a href={pageHref(list.page + 1)} rel="next" className="inline-flex min-h-11 items-center text-accent underline underline-offset-2">
                {t('next')}
              </a>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
