import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { ServedNotFound } from '@/components/layout/served-not-found';
import { ApplyFormPage, applyTitle } from '@/components/careers/apply-form-page';
import type { Locale } from '@/i18n/routing';
import { isShown, loadPublicJob } from '@/lib/careers/public-job';
import JobNotFound from '../not-found';

type Props = PageProps<'/[locale]/careers/[tenant]/[job]/apply'>;

/**
 * The apply form, cached like the job ad (issue 14): it reads no request (no
 * search params, no headers) and issues no key, so every visitor gets the same
 * HTML. The receipt has its own page (apply/receipt), and a refused plain form
 * post is rendered by apply/again; the job's data comes tagged through
 * lib/careers/cache.ts (loadPublicJob), so an employer's edit refreshes it.
 */
export const revalidate = 300;
export function generateStaticParams(): Array<{ tenant: string; job: string }> {
  return [];
}

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
  // The same 404 as the job ad's (a draft cannot be told from nothing; a job taken down says so).
  if (!view || view.availability === 'hidden' || view.availability === 'removed') {
    return (
      <ServedNotFound>
        <JobNotFound />
      </ServedNotFound>
    );
  }
  return <ApplyFormPage locale={locale} view={view} answer={null} />;
}
