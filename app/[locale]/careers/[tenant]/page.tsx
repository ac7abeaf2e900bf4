import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ServedNotFound } from '@/components/layout/served-not-found';
import NotFound from '../../not-found';
import { JobMeta } from '@/components/careers/job-meta';
import { LocaleLink } from '@/components/ui/locale-link';
import { pageAlternates } from '@/i18n/alternates';
import type { Locale } from '@/i18n/routing';
import { cachedOpenJobs, cachedTenantBySlug } from '@/lib/careers/cache';
import { jobAvailability } from '@/lib/careers/jobs';

// Served from Next's cache: rendered on an employer's first visit and again when the employer changes a job or
// its name (tags in lib/careers/cache.ts), at each Oslo midnight, and at the latest five minutes after the last render.
export const revalidate = 300;
export function generateStaticParams(): Array<{ tenant: string }> {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/careers/[tenant]'>): Promise<Metadata> {
  const { locale, tenant: slug } = await params;
  const tenant = await cachedTenantBySlug(slug);
  // A 404: Next adds the noindex itself.
  if (!tenant) return { title: (await getTranslations({ locale, namespace: 'NotFound' }))('title') };
  const t = await getTranslations({ locale, namespace: 'Careers' });
  return { title: t('title', { employer: tenant.name }), description: tenant.intro || undefined, alternates: pageAlternates('/careers/[tenant]', locale as Locale, { tenant: tenant.slug }) };
}

export default async function CareersPage({ params }: PageProps<'/[locale]/careers/[tenant]'>) {
  const { locale: rawLocale, tenant: slug } = await params;
  const locale = rawLocale as Locale;
  setRequestLocale(locale);
  const tenant = await cachedTenantBySlug(slug);
  if (!tenant) {
    return (
      <ServedNotFound>
        <NotFound />
      </ServedNotFound>
    );
  }
  const t = await getTranslations({ locale, namespace: 'Careers' });
  // The data may be older than this render: the deadline is decided now.
  const jobs = (await cachedOpenJobs(tenant.id)).filter((job) => jobAvailability(job) === 'open');

  return (
    <div className="mx-auto max-w-5xl px-4 *:max-w-2xl py-10 sm:py-14">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">{tenant.name}</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight text-accent-strong sm:text-4xl">{t('title', { employer: tenant.name })}</h1>
      {tenant.intro ? <p className="mt-4 max-w-2xl text-lg leading-relaxed">{tenant.intro}</p> : null}

      <h2 className="mt-10 text-xl font-semibold">{t('openJobs')}</h2>
      {!tenant.takingApplications ? (
        // The employer's subscription has expired: its jobs are down until it is renewed (lib/subscriptions/lifecycle).
        <p className="mt-4 rounded-lg border border-line bg-white p-6 text-muted" data-testid="not-taking-applications">
          {t('notTakingApplications', { employer: tenant.name })}
        </p>
      ) : jobs.length === 0 ? (
        <p className="mt-4 rounded-lg border border-line bg-white p-6 text-muted">{t('empty', { employer: tenant.name })}</p>
      ) : (
        <ul className="mt-4 divide-y divide-line rounded-lg border border-line bg-white">
          {jobs.map((job) => (
            <li key={job.id} className="p-4 sm:p-5">
              <LocaleLink
                href={{ pathname: '/careers/[tenant]/[job]', params: { tenant: tenant.slug, job: job.slug } }}
                locale={locale}
                className="inline-flex min-h-11 items-center text-lg font-semibold text-accent underline-offset-2 hover:underline"
              >
                {job.title}
              </LocaleLink>
              <JobMeta job={job} locale={locale} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
