import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '@/db/client';
import { refusalCode } from '@/db/refusal';
import { tenants } from '@/db/schema';
import { Refused } from '@/lib/errors';
import { assertRetentionWithinPlan } from '@/lib/subscriptions/limits';
import { assertSubscriptionWritable } from '@/lib/subscriptions/read-only';
import type { TenantCtx } from '@/lib/tenancy/context';
import type { LegalHoldInput, RetentionSettingsInput } from './input';

export interface RetentionSettings {
  retentionDays: number;
  unfilledCapDays: number;
}

/** The database's refusals (drizzle/0031) as the product's codes, on the form's fields. */
const REFUSALS: Record<string, [code: string, field?: string]> = {
  not_owner: ['forbidden'],
  not_found: ['not_found'],
  retention_days: ['retentionDays', 'retentionDays'],
  unfilled_cap_days: ['unfilledCapDays', 'unfilledCapDays'],
  hold_reason: ['holdReason', 'reason'],
  hold_until: ['holdUntil', 'until'],
};

export async function refusedBy<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const code = refusalCode(error);
    const mapped = code ? REFUSALS[code] : undefined;
    if (mapped) throw new Refused(mapped[0], mapped[1]);
    throw error;
  }
}

export async function retentionSettings(tx: Tx, ctx: TenantCtx): Promise<RetentionSettings> {
  const [row] = await tx.select({ retentionDays: tenants.retentionDays, unfilledCapDays: tenants.unfilledCapDays }).from(tenants).where(eq(tenants.id, ctx.tenantId));
  if (!row) throw new Refused('not_found');
  return row;
}

/**
 * Owners change the periods; the database checks the role and the ranges itself (set_retention_settings), so a
 * recruiter's connection is refused even without this app's checks. Audit-logged there. The plan caps the
 * retention period (lib/subscriptions/limits).
 */
export async function updateRetentionSettings(tx: Tx, ctx: TenantCtx, input: RetentionSettingsInput): Promise<void> {
  // Read-only while expired; legal holds stay open to owners (the purge keeps running, a dispute must be able to stop it).
  await assertSubscriptionWritable(tx, ctx);
  // Within the database's range, the plan may allow less (out of range, the database's own refusal answers).
  if (input.retentionDays >= 1 && input.retentionDays <= 365) await assertRetentionWithinPlan(tx, ctx, input.retentionDays);
  await refusedBy(() => tx.execute(sql`select public.set_retention_settings(${input.retentionDays}::integer, ${input.unfilledCapDays}::integer)`));
}

/** An owner's legal hold on one job or one application of the door's tenant (checked in SQL); returns its id. */
export async function setLegalHold(tx: Tx, _ctx: TenantCtx, target: { jobId: string } | { applicationId: string }, input: LegalHoldInput): Promise<string> {
  const jobId = 'jobId' in target ? target.jobId : null;
  const applicationId = 'applicationId' in target ? target.applicationId : null;
  const result = await refusedBy(() =>
    tx.execute(sql`select public.set_legal_hold(${jobId}::uuid, ${applicationId}::uuid, ${input.reason}, ${input.until}::date) as id`),
  );
  return rowsOf<{ id: string }>(result)[0]!.id;
}

export async function releaseLegalHold(tx: Tx, _ctx: TenantCtx, holdId: string): Promise<void> {
  await refusedBy(() => tx.execute(sql`select public.release_legal_hold(${holdId}::uuid)`));
}
