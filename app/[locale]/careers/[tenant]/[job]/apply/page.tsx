import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ApplyFormPage, applyTitle } from '@/components/careers/apply-form-page';
import type { Locale } from '@/i18n/routing';
import { isShown, loadPublicJob } from '@/lib/careers/public-job';

type Props = PageProps<'/[locale]/careers/[tenant]/[job]/apply'>;

/**
 * The apply form, cached like the job ad (issue 14): it reads no request (no
 * search params, no headers) and issues no key, so every visitor gets the same
 * HTML. The receipt has its own page (apply/receipt), and a refused plain form
 * post is rendered by apply/again; the job's data comes tagged through
 * lib/careers/cache.ts (loadPublicJob), so an employer's edit refreshes it.
 */
export const revalidate = 300;
// Not yet `generateStaticParams() { return [] }` (rendered on first visit, then cached): while the locale layout
// reads headers() for the CSP nonce, a page marked static answers 500 (DYNAMIC_SERVER_USAGE). Add it with the
// static layout (issue 14 part 2).

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, tenant: tenantSlug, job: jobSlug } = await params;
  const view = await loadPublicJob(tenantSlug, jobSlug);
  // The form is for the candidate, not for search engines.
  return { title: await applyTitle(locale, view, Boolean(view && isShown(view.availability))), robots: { index: false, follow: false } };
}

export default async function ApplyPage({ params }: Props) {
  const { locale: rawLocale, tenant: tenantSlug, job: jobSlug } = await params;
  const locale = rawLocale as Locale;
  setRequestLocale(locale);
  const view = await loadPublicJob(tenantSlug, jobSlug);
  if (!view) notFound();
  return <ApplyFormPage locale={locale} view={view} answer={null} />;
}
