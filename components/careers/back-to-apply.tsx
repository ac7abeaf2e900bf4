import { getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/components/ui/locale-link';
import type { Locale } from '@/i18n/routing';

/**
 * The way back from a page a plain form post was sent to instead of the receipt (busy, too large): the form
 * again, and the job ad.
 */
export async function BackToApply({ locale, tenantSlug, jobSlug }: { locale: Locale; tenantSlug: string; jobSlug: string }) {
  const t = await getTranslations({ locale, namespace: 'Apply' });
  const link = 'inline-flex min-h-11 items-center';
  return (
    <ul className="mt-8 flex flex-wrap gap-4">
      <li>
        <LocaleLink
          href={{ pathname: '/careers/[tenant]/[job]/apply', params: { tenant: tenantSlug, job: jobSlug } }}
          locale={locale}
          className={`${link} rounded-md bg-accent px-5 font-semibold text-white hover:bg-accent-strong`}
        >
          {t('busyBack')}
        </LocaleLink>
      </li>
      <li>
        <LocaleLink href={{ pathname: '/careers/[tenant]/[job]', params: { tenant: tenantSlug, job: jobSlug } }} locale={locale} className={`${link} text-accent underline underline-offset-2`}>
          {t('busyJob')}
        </LocaleLink>
      </li>
    </ul>
  );
}
