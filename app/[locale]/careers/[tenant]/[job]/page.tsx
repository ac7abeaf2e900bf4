import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { JobClosed } from '@/components/careers/job-closed';
import { JobMeta } from '@/components/careers/job-meta';
import { LocaleLink } from '@/components/ui/locale-link';
import type { Locale } from '@/i18n/routing';
import { loadPublicJob } from '@/lib/careers/public-job';
import { jobPostingJsonLd } from '@/lib/careers/json-ld';
import { JobDescription, plainText } from '@/lib/careers/markdown';
import { appUrl } from '@/lib/settings/env';
import { withLocalePrefix } from '@/i18n/paths';

type Props = PageProps<'/[locale]/careers/[tenant]/[job]'>;

async function load(params: Props['params']) {
  const { locale, tenant: tenantSlug, job: jobSlug } = await params;
  const view = await loadPublicJob(tenantSlug, jobSlug);
  // A job that was never public is treated exactly like one that never existed.
  if (!view || view.availability === 'hidden') notFound();
  return { locale: locale as Locale, ...view };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, tenant, job, availability } = await load(params);
  if (availability === 'removed') return { title: tenant.name, robots: { index: false } };
  const description = plainText(job.description, 200) || tenant.intro;
  const open = availability === 'open';
  return {
    title: `${job.title} – ${tenant.name}`,
    description,
    robots: open ? undefined : { index: false },
    openGraph: { type: 'website', title: job.title, description, locale: locale === 'nb' ? 'nb_NO' : 'en_GB' },
    twitter: { card: 'summary_large_image', title: `${job.title} – ${tenant.name}`, description },
  };
}

export default async function JobPage({ params }: Props) {
  const { locale, tenant, job, availability } = await load(params);
  setRequestLocale(locale);
  // A removed job is answered with 410 by middleware.ts (it asks /api/careers/…/availability).
  if (availability !== 'open') {
    return <JobClosed locale={locale} tenantSlug={tenant.slug} employer={tenant.name} title={availability === 'removed' ? null : job.title} />;
  }
  const t = await getTranslations({ locale, namespace: 'Job' });
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  const origin = appUrl();
  const jsonLd = jobPostingJsonLd({ job, tenant, url: `${origin}${withLocalePrefix(locale, `/careers/${tenant.slug}/${job.slug}`)}`, appUrl: origin });
  const applyHref = { pathname: '/careers/[tenant]/[job]/apply', params: { tenant: tenant.slug, job: job.slug } } as const;

  return (
    <article className="mx-auto max-w-5xl px-4 *:max-w-2xl py-10 sm:py-14">
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: jsonLd }} />
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
