import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { withPurge } from '@/db/doors';
import {
  accessLog,
  applicationFiles,
  applicationNotes,
  applicationRatings,
  applicationStageEvents,
  applicationStages,
  applications,
  auditLog,
  erasures,
  jobs,
  outbox,
} from '@/db/schema';
import { Refused } from '@/lib/errors';
import { isUuid } from '@/lib/ids';
import type { TenantCtx } from '@/lib/tenancy/context';

export type ErasureReason = (typeof erasures.$inferInsert)['reason'];

/** Which tenant's applications, who asked (null for the retention engine and verified candidate requests) and why. */
export interface ErasureRequest extends TenantCtx {
  readonly actorUserId: string | null;
  readonly reason: ErasureReason;
}

/**
 * The single privileged erasure path: the only code that runs as the purge
 * role, the only role the database lets delete submitted applications. In one
 * transaction it removes the applications of this tenant with the given ids,
 * their files, workflow rows, notes, ratings, access-log lines and the emails
 * sent about them, and leaves
 * an anonymous tombstone per application (ids, dates, reason) so counts stay
 * honest. Ids of another tenant are ignored, never deleted.
 */
export async function eraseApplications(request: ErasureRequest, applicationIds: readonly string[]): Promise<{ erased: number }> {
  const ids = [...new Set(applicationIds)].filter(isUuid);
  if (ids.length === 0) return { erased: 0 };
  return withPurge('erasure', (tx) => eraseInPurge(tx, request, ids));
}

/**
 * "Delete all applications now" for a filled job: every application of it, in
 * the same single transaction and through the same steps as above. The job is
 * read inside that transaction (filled is final, so no lock is needed); a job
 * of another tenant is "not found", one not filled is refused.
 */
export async function eraseJobApplications(request: ErasureRequest, jobId: string): Promise<{ erased: number }> {
  if (!isUuid(jobId)) throw new Refused('not_found');
  return withPurge(
    'erasure',
    async (tx) => {
      const [job] = await tx
        .select({ status: jobs.status })
        .from(jobs)
        .where(and(eq(jobs.tenantId, request.tenantId), eq(jobs.id, jobId)));
      if (!job) throw new Refused('not_found');
      if (job.status !== 'filled') throw new Refused('jobNotFilled');
      const rows = await tx
        .select({ id: applications.id })
        .from(applications)
        .where(and(eq(applications.tenantId, request.tenantId), eq(applications.jobId, jobId)));
      return eraseInPurge(tx, request, rows.map((r) => r.id));
    },
  );
}

async function eraseInPurge(tx: Tx, request: ErasureRequest, ids: readonly string[]): Promise<{ erased: number }> {
  if (ids.length === 0) return { erased: 0 };
  const found = await tx
    .select({ id: applications.id, jobId: applications.jobId, submittedAt: applications.submittedAt, reference: applications.reference })
    .from(applications)
    .where(and(eq(applications.tenantId, request.tenantId), inArray(applications.id, [...ids])));
  if (found.length === 0) return { erased: 0 };
  const mine = found.map((a) => a.id);
  const inTenant = <T extends { tenantId: unknown; applicationId: unknown }>(table: T) =>
    and(eq(table.tenantId as never, request.tenantId), inArray(table.applicationId as never, mine));

  await tx.insert(erasures).values(
    found.map((a) => ({ tenantId: request.tenantId, applicationId: a.id, jobId: a.jobId, submittedOn: a.submittedAt, reason: request.reason })),
  ).onConflictDoNothing();
  await tx.delete(applicationFiles).where(inTenant(applicationFiles));
  await tx.delete(applicationNotes).where(inTenant(applicationNotes));
  await tx.delete(applicationRatings).where(inTenant(applicationRatings));
  await tx.delete(applicationStageEvents).where(inTenant(applicationStageEvents));
  await tx.delete(applicationStages).where(inTenant(applicationStages));
  // Access-log lines name files (often the candidate's name); the audit line below keeps the accountability.
  await tx.delete(accessLog).where(inTenant(accessLog));
  await tx.delete(applications).where(and(eq(applications.tenantId, request.tenantId), inArray(applications.id, mine)));
  // Emails about these applications (queued or sent) carry the candidate's name and address.
  await tx.delete(outbox).where(inArray(sql`${outbox.payload}->>'reference'`, found.map((a) => a.reference)));
  await tx.insert(auditLog).values({
    tenantId: request.tenantId,
    userId: request.actorUserId,
    event: 'applications.erased',
    detail: { count: mine.length, reason: request.reason, jobIds: [...new Set(found.map((a) => a.jobId))] },
  });
  return { erased: mine.length };
}
