import 'server-only';
import { cache } from 'react';
import { cachedJob, cachedTenantBySlug } from './cache';
import { jobAvailability, type JobAvailability, type PublicJob } from './jobs';
import type { PublicTenant } from './tenants';

export interface PublicJobView {
  tenant: PublicTenant;
  job: PublicJob;
  availability: JobAvailability;
}

/**
 * An employer's job as a candidate may see it, from the cached data, with its
 * availability decided now (a deadline can pass while the data is cached).
 * Null for a tenant or job that does not exist. One read per request: the
 * page, its metadata, the apply form and the share image all ask here.
 */
export const loadPublicJob = cache(async (tenantSlug: string, jobSlug: string): Promise<PublicJobView | null> => {
  const tenant = await cachedTenantBySlug(tenantSlug);
  const job = tenant ? await cachedJob(tenant.id, jobSlug) : null;
  return tenant && job ? { tenant, job, availability: jobAvailability(job) } : null;
});

/** Whether the job's title and employer may be shown (open, or no longer open): never for drafts or removed ones. */
export const isShown = (availability: JobAvailability) => availability === 'open' || availability === 'closed';
