import 'server-only';
import { sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '@/db/client';
import type { TenantCtx } from '@/lib/tenancy/context';
import { subscriptionHistory, type SubscriptionEvent } from './history';
import { usageOf, type Usage } from './limits';
import { graceEndOf, phaseOf, type SubscriptionPhase } from './phase';
import { listPlans, subscriptionOf, type Plan, type Subscription } from './plans';

export interface SubscriptionOverview {
  subscription: Subscription | null;
  plan: Plan | null;
  plans: Plan[];
  usage: Usage;
  history: SubscriptionEvent[];
}

/** Everything the subscription page shows, read in the member's tenant door. */
export async function subscriptionOverview(tx: Tx, ctx: TenantCtx): Promise<SubscriptionOverview> {
  const current = await subscriptionOf(tx, ctx);
  const [plans, usage, history] = [await listPlans(tx), await usageOf(tx, ctx), await subscriptionHistory(tx, ctx)];
  return { subscription: current?.subscription ?? null, plan: current?.plan ?? null, plans, usage, history };
}

/** When one more period would end: from the current end, or from now when it has passed. */
export function nextPeriodEnd(subscription: Subscription, plan: Plan, now: Date = new Date()): Date {
  const from = new Date(Math.max(subscription.periodEnd.getTime(), now.getTime()));
  from.setUTCMonth(from.getUTCMonth() + plan.periodMonths);
  return from;
}

export interface SubscriptionStanding {
  phase: SubscriptionPhase;
  periodEnd: Date;
  graceEnd: Date;
}

/**
 * For the dashboard's banner: where the subscription stands now (null when it has none, e.g. a test's bare tenant),
 * on the same clock as the lifecycle run (the database's, which tests may move: drizzle/0043) unless one is given.
 */
export async function subscriptionStanding(tx: Tx, ctx: TenantCtx, at?: Date): Promise<SubscriptionStanding | null> {
  const current = await subscriptionOf(tx, ctx);
  if (!current) return null;
  const now = at ?? new Date(rowsOf<{ now: string | Date }>(await tx.execute(sql`select public.lifecycle_now(${ctx.tenantId}::uuid) as now`))[0]!.now);
  const { status, periodEnd } = current.subscription;
  return { phase: phaseOf({ status, periodEnd }, now), periodEnd, graceEnd: graceEndOf(periodEnd) };
}
