import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { BackToApply } from '@/components/careers/back-to-apply';
import type { Locale } from '@/i18n/routing';
import { cachedTenantBySlug } from '@/lib/careers/cache';

type Props = PageProps<'/[locale]/careers/[tenant]/[job]/apply/too-large'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Apply' });
  return { title: t('tooLargeTitle'), robots: { index: false } };
}

/**
 * Where a plain form post over the size limit is sent (303, from the apply
 * endpoint or middleware.ts): it was not read, so nothing of it can be shown again.
 * With JavaScript the form refuses such files before sending.
 */
export default async function TooLargePage({ params }: Props) {
  const { locale: rawLocale, tenant: tenantSlug, job: jobSlug } = await params;
  const locale = rawLocale as Locale;
  setRequestLocale(locale);
  const tenant = await cachedTenantBySlug(tenantSlug);
  if (!tenant) notFound();
  const t = await getTranslations({ locale, namespace: 'Apply' });
  return (
    <article className="mx-auto max-w-5xl px-4 *:max-w-2xl py-12">
      <h1 className="text-3xl font-bold tracking-tight text-accent-strong">{t('tooLargeTitle')}</h1>
      <p className="mt-4 text-lg">{t('tooLargeBody')}</p>
      <BackToApply locale={locale} tenantSlug={tenant.slug} jobSlug={jobSlug} />
    </article>
  );
}
