import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '@/db/client';
import { jobs, type JobStatus } from '@/db/schema';
import { Refused } from '@/lib/errors';
import { isUuid } from '@/lib/ids';
import { assertCanPublish } from '@/lib/subscriptions/limits';
import { assertSubscriptionWritable } from '@/lib/subscriptions/read-only';
import type { TenantCtx } from '@/lib/tenancy/context';
import { osloToday } from '@/lib/time/oslo';
import { slugify, type JobInput } from './input';
import { canMove, effectiveStatus, isFinal } from './status';

/**
 * Jobs, as the employer's members see them. Every function runs inside the
 * tenant door (the caller's withTenant transaction) and still names the tenant
 * in its WHERE: RLS is the second lock, not the only one.
 */

async function uniqueSlug(tx: Tx, tenantId: string, title: string): Promise<string> {
  const base = slugify(title);
  const rows = await tx
    .select({ slug: jobs.slug })
    .from(jobs)
    .where(and(eq(jobs.tenantId, tenantId), sql`(${jobs.slug} = ${base} or ${jobs.slug} like ${`${base}-%`})`));
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export async function createJob(tx: Tx, ctx: TenantCtx, input: JobInput) {
  await assertSubscriptionWritable(tx, ctx);
  const slug = await uniqueSlug(tx, ctx.tenantId, input.title);
  const [job] = await tx
    .insert(jobs)
    .values({ tenantId: ctx.tenantId, slug, status: 'draft', ...input })
    .returning();
  return job!;
}

/** This tenant's job, or null (missing and another tenant's look the same). */
export async function jobOfTenant(tx: Tx, ctx: TenantCtx, jobId: string) {
  if (!isUuid(jobId)) return null;
  const [job] = await tx.select().from(jobs).where(and(eq(jobs.tenantId, ctx.tenantId), eq(jobs.id, jobId)));
  return job ? { ...job, effectiveStatus: effectiveStatus(job) } : null;
}

/** The same, refusing with not_found. */
export async function jobOfTenantOrThrow(tx: Tx, ctx: TenantCtx, jobId: string) {
  const job = await jobOfTenant(tx, ctx, jobId);
  if (!job) throw new Refused('not_found');
  return job;
}

/** Edits keep the slug, so links already shared keep working. */
export async function updateJob(tx: Tx, ctx: TenantCtx, jobId: string, input: JobInput) {
  await assertSubscriptionWritable(tx, ctx);
  const current = await jobOfTenantOrThrow(tx, ctx, jobId);
  if (isFinal(current.status)) throw new Refused('jobMoveRefused');
  // A later closing date opens a closed-by-date job again: it must fit the plan like a publish.
  if (current.effectiveStatus === 'closed' && current.status === 'published' && effectiveStatus({ status: 'published', closesOn: input.closesOn ?? null }) === 'published') {
    await assertCanPublish(tx, ctx, jobId);
  }
  const [job] = await tx
    .update(jobs)
    .set({ ...input, updatedAt: new Date() })
    .where(and(eq(jobs.tenantId, ctx.tenantId), eq(jobs.id, jobId)))
    .returning();
  return job!;
}

/**
 * Publish, unpublish (back to draft), close, mark filled (records the date that
 * starts the retention clock) or archive. Moves not in the table are refused.
 */
export async function moveJob(tx: Tx, ctx: TenantCtx, jobId: string, to: JobStatus, now: Date = new Date()) {
  // Read-only while expired, except marking a job filled or archiving it: that starts the retention clock, and the
  // policy promises applications are kept only until the position is filled.
  if (to !== 'filled' && to !== 'archived') await assertSubscriptionWritable(tx, ctx);
  const current = await jobOfTenantOrThrow(tx, ctx, jobId);
  if (!canMove(current.effectiveStatus, to)) throw new Refused('jobMoveRefused');
  const changes: Partial<typeof jobs.$inferInsert> = { status: to, updatedAt: now };
  if (to === 'published') {
    // The plan's limit on open jobs, with a link to the subscription page (lib/subscriptions/limits).
    await assertCanPublish(tx, ctx, jobId, now);
    changes.publishedAt = current.publishedAt ?? now;
    // Republishing a job whose date passed needs a new date; without one it stays open until changed.
    if (current.closesOn && current.closesOn < osloToday(now)) changes.closesOn = null;
  }
  if (to === 'filled') changes.filledAt = now;
  if (to === 'archived') changes.archivedAt = now;
  const [job] = await tx
    .update(jobs)
    .set(changes)
    .where(and(eq(jobs.tenantId, ctx.tenantId), eq(jobs.id, jobId)))
    .returning();
  return job!;
}

export interface JobSummary {
  id: string;
  slug: string;
  title: string;
  place: string;
  status: JobStatus;
  effectiveStatus: JobStatus;
  closesOn: string | null;
  filledAt: Date | null;
  updatedAt: Date;
  total: number;
  fresh: number;
}

/** The tenant's jobs with total and new (not yet moved) application counts. */
export async function listJobs(tx: Tx, ctx: TenantCtx): Promise<JobSummary[]> {
  const rows = rowsOf<{
    id: string; slug: string; title: string; place: string; status: JobStatus; closes_on: string | null;
    filled_at: string | null; updated_at: string; total: number; fresh: number;
  }>(
    await tx.execute(sql`
      select j.id, j.slug, j.title, j.place, j.status, j.closes_on::text as closes_on, j.filled_at, j.updated_at,
             coalesce(c.total, 0)::int as total, coalesce(c.fresh, 0)::int as fresh
        from jobs j
        left join lateral (
          select count(*) as total,
                 count(*) filter (where s.stage is null or s.stage = 'new') as fresh
            from applications a
            left join application_stages s on s.tenant_id = a.tenant_id and s.application_id = a.id
           where a.tenant_id = j.tenant_id and a.job_id = j.id
        ) c on true
       where j.tenant_id = ${ctx.tenantId}
       order by (j.status = 'archived'), j.closes_on nulls last, j.created_at desc`),
  );
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    place: r.place,
    status: r.status,
    effectiveStatus: effectiveStatus({ status: r.status, closesOn: r.closes_on }),
    closesOn: r.closes_on,
    filledAt: r.filled_at ? new Date(r.filled_at) : null,
    updatedAt: new Date(r.updated_at),
    total: Number(r.total),
    fresh: Number(r.fresh),
  }));
}

/** Published jobs whose closing date is within `days` days: the overview's "closing soon". */
export async function jobsClosingSoon(tx: Tx, ctx: TenantCtx, days = 7, now: Date = new Date()) {
  const today = osloToday(now);
  const until = osloToday(new Date(now.getTime() + days * 86_400_000));
  return tx
    .select({ id: jobs.id, title: jobs.title, closesOn: jobs.closesOn })
    .from(jobs)
    .where(and(eq(jobs.tenantId, ctx.tenantId), eq(jobs.status, 'published'), sql`${jobs.closesOn} between ${today} and ${until}`))
    .orderBy(asc(jobs.closesOn), desc(jobs.createdAt));
}
