import { getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/components/ui/locale-link';
import type { Locale } from '@/i18n/routing';

/**
 * Shown instead of the ad or the form once a job no longer takes applications.
 * A removed job (taken down by the employer; the ad and form answer 404, this is for a refused post) shows no title: it may
 * have been edited since it was last public.
 */
export async function JobClosed({ locale, tenantSlug, employer, title }: { locale: Locale; tenantSlug: string; employer: string; title: string | null }) {
  const t = await getTranslations({ locale, namespace: 'Job' });
  const removed = title === null;
  return (
    <article className="mx-auto max-w-5xl px-4 *:max-w-2xl py-12">
      <p className="text-muted">{title ?? employer}</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight text-accent-strong">{t(removed ? 'removedTitle' : 'closedTitle')}</h1>
      <p className="mt-4 text-lg">{t(removed ? 'removedBody' : 'closedBody')}</p>
      <LocaleLink
        href={{ pathname: '/careers/[tenant]', params: { tenant: tenantSlug } }}
        locale={locale}
        className="mt-8 inline-flex min-h-11 items-center rounded-md bg-accent px-5 py-2 font-semibold text-white hover:bg-accent-strong"
      >
        {t('closedMore', { employer })}
      </LocaleLink>
    </article>
  );
}
