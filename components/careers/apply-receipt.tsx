import { getTranslations } from 'next-intl/server';
import { ReceiptHeading } from '@/components/careers/receipt-heading';
import { LocaleLink } from '@/components/ui/locale-link';
import type { Locale } from '@/i18n/routing';
import type { Receipt } from '@/lib/applications/store';
import type { PublicTenant } from '@/lib/careers/tenants';
import { profilePath } from '@/lib/profile/link';

/** After sending: the reference, who sees it, how long it is kept, how to ask for it back. */
export async function ApplyReceipt({ locale, tenant, receipt }: { locale: Locale; tenant: PublicTenant; receipt: Receipt }) {
  const t = await getTranslations({ locale, namespace: 'Receipt' });
  const tp = await getTranslations({ locale, namespace: 'Profile' });
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
      {/* The invitation to Personprofilen: voluntary, and nothing about the application depends on it. */}
      <section aria-labelledby="profile-invite" className="mt-8 rounded-lg border border-line bg-accent-soft p-5" data-testid="profile-invite">
        <h2 id="profile-invite" className="text-lg font-semibold">
          {tp('invite.title')}
        </h2>
        <p className="mt-2">{tp('invite.body', { employer: tenant.name })}</p>
        <p className="mt-2 text-sm text-muted">{tp('invite.skip')}</p>
        <a href={profilePath(locale, tenant.slug, receipt.reference)} className="mt-4 inline-flex min-h-11 items-center rounded-md bg-accent px-4 font-semibold text-white hover:bg-accent-strong">
          {tp('invite.start')}
        </a>
      </section>
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
