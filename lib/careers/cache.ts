import { revalidateTag, unstable_cache } from 'next/cache';
import { loadJob, loadJobSlugs, loadOpenJobs, type PublicJob } from './jobs';
import { findTenantBySlugMemo, forgetTenantSlug, forgetTenantsWithOpenJobs, type PublicTenant } from './tenants';

/**
 * Career pages are rendered per request (the CSP nonce), so the data is what
 * we cache. Tags let the dashboard refresh exactly what an employer changed.
 * Availability (deadline) is always decided after reading, never cached.
 */
const FIVE_MINUTES = 300;

export const careersTag = (tenantId: string) => `careers:${tenantId}`;
export const jobTag = (tenantId: string, slug: string) => `job:${tenantId}:${slug}`;

/** Slug → employer for pages: memoised in process, see findTenantBySlugMemo. */
export function cachedTenantBySlug(slug: string): Promise<PublicTenant | null> {
  return findTenantBySlugMemo(slug);
}

export function cachedOpenJobs(tenantId: string): Promise<PublicJob[]> {
  // Pages filter again with jobAvailability(): a deadline can pass while this is cached.
  return unstable_cache(() => loadOpenJobs({ tenantId }), ['careers-open-jobs', tenantId], {
    tags: [careersTag(tenantId)],
    revalidate: FIVE_MINUTES,
  })();
}

/** The employer's job slugs, one small entry per employer; refreshed with everything else under careersTag. */
function cachedJobSlugs(tenantId: string): Promise<string[]> {
  return unstable_cache(() => loadJobSlugs({ tenantId }), ['careers-job-slugs', tenantId], {
    tags: [careersTag(tenantId)],
    revalidate: FIVE_MINUTES,
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
    tags: [jobTag(tenantId, slug), careersTag(tenantId)],
    revalidate: FIVE_MINUTES,
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
