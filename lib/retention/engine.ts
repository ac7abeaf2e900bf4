import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { rowsOf } from '@/db/client';
import { withSystem } from '@/db/doors';
import { memberships, tenants, users } from '@/db/schema';
import { withLocalePrefix } from '@/i18n/paths';
import { isUuid } from '@/lib/ids';
import { enqueueEmail } from '@/lib/email/outbox';
import { appUrl } from '@/lib/settings/env';
import type { RetentionCause } from './engine-types';

export type { RetentionCause };

export interface RetentionRunOptions {
  /** Applications per batch (one transaction each). */
  batch?: number;
  maxBatches?: number;
  /** Only these employers (an operator re-running one; tests on a shared database). Every employer when absent. */
  tenantIds?: readonly string[];
}

/** A uuid[] parameter, or SQL null for "every tenant"; ids that are not uuids are dropped. */
function tenantArray(ids: readonly string[] | undefined) {
  return ids ? sql`${`{${ids.filter(isUuid).join(',')}}`}::uuid[]` : sql`null::uuid[]`;
}

export interface RetentionReport {
  /** Applications erased in this run. */
  erased: number;
  /** Per tenant id and cause: how many went. */
  byTenant: Record<string, Record<RetentionCause, number>>;
  batches: number;
  /** Owner warnings queued in this run (one per tenant, job and purge date, ever). */
  warnings: number;
}

/**
 * One retention run: first the 7-day warnings to owners, then the purge, batch by batch. Each batch is its own
 * transaction through the definer function purge_due_applications (drizzle/0031), which decides in SQL what is due
 * (filled + retention days, or the never-filled cap; never under a legal hold), locks those rows skipping any a
 * concurrent run holds, and erases them with tombstones. So a run holds locks for one batch at a time, two runs
 * never erase a row twice, and a second run right after finds nothing: idempotent.
 */
export async function runRetention({ batch = 1000, maxBatches = 100_000, tenantIds }: RetentionRunOptions = {}): Promise<RetentionReport> {
  const only = tenantArray(tenantIds);
  const warnings = await queueRetentionWarnings(tenantIds);
  const report: RetentionReport = { erased: 0, byTenant: {}, batches: 0, warnings };
  for (let i = 0; i < maxBatches; i++) {
    const rows = await withSystem('retention', async (tx) =>
      rowsOf<{ tenant_id: string; cause: RetentionCause; erased: number }>(await tx.execute(sql`select tenant_id, cause, erased from public.purge_due_applications(${batch}::integer, ${only})`)),
    );
    const erased = rows.reduce((n, r) => n + Number(r.erased), 0);
    if (erased === 0) break;
    report.batches++;
    report.erased += erased;
    for (const r of rows) {
      const tenant = (report.byTenant[r.tenant_id] ??= { filled: 0, unfilled_cap: 0 });
      tenant[r.cause] += Number(r.erased);
    }
  }
  return report;
}

/**
 * Claims the jobs whose applications go within 7 days and queues one email to each owner, in the same transaction
 * as the claim: a warning is queued exactly once per (tenant, job, purge date), whoever runs it.
 */
export async function queueRetentionWarnings(tenantIds?: readonly string[]): Promise<number> {
  const only = tenantArray(tenantIds);
  return withSystem('retention', async (tx) => {
    const claimed = rowsOf<{ tenant_id: string; job_id: string; job_title: string; purge_on: string | Date; cause: RetentionCause; applications: number }>(
      await tx.execute(sql`select tenant_id, job_id, job_title, purge_on::text as purge_on, cause, applications from public.claim_retention_warnings(100, ${only})`),
    );
    let queued = 0;
    for (const warning of claimed) {
      const [tenant] = await tx.select({ slug: tenants.slug, name: tenants.name, language: tenants.language }).from(tenants).where(eq(tenants.id, warning.tenant_id));
      if (!tenant) continue;
      const owners = await tx
        .select({ email: users.email })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(and(eq(memberships.tenantId, warning.tenant_id), eq(memberships.role, 'owner')));
      const url = `${appUrl()}${withLocalePrefix(tenant.language, `/dashboard/${tenant.slug}/jobs/${warning.job_id}`)}`;
      for (const owner of owners) {
        await enqueueEmail(tx, {
          template: 'retention-warning',
          language: tenant.language,
          recipient: owner.email,
          payload: {
            employerName: tenant.name,
            jobTitle: warning.job_title,
            applications: Number(warning.applications),
            purgeOn: String(warning.purge_on).slice(0, 10),
            cause: warning.cause,
            url,
          },
        });
        queued++;
      }
    }
    return queued;
  });
}
