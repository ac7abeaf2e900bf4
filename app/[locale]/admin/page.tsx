import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { SupportLinkForm } from '@/components/admin/support-link-form';
import { StackedRow, StackedTable } from '@/components/dashboard/stacked-table';
import { SubmitButton } from '@/components/forms/field';
import { withLocalePrefix } from '@/i18n/paths';
import { findApplicationByReference, listTenantsForStaff, normaliseReference } from '@/lib/admin/access';
import { requireStaff } from '@/lib/admin/staff';
import { sendSupportLinkAction } from './actions';

type Props = PageProps<'/[locale]/admin'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return { title: t('title') };
}

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

/** Staff's overview: every employer with counts (no people), finding an application by its reference, and the support link. */
export default async function AdminHome({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff();
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const typed = one((await searchParams).reference)?.slice(0, 40).trim();

  let referenceError: string | null = null;
  if (typed) {
    const found = normaliseReference(typed) ? await findApplicationByReference(staff, typed) : null;
    if (found) redirect(withLocalePrefix(locale, `/admin/applications/${found.tenantId}/${found.id}`));
    referenceError = normaliseReference(typed) ? t('noSuchReference', { reference: normaliseReference(typed)! }) : t('referenceShape');
  }
  const tenants = await listTenantsForStaff(staff);
  const base = withLocalePrefix(locale, '/admin');

  return (
    <div className="flex flex-col gap-8">
      <header>
        <h1 className="text-2xl font-bold text-accent-strong">{t('title')}</h1>
        <p className="mt-1 max-w-2xl text-muted">{t('lead')}</p>
      </header>

      <section aria-labelledby="find-heading" className="flex flex-col gap-2">
        <h2 id="find-heading" className="text-lg font-semibold">
          {t('findTitle')}
        </h2>
        {/* A plain GET form: a reference is no secret, and finding one reads nothing personal. */}
        <form method="get" action={base} className="flex flex-wrap items-end gap-3 rounded-md border border-line bg-white p-4">
          <div className="flex min-w-64 flex-1 flex-col gap-1">
            <label htmlFor="reference" className="font-medium">
              {t('referenceLabel')}
            </label>
            <p id="reference-hint" className="text-sm text-muted">
              {t('findLead')}
            </p>
            <input
              id="reference"
              name="reference"
              defaultValue={typed ?? ''}
              autoComplete="off"
              spellCheck={false}
              maxLength={40}
              aria-invalid={referenceError ? true : undefined}
              aria-describedby={referenceError ? 'reference-hint reference-error' : 'reference-hint'}
              className="min-h-11 rounded-md border border-muted bg-white px-3 font-mono text-base uppercase aria-invalid:border-danger"
            />
            {referenceError ? (
              <p id="reference-error" className="text-sm font-medium text-danger">
                {referenceError}
              </p>
            ) : null}
          </div>
          <SubmitButton>{t('findSubmit')}</SubmitButton>
        </form>
      </section>

      <section aria-labelledby="tenants-heading" className="flex flex-col gap-2">
        <h2 id="tenants-heading" className="text-lg font-semibold">
          {t('tenantsTitle')}
        </h2>
        <StackedTable caption={t('tenantsTitle')} columns={[t('colName'), t('colSlug'), t('colJobs'), t('colApplications')]} empty={tenants.length === 0 ? t('emptyTenants') : null}>
          {tenants.map((tenant) => (
            <StackedRow key={tenant.id} data-tenant={tenant.slug}>
              <th scope="row" className="p-2 font-semibold">
                <a href={`${base}/tenants/${tenant.id}`} className="inline-flex min-h-11 items-center text-accent underline underline-offset-2">
                  {tenant.name}
                </a>
              </th>
              <td className="px-2 font-mono text-sm md:p-2">{tenant.slug}</td>
              <td className="px-2 md:p-2">
                <span className="md:sr-only">{t('colJobs')}: </span>
                {tenant.jobs}
              </td>
              <td className="px-2 md:p-2">
                <span className="md:sr-only">{t('colApplications')}: </span>
                {tenant.applications}
              </td>
            </StackedRow>
          ))}
        </StackedTable>
      </section>

      <section aria-labelledby="support-heading" className="flex flex-col gap-2" data-testid="support-link">
        <h2 id="support-heading" className="text-lg font-semibold">
          {t('supportTitle')}
        </h2>
        <p className="max-w-2xl text-muted">{t('supportLead')}</p>
        <SupportLinkForm
          action={sendSupportLinkAction}
          texts={{ email: t('supportEmail'), language: t('supportLanguage'), nb: t('languages.nb'), en: t('languages.en'), submit: t('supportSubmit') }}
        />
      </section>
    </div>
  );
}
