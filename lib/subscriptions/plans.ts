import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { plans, subscriptions } from '@/db/schema';
import type { TenantCtx } from '@/lib/tenancy/context';

export type Plan = typeof plans.$inferSelect;
export type Subscription = typeof subscriptions.$inferSelect;

/** The plan every new employer starts on (drizzle/0042 seeds it). */
export const TRIAL_PLAN = 'trial';

export function isTrial(plan: Plan): boolean {
  return plan.trialDays !== null;
}

/** Every plan, cheapest first. */
export function listPlans(tx: Tx): Promise<Plan[]> {
  return tx.select().from(plans).orderBy(asc(plans.position));
}

export async function planById(tx: Tx, id: string): Promise<Plan | null> {
  const [plan] = await tx.select().from(plans).where(eq(plans.id, id));
  return plan ?? null;
}

/** The tenant's subscription and its plan, or null when it has none (RLS limits it to the door's tenant again). */
export async function subscriptionOf(tx: Tx, ctx: TenantCtx, opts: { lock?: boolean } = {}): Promise<{ subscription: Subscription; plan: Plan } | null> {
  const query = tx.select({ subscription: subscriptions, plan: plans }).from(subscriptions).innerJoin(plans, eq(plans.id, subscriptions.planId)).where(eq(subscriptions.tenantId, ctx.tenantId));
  const [row] = await (opts.lock ? query.for('update', { of: subscriptions }) : query);
  return row ?? null;
}

/**
 * The plan whose limits apply now. Every tenant gets a subscription when it is created (sign-up, demo data, and
 * drizzle/0042 for older ones); one without (a test's bare tenant) gets the trial's limits, never more.
 */
export async function planInForce(tx: Tx, ctx: TenantCtx): Promise<Plan> {
  const current = await subscriptionOf(tx, ctx);
  if (current) return current.plan;
  const trial = await planById(tx, TRIAL_PLAN);
  if (!trial) throw new Error('plans: the trial plan is missing (drizzle/0042)');
  return trial;
}
