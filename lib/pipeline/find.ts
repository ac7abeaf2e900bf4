import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { applications, jobs } from '@/db/schema';
import { Refused } from '@/lib/errors';
import { isUuid } from '@/lib/ids';
import type { TenantCtx } from '@/lib/tenancy/context';

/**
 * This tenant's application with its job, or null: an id of another tenant
 * finds nothing, exactly like a missing one (the tenant is in the WHERE, and
 * RLS says it again).
 */
export async function applicationOfTenant(tx: Tx, ctx: TenantCtx, applicationId: string) {
  if (!isUuid(applicationId)) return null;
  const [row] = await tx
    .select({ application: applications, job: { id: jobs.id, title: jobs.title, slug: jobs.slug } })
    .from(applications)
    .innerJoin(jobs, and(eq(jobs.tenantId, applications.tenantId), eq(jobs.id, applications.jobId)))
    .where(and(eq(applications.tenantId, ctx.tenantId), eq(applications.id, applicationId)));
  return row ?? null;
}

/** The same, refusing with not_found. */
export async function applicationOfTenantOrThrow(tx: Tx, ctx: TenantCtx, applicationId: string) {
  const row = await applicationOfTenant(tx, ctx, applicationId);
  if (!row) throw new Refused('not_found');
  return row;
}
