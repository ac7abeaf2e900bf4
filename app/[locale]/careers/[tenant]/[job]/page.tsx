import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ServedNotFound } from '@/components/layout/served-not-found';
import { JobClosed } from '@/components/careers/job-closed';
import { JobMeta } from '@/components/careers/job-meta';
import { LocaleLink } from '@/components/ui/locale-link';
import type { Locale } from '@/i18n/routing';
import { loadPublicJob } from '@/lib/careers/public-job';
import { jobPostingJsonLd } from '@/lib/careers/json-ld';
import { JobDescription, plainText } from '@/lib/careers/markdown';
import { appUrl } from '@/lib/settings/env';
import { withLocalePrefix } from '@/i18n/paths';
import JobNotFound from './not-found';
import { pageAlternates } from '@/i18n/alternates';

type Props = PageProps<'/[locale]/careers/[tenant]/[job]'>;

// Served from Next's cache like the career list (see there). A job taken down answers 404 (./not-found.tsx), rendered
// per request and never stored (lib/server/route-cache.js).
export const revalidate = 300;
export function generateStaticParams(): Array<{ tenant: string; job: string }> {
  return [];
}

async function load(params: Props['params']) {
  const { locale, tenant: tenantSlug, job: jobSlug } = await params;
  setRequestLocale(locale as Locale);
  const view = await loadPublicJob(tenantSlug, jobSlug);
  // A job that was never public is treated exactly like one that never existed; one taken down after it was public
  // answers 404 too, with the page saying it is no longer available (./not-found.tsx).
  if (!view || view.availability === 'hidden' || view.availability === 'removed') return { locale: locale as Locale, found: null };
  return { locale: locale as Locale, found: view };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, found } = await load(params);
  // A 404: Next adds the noindex itself.
  if (!found) return { title: (await getTranslations({ locale, namespace: 'Job' }))('goneTitle') };
  const { tenant, job, availability } = found;
  const description = plainText(job.description, 200) || tenant.intro;
  const open = availability === 'open';
  return {
    title: `${job.title} – ${tenant.name}`,
    description,
    robots: open ? undefined : { index: false },
    alternates: pageAlternates('/careers/[tenant]/[job]', locale, { tenant: tenant.slug, job: job.slug }),
    openGraph: { type: 'website', title: job.title, description, locale: locale === 'nb' ? 'nb_NO' : 'en_GB' },
    twitter: { card: 'summary_large_image', title: `${job.title} – ${tenant.name}`, description },
  };
}

export default async function JobPage({ params }: Props) {
  const { locale, found } = await load(params);
  if (!found) {
    return (
      <ServedNotFound>
        <JobNotFound />
      </ServedNotFound>
    );
  }
  const { tenant, job, availability } = found;
  if (availability !== 'open') return <JobClosed locale={locale} tenantSlug={tenant.slug} employer={tenant.name} title={job.title} />;
  const t = await getTranslations({ locale, namespace: 'Job' });
  const origin = appUrl();
  const jsonLd = jobPostingJsonLd({ job, tenant, url: `${origin}${withLocalePrefix(locale, `/careers/${tenant.slug}/${job.slug}`)}`, appUrl: origin });
  const applyHref = { pathname: '/careers/[tenant]/[job]/apply', params: { tenant: tenant.slug, job: job.slug } } as const;

  return (
    <article className="mx-auto max-w-5xl px-4 *:max-w-2xl py-10 sm:py-14">
      {/* Data, not a script: no CSP applies to it. json-ld.ts escapes `<` so the text cannot end the element. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <LocaleLink
        href={{ pathname: '/careers/[tenant]', params: { tenant: tenant.slug } }}
        locale={locale}
        className="inline-flex min-h-11 items-center text-accent underline underline-offset-2"
      >
        {t('backToList', { employer: tenant.name })}
      </LocaleLink>
      <p className="mt-4 text-sm font-semibold uppercase tracking-wide text-accent">{tenant.name}</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight text-accent-strong sm:text-4xl">{job.title}</h1>
      <JobMeta job={job} locale={locale} />

      <div className="prose-letter mt-8" lang={job.language}>
        <JobDescription source={job.description} />
      </div>

      <div className="mt-10 rounded-lg border border-line bg-white p-5">
        <LocaleLink
          href={applyHref}
          locale={locale}
          className="inline-flex min-h-11 items-center rounded-md bg-accent px-6 text-lg font-semibold text-white hover:bg-accent-strong"
        >
          {t('apply')}
        </LocaleLink>
        <p className="mt-4 text-[0.9375rem] text-muted">
          {t('dataLine', { employer: tenant.name })}{' '}
          <LocaleLink href="/privacy" locale={locale} className="text-accent underline underline-offset-2">
            {t('dataLink')}
          </LocaleLink>
        </p>
      </div>
    </article>
  );
}
