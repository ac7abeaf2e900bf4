import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { StackedRow, StackedTable } from '@/components/dashboard/stacked-table';
import { withLocalePrefix } from '@/i18n/paths';
import { listTenantApplicationsForStaff, listTenantsForStaff } from '@/lib/admin/access';
import { requireStaff } from '@/lib/admin/staff';

type Props = PageProps<'/[locale]/admin/tenants/[tenantId]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return { title: t('tenantsTitle') };
}

/** One employer's applications as staff may see them before opening one: reference, job, date. No names. */
export default async function AdminTenantPage({ params }: Props) {
  const { locale, tenantId } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff();
  const tenant = (await listTenantsForStaff(staff)).find((x) => x.id === tenantId);
  if (!tenant) notFound();
  const rows = await listTenantApplicationsForStaff(staff, tenant.id);
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const format = await getFormatter({ locale });
  const base = withLocalePrefix(locale, '/admin');

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <a href={base} className="inline-flex min-h-11 items-center text-accent underline underline-offset-2">
          {t('back')}
        </a>
        <h1 className="text-2xl font-bold text-accent-strong">{t('tenantTitle', { name: tenant.name })}</h1>
        <p className="max-w-2xl text-muted">{t('tenantLead')}</p>
        <a href={`${base}/subscriptions/${tenant.id}`} className="inline-flex min-h-11 items-center text-accent underline underline-offset-2">
          {t('tenantSubscription')}
        </a>
      </header>
      <StackedTable caption={t('tenantTitle', { name: tenant.name })} columns={[t('colReference'), t('colJob'), t('colSubmitted')]} empty={rows.length === 0 ? t('emptyApplications') : null}>
        {rows.map((r) => (
          <StackedRow key={r.id} data-reference={r.reference}>
            <th scope="row" className="p-2 font-normal">
              <a href={`${base}/applications/${tenant.id}/${r.id}`} className="inline-flex min-h-11 items-center font-mono text-accent underline underline-offset-2" aria-label={t('open', { reference: r.reference })}>
                {r.reference}
              </a>
            </th>
            <td className="px-2 md:p-2">{r.jobTitle}</td>
            <td className="px-2 md:p-2">{format.dateTime(r.submittedAt, { dateStyle: 'medium' })}</td>
          </StackedRow>
        ))}
      </StackedTable>
    </div>
  );
}
