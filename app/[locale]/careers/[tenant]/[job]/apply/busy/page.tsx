import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { BackToApply } from '@/components/careers/back-to-apply';
import type { Locale } from '@/i18n/routing';
import { cachedTenantBySlug } from '@/lib/careers/cache';
import { waitMinutes } from '@/lib/edge/page-status';

type Props = PageProps<'/[locale]/careers/[tenant]/[job]/apply/busy'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Apply' });
  return { title: t('busyTitle'), robots: { index: false } };
}

/**
 * Where a rate-limited plain form post is sent (303). middleware.ts answers this
 * address with 429 and Retry-After; with JavaScript the form shows the same
 * advice in place and keeps what was typed.
 */
export default async function BusyPage({ params, searchParams }: Props) {
  const { locale: rawLocale, tenant: tenantSlug, job: jobSlug } = await params;
  const locale = rawLocale as Locale;
  setRequestLocale(locale);
  const tenant = await cachedTenantBySlug(tenantSlug);
  if (!tenant) notFound();
  const minutes = waitMinutes((await searchParams).minutes);
  const t = await getTranslations({ locale, namespace: 'Apply' });
  return (
    <article className="mx-auto max-w-5xl px-4 *:max-w-2xl py-12">
      <h1 className="text-3xl font-bold tracking-tight text-accent-strong">{t('busyTitle')}</h1>
      <p className="mt-4 text-lg">{t('busyBody')}</p>
      <p className="mt-4 text-lg font-semibold">{t('busyWait', { minutes })}</p>
      <BackToApply locale={locale} tenantSlug={tenant.slug} jobSlug={jobSlug} />
    </article>
  );
}
