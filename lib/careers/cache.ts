import { revalidateTag, unstable_cache } from 'next/cache';
import { osloNextMidnight } from '@/lib/time/oslo';
import { loadJob, loadJobSlugs, loadOpenJobs, type PublicJob } from './jobs';
import { findTenantBySlugMemo, forgetTenantSlug, forgetTenantsWithOpenJobs, type PublicTenant } from './tenants';

/**
 * The public career pages (lists, job ads, the apply form) are served from Next's cache. Every page that reads
 * this data carries its tags, so the dashboard refreshes exactly what an employer changed, and the page is
 * rendered again on the next request (expire: 0, never served stale after that).
 *
 * A job's deadline is an Oslo calendar day, so a cached page can go out of date with no one changing anything:
 * - no entry lives past the next Oslo midnight (its revalidate is cut to the time left, so the page's is too);
 * - at midnight the server expires every career page at once (CAREERS_TAG, lib/careers/day-boundary.ts), so the
 *   first visitor of the new day waits for a fresh page instead of being served yesterday's apply button;
 * - changes made outside the dashboard (the retention engine, staff) are picked up within five minutes.
 */
const FIVE_MINUTES = 300;

/** On every career page: expired at each Oslo midnight. */
export const CAREERS_TAG = 'careers';
export const careersTag = (tenantId: string) => `careers:${tenantId}`;
export const jobTag = (tenantId: string, slug: string) => `job:${tenantId}:${slug}`;

/** Seconds an entry may live: five minutes, or less when the Oslo day ends sooner. */
export function secondsToLive(now: Date = new Date()): number {
  return Math.max(1, Math.min(FIVE_MINUTES, Math.ceil((osloNextMidnight(now).getTime() - now.getTime()) / 1000)));
}

/** Slug → employer for pages: memoised in process, see findTenantBySlugMemo. */
export function cachedTenantBySlug(slug: string): Promise<PublicTenant | null> {
  return findTenantBySlugMemo(slug);
}

export function cachedOpenJobs(tenantId: string): Promise<PublicJob[]> {
  // Pages filter again with jobAvailability(): a deadline can pass while this is cached.
  return unstable_cache(() => loadOpenJobs({ tenantId }), ['careers-open-jobs', tenantId], {
    tags: [CAREERS_TAG, careersTag(tenantId)],
    revalidate: secondsToLive(),
  })();
}

/** The employer's job slugs, one small entry per employer; refreshed with everything else under careersTag. */
function cachedJobSlugs(tenantId: string): Promise<string[]> {
  return unstable_cache(() => loadJobSlugs({ tenantId }), ['careers-job-slugs', tenantId], {
    tags: [CAREERS_TAG, careersTag(tenantId)],
    revalidate: secondsToLive(),
  })();
}

/**
 * One job by slug. A slug the employer does not have is answered from the slug
 * list and never gets an entry of its own: random slugs would otherwise each
 * persist a `null` in the data cache, which grows without end (review L8).
 */
export async function cachedJob(tenantId: string, slug: string): Promise<PublicJob | null> {
  if (!(await cachedJobSlugs(tenantId)).includes(slug)) return null;
  return unstable_cache(() => loadJob({ tenantId }, slug), ['careers-job', tenantId, slug], {
    tags: [CAREERS_TAG, jobTag(tenantId, slug), careersTag(tenantId)],
    revalidate: secondsToLive(),
  })();
}

/** Expire at once (not stale-while-revalidate): a closed job must stop taking applications. Called by the dashboard when an employer creates, edits, publishes or closes a job. */
export function revalidateJobPages(tenantId: string, slug: string): void {
  revalidateTag(jobTag(tenantId, slug), { expire: 0 });
  revalidateTag(careersTag(tenantId), { expire: 0 });
  forgetTenantsWithOpenJobs(); // the sitemap's employers (lib/careers/sitemap.ts)
}

/** Called when an employer changes its name, intro or slug (other servers catch up within a minute). */
export function revalidateTenantPages(tenantId: string, slug: string): void {
  forgetTenantSlug(slug);
  forgetTenantsWithOpenJobs();
  revalidateTag(careersTag(tenantId), { expire: 0 });
}

/** Every career page, at the Oslo day boundary (lib/careers/day-boundary.ts). */
export function revalidateAllCareerPages(): void {
  revalidateTag(CAREERS_TAG, { expire: 0 });
}
