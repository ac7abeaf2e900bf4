import { getTranslations } from 'next-intl/server';
import { ReceiptHeading } from '@/components/careers/receipt-heading';
import { LocaleLink } from '@/components/ui/locale-link';
import type { Locale } from '@/i18n/routing';
import type { Receipt } from '@/lib/applications/store';
import type { PublicTenant } from '@/lib/careers/tenants';

/** After sending: the reference, who sees it, how long it is kept, how to ask for it back. */
export async function ApplyReceipt({ locale, tenant, receipt }: { locale: Locale; tenant: PublicTenant; receipt: Receipt }) {
  const t = await getTranslations({ locale, namespace: 'Receipt' });
  return (
    <article className="mx-auto max-w-5xl px-4 *:max-w-2xl py-10 sm:py-14">
      <ReceiptHeading className="text-3xl font-bold tracking-tight text-accent-strong">{t('title')}</ReceiptHeading>
      <p className="mt-4 text-lg">{t('body', { employer: tenant.name, job: receipt.jobTitle })}</p>
      <div className="mt-6 rounded-lg border border-line bg-white p-5">
        <p className="text-sm text-muted">{t('reference')}</p>
        <p className="mt-1 font-mono text-2xl font-semibold tracking-wider" data-testid="reference">
          {receipt.reference}
        </p>
      </div>
      <p className="mt-6">{t('who', { employer: tenant.name })}</p>
      <p className="mt-2">{t('kept', { days: tenant.retentionDays })}</p>
      <ul className="mt-8 flex flex-col gap-2 sm:flex-row sm:gap-6">
        <li>
          <LocaleLink href="/privacy/request" locale={locale} className="inline-flex min-h-11 items-center text-accent underline underline-offset-2">
            {t('request')}
          </LocaleLink>
        </li>
        <li>
          <LocaleLink
            href={{ pathname: '/careers/[tenant]', params: { tenant: tenant.slug } }}
            locale={locale}
            className="inline-flex min-h-11 items-center text-accent underline underline-offset-2"
          >
            {t('more', { employer: tenant.name })}
          </LocaleLink>
        </li>
      </ul>
    </article>
  );
}
