import 'server-only';
import { and, count, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { applicationFiles, applications, erasures } from '@/db/schema';
import type { TenantCtx } from '@/lib/tenancy/context';

/**
 * What "delete all applications now" would remove from a job, and how many
 * anonymous tombstones it already has: read in the tenant door, so the
 * confirmation can name exactly what goes.
 */
export async function jobErasureSummary(tx: Tx, ctx: TenantCtx, jobId: string) {
  const [[apps], [files], [tombstones]] = await Promise.all([
    tx.select({ n: count() }).from(applications).where(and(eq(applications.tenantId, ctx.tenantId), eq(applications.jobId, jobId))),
    tx
      .select({ n: count() })
      .from(applicationFiles)
      .innerJoin(applications, and(eq(applications.tenantId, applicationFiles.tenantId), eq(applications.id, applicationFiles.applicationId)))
      .where(and(eq(applicationFiles.tenantId, ctx.tenantId), eq(applications.jobId, jobId))),
    tx.select({ n: count() }).from(erasures).where(and(eq(erasures.tenantId, ctx.tenantId), eq(erasures.jobId, jobId))),
  ]);
  return { applications: apps?.n ?? 0, files: files?.n ?? 0, tombstones: tombstones?.n ?? 0 };
}
