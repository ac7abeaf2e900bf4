import 'server-only';
import type { MetadataRoute } from 'next';
import { localePath } from '@/i18n/alternates';
import { routing, type AppPathname } from '@/i18n/routing';
import { appUrl } from '@/lib/settings/env';
import { cachedOpenJobs } from './cache';
import { jobAvailability, type PublicJob } from './jobs';
import { listTenantsWithOpenJobsMemo } from './tenants';

type Entry = MetadataRoute.Sitemap[number];

/** The pages every visitor can read, whichever employer: the front page, about and privacy (with its request form). */
const PUBLIC_PAGES: AppPathname[] = ['/', '/about', '/privacy', '/privacy/request'];

/**
 * One page in both languages: an entry per language, each naming the other (and the Norwegian one as the
 * default), as the pages' own <link rel="alternate" hreflang> do (i18n/alternates.ts).
 */
function bothLanguages(origin: string, page: AppPathname, params: Record<string, string> = {}, lastModified?: string): Entry[] {
  const url = (locale: (typeof routing.locales)[number]) => `${origin}${localePath(page, locale, params)}`;
  const languages = { nb: url('nb'), en: url('en'), 'x-default': url(routing.defaultLocale) };
  return routing.locales.map((locale) => ({ url: url(locale), ...(lastModified ? { lastModified } : {}), alternates: { languages } }));
}

const latest = (jobs: PublicJob[]) => jobs.reduce((max, job) => (job.updatedAt > max ? job.updatedAt : max), jobs[0]!.updatedAt);

/**
 * What search engines may find: the public pages, and for every employer with open jobs its career list and
 * each open job ad, all in Norwegian and English, as absolute URLs. The jobs come from the careers cache
 * (tagged careersTag, so an employer's change shows in the next sitemap) and are filtered by jobAvailability
 * now, as the career list is: a closed, removed, hidden or past-deadline job is never listed, and an
 * employer left with none is left out. Nothing about candidates is read.
 */
export async function careersSitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = appUrl();
  const entries: Entry[] = PUBLIC_PAGES.flatMap((page) => bothLanguages(origin, page));
  for (const tenant of await listTenantsWithOpenJobsMemo()) {
    const open = (await cachedOpenJobs(tenant.id)).filter((job) => jobAvailability(job) === 'open');
    if (open.length === 0) continue;
    entries.push(...bothLanguages(origin, '/careers/[tenant]', { tenant: tenant.slug }, latest(open)));
    for (const job of open) entries.push(...bothLanguages(origin, '/careers/[tenant]/[job]', { tenant: tenant.slug, job: job.slug }, job.updatedAt));
  }
  return entries;
}
