import { revalidateTag, unstable_cache } from 'next/cache';
import { loadJob, loadOpenJobs, type PublicJob } from './jobs';
import { findTenantBySlug, type PublicTenant } from './tenants';

/**
 * Career pages are rendered per request (the CSP nonce), so the data is what
 * we cache. Tags let the dashboard refresh exactly what an employer changed.
 * Availability (deadline) is always decided after reading, never cached.
 */
const FIVE_MINUTES = 300;

export const careersTag = (tenantId: string) => `careers:${tenantId}`;
export const jobTag = (tenantId: string, slug: string) => `job:${tenantId}:${slug}`;

/**
 * Slug → employer, memoised in this process for a minute. Deliberately not in
 * the shared data cache: that cache lives on disk across restarts, and a slug
 * that pointed at another database's tenant (a reset dev or test database)
 * would send every later lookup to the wrong tenant id. Job data is keyed by
 * tenant id, so it cannot go astray that way.
 */
const TENANT_TTL_MS = 60_000;
const tenantMemo = ((globalThis as { __careersTenantMemo?: Map<string, { value: PublicTenant | null; expires: number }> }).__careersTenantMemo ??= new Map());

export async function cachedTenantBySlug(slug: string): Promise<PublicTenant | null> {
  const hit = tenantMemo.get(slug);
  if (hit && hit.expires > Date.now()) return hit.value;
  const value = await findTenantBySlug(slug);
  if (tenantMemo.size > 10_000) tenantMemo.clear();
  tenantMemo.set(slug, { value, expires: Date.now() + TENANT_TTL_MS });
  return value;
}

export function cachedOpenJobs(tenantId: string): Promise<PublicJob[]> {
  // Pages filter again with jobAvailability(): a deadline can pass while this is cached.
  return unstable_cache(() => loadOpenJobs({ tenantId }), ['careers-open-jobs', tenantId], {
    tags: [careersTag(tenantId)],
    revalidate: FIVE_MINUTES,
  })();
}

export function cachedJob(tenantId: string, slug: string): Promise<PublicJob | null> {
  return unstable_cache(() => loadJob({ tenantId }, slug), ['careers-job', tenantId, slug], {
    tags: [jobTag(tenantId, slug), careersTag(tenantId)],
    revalidate: FIVE_MINUTES,
  })();
}

/** Expire at once (not stale-while-revalidate): a closed job must stop taking applications. Called by the dashboard when an employer creates, edits, publishes or closes a job. */
export function revalidateJobPages(tenantId: string, slug: string): void {
  revalidateTag(jobTag(tenantId, slug), { expire: 0 });
  revalidateTag(careersTag(tenantId), { expire: 0 });
}

/** Called when an employer changes its name, intro or slug (other servers catch up within a minute). */
export function revalidateTenantPages(tenantId: string, slug: string): void {
  tenantMemo.delete(slug);
  revalidateTag(careersTag(tenantId), { expire: 0 });
}
