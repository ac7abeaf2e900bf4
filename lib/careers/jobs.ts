import 'server-only';
import { and, asc, eq, gte, isNull, or } from 'drizzle-orm';
import { withTenant } from '@/db/doors';
import type { TenantCtx } from '@/lib/tenancy/context';
import { jobs, type JobStatus } from '@/db/schema';
import { effectiveStatus } from '@/lib/jobs/status';
import { osloToday } from '@/lib/time/oslo';

/** What a candidate may see of a job. Plain strings so it survives the data cache. */
export interface PublicJob {
  id: string;
  slug: string;
  title: string;
  place: string;
  employmentType: (typeof jobs.$inferSelect)['employmentType'];
  description: string;
  language: 'nb' | 'en';
  status: JobStatus;
  closesOn: string | null;
  publishedAt: string | null;
  updatedAt: string;
}

export type JobAvailability = 'open' | 'closed' | 'removed' | 'hidden';

/**
 * Decided at read time, so a cached job still closes on its last day (Oslo time).
 * Closed, filled and past-deadline jobs are "no longer open"; a job taken down after
 * it was public (unpublished or archived) is "removed" (a 404 page that says so); a job that was
 * never public is "hidden", exactly like one that never existed (404).
 */
export function jobAvailability(job: Pick<PublicJob, 'status' | 'closesOn' | 'publishedAt'>, today: string = osloToday()): JobAvailability {
  const status = effectiveStatus(job, today);
  if (status === 'draft' || status === 'archived') return job.publishedAt ? 'removed' : 'hidden';
  return status === 'published' ? 'open' : 'closed';
}

const publicColumns = {
  id: jobs.id,
  slug: jobs.slug,
  title: jobs.title,
  place: jobs.place,
  employmentType: jobs.employmentType,
  description: jobs.description,
  language: jobs.language,
  status: jobs.status,
  closesOn: jobs.closesOn,
  publishedAt: jobs.publishedAt,
  updatedAt: jobs.updatedAt,
};

type Row = { publishedAt: Date | null; updatedAt: Date } & Omit<PublicJob, 'publishedAt' | 'updatedAt'>;
const toPublic = (r: Row): PublicJob => ({
  ...r,
  publishedAt: r.publishedAt ? new Date(r.publishedAt).toISOString() : null,
  updatedAt: new Date(r.updatedAt).toISOString(),
});

/** Published jobs whose closing day has not passed, soonest deadline first. */
export async function loadOpenJobs(ctx: TenantCtx, today: string = osloToday()): Promise<PublicJob[]> {
  return withTenant(
    ctx,
    async (tx) => {
      const rows = await tx
        .select(publicColumns)
        .from(jobs)
        .where(and(eq(jobs.tenantId, ctx.tenantId), eq(jobs.status, 'published'), or(isNull(jobs.closesOn), gte(jobs.closesOn, today))))
        .orderBy(asc(jobs.closesOn), asc(jobs.title));
      return rows.map(toPublic);
    },
  );
}

/** One job by its slug, whatever its status (the page decides what to show). */
export async function loadJob(ctx: TenantCtx, slug: string): Promise<PublicJob | null> {
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return null;
  return withTenant(
    ctx,
    async (tx) => {
      const [row] = await tx
        .select(publicColumns)
        .from(jobs)
        .where(and(eq(jobs.tenantId, ctx.tenantId), eq(jobs.slug, slug)));
      return row ? toPublic(row) : null;
    },
  );
}

/** Every slug the employer has, whatever the status: which job pages can exist at all. */
export async function loadJobSlugs(ctx: TenantCtx): Promise<string[]> {
  return withTenant(ctx, async (tx) => (await tx.select({ slug: jobs.slug }).from(jobs).where(eq(jobs.tenantId, ctx.tenantId))).map((r) => r.slug));
}
