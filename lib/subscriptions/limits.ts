import 'server-only';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '@/db/client';
import { invitations, memberships } from '@/db/schema';
import { Refused } from '@/lib/errors';
import type { TenantCtx } from '@/lib/tenancy/context';
import { osloToday } from '@/lib/time/oslo';
import { planInForce, type Plan } from './plans';

export interface Usage {
  /** Jobs open on the career site now (published, closing date not passed). */
  publishedJobs: number;
  /** Members plus invitations still waiting: each invitation is a seat once accepted. */
  members: number;
}

/**
 * Serialises the limit checks of one tenant (publish, invite, plan change) so two at once cannot both take the
 * last seat. A transaction-scoped advisory lock: any member may take it, unlike a row lock on the subscription.
 */
export async function lockPlanUsage(tx: Tx, ctx: TenantCtx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`plan-usage:${ctx.tenantId}`}, 0))`);
}

export async function usageOf(tx: Tx, ctx: TenantCtx, now: Date = new Date(), opts: { exceptJob?: string } = {}): Promise<Usage> {
  const today = osloToday(now);
  const [published] = rowsOf<{ n: number }>(
    await tx.execute(sql`
      select count(*)::int as n from jobs
       where tenant_id = ${ctx.tenantId} and status = 'published' and (closes_on is null or closes_on >= ${today}::date)
         and (${opts.exceptJob ?? null}::uuid is null or id <> ${opts.exceptJob ?? null}::uuid)`),
  );
  const [members] = await tx.select({ n: sql<number>`count(*)::int` }).from(memberships).where(eq(memberships.tenantId, ctx.tenantId));
  const [pending] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(invitations)
    .where(and(eq(invitations.tenantId, ctx.tenantId), isNull(invitations.acceptedAt), gt(invitations.expiresAt, now)));
  return { publishedJobs: Number(published?.n ?? 0), members: Number(members?.n ?? 0) + Number(pending?.n ?? 0) };
}

/** Publishing `jobId` (or opening it again by a later closing date) must leave the tenant within its plan. */
export async function assertCanPublish(tx: Tx, ctx: TenantCtx, jobId: string, now: Date = new Date()): Promise<void> {
  await lockPlanUsage(tx, ctx);
  const plan = await planInForce(tx, ctx);
  const usage = await usageOf(tx, ctx, now, { exceptJob: jobId });
  if (usage.publishedJobs >= plan.maxPublishedJobs) throw new Refused('planJobLimit', undefined, { values: { limit: plan.maxPublishedJobs }, link: 'subscription' });
}

/** One more invitation must fit the plan's seats (members and invitations waiting). */
export async function assertCanInvite(tx: Tx, ctx: TenantCtx, now: Date = new Date()): Promise<void> {
  await lockPlanUsage(tx, ctx);
  const plan = await planInForce(tx, ctx);
  const usage = await usageOf(tx, ctx, now);
  if (usage.members >= plan.maxMembers) throw new Refused('planMemberLimit', 'email', { values: { limit: plan.maxMembers }, link: 'subscription' });
}

/** The retention period may not exceed what the plan allows. */
export async function assertRetentionWithinPlan(tx: Tx, ctx: TenantCtx, retentionDays: number): Promise<void> {
  const plan = await planInForce(tx, ctx);
  if (retentionDays > plan.maxRetentionDays) throw new Refused('planRetentionLimit', 'retentionDays', { values: { limit: plan.maxRetentionDays }, link: 'subscription' });
}

/** What stands in the way of moving to `plan` (empty when nothing does). */
export function overLimits(plan: Plan, usage: Usage, retentionDays: number): Array<'publishedJobs' | 'members' | 'retentionDays'> {
  const over: Array<'publishedJobs' | 'members' | 'retentionDays'> = [];
  if (usage.publishedJobs > plan.maxPublishedJobs) over.push('publishedJobs');
  if (usage.members > plan.maxMembers) over.push('members');
  if (retentionDays > plan.maxRetentionDays) over.push('retentionDays');
  return over;
}

