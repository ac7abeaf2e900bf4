import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { ApplyFormPage, applyTitle } from '@/components/careers/apply-form-page';
import type { Locale } from '@/i18n/routing';
import { APPLY_ANSWER_HEADER, openAnswer } from '@/lib/applications/answer-seal';
import { isShown, loadPublicJob } from '@/lib/careers/public-job';

type Props = PageProps<'/[locale]/careers/[tenant]/[job]/apply/again'>;

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, tenant: tenantSlug, job: jobSlug } = await params;
  const view = await loadPublicJob(tenantSlug, jobSlug);
  return { title: await applyTitle(locale, view, Boolean(view && isShown(view.availability))), robots: { index: false, follow: false } };
}

/**
 * A refused plain form post, shown again with its errors and what was typed:
 * asked for only by the apply endpoint (app/api/apply/…) on our own loopback
 * address, with the form's state sealed in a header (answer-seal.ts), so the
 * cached apply page never reads headers. Without a valid seal (a visitor, a
 * crawler, a stale or forged one) there is nothing to show here: 404.
 */
export default async function ApplyAgainPage({ params }: Props) {
  const { locale: rawLocale, tenant: tenantSlug, job: jobSlug } = await params;
  const locale = rawLocale as Locale;
  setRequestLocale(locale);
  const answer = openAnswer((await headers()).get(APPLY_ANSWER_HEADER));
  if (!answer) notFound();
  const view = await loadPublicJob(tenantSlug, jobSlug);
  if (!view) notFound();
  return <ApplyFormPage locale={locale} view={view} answer={answer} />;
}
