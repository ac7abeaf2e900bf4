import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { subscriptionEvents, subscriptions, tenants, users, type SubscriptionEventKind } from '@/db/schema';
import { Refused } from '@/lib/errors';
import type { MemberCtx, TenantCtx } from '@/lib/tenancy/context';
import type { BillingContactInput } from './input';
import { restoreSuspendedJobs } from './lifecycle';
import { lockPlanUsage, overLimits, usageOf } from './limits';
import { isTrial, planById, subscriptionOf, type Plan, type Subscription } from './plans';

/**
 * Every change to a subscription, each in the caller's one transaction: the row changes (the database stamps
 * updated_at) and its event is appended (the database refuses a commit with one but not the other, drizzle/0042).
 * Owners only: the app's wrapper checks the role, and the row-level policies check it again.
 */

/** Staff are not members: the history keeps their name (shown to the employer as SeeRecruit) and their reason. */
export type StaffActor = { kind: 'staff'; name: string; reason: string };
export type Actor = { kind: 'member'; userId: string; name: string } | { kind: 'system' } | StaffActor;

/** The columns a change may set (the billing contact has its own function). */
export type SubscriptionChange = Partial<Pick<Subscription, 'planId' | 'status' | 'periodStart' | 'periodEnd' | 'cancelAtPeriodEnd'>>;

function addMonths(from: Date, months: number): Date {
  const d = new Date(from.getTime());
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

const addDays = (from: Date, days: number) => new Date(from.getTime() + days * 86_400_000);

/** What the history keeps of a subscription before and after a change: never the billing contact's values. */
function snapshot(s: Pick<Subscription, 'planId' | 'status' | 'periodStart' | 'periodEnd' | 'cancelAtPeriodEnd'>) {
  return { plan: s.planId, status: s.status, periodStart: s.periodStart.toISOString(), periodEnd: s.periodEnd.toISOString(), cancelAtPeriodEnd: s.cancelAtPeriodEnd };
}

async function appendEvent(tx: Tx, tenantId: string, actor: Actor, kind: SubscriptionEventKind, before: Record<string, unknown> | null, after: Record<string, unknown>) {
  await tx.insert(subscriptionEvents).values({
    tenantId,
    kind,
    actorKind: actor.kind,
    actorUserId: actor.kind === 'member' ? actor.userId : null,
    actorName: actor.kind === 'system' ? '' : actor.name.slice(0, 200),
    before,
    after,
    reason: actor.kind === 'staff' ? actor.reason : null,
  });
}

async function memberActor(tx: Tx, ctx: MemberCtx): Promise<Actor> {
  const [me] = await tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, ctx.userId));
  return { kind: 'member', userId: ctx.userId, name: me?.name || me?.email || '' };
}

/**
 * A new tenant's subscription: the trial (status trial, events created and trial_started) or, for the demo data,
 * a paid plan already running. Called where the tenant is created, in that transaction (the system door).
 */
export async function createSubscription(tx: Tx, ctx: TenantCtx, actor: Actor, planId = 'trial', now: Date = new Date()): Promise<void> {
  const plan = await planById(tx, planId);
  if (!plan) throw new Error(`subscriptions: no plan ${planId}`);
  const row = {
    planId: plan.id,
    status: isTrial(plan) ? ('trial' as const) : ('active' as const),
    periodStart: now,
    periodEnd: isTrial(plan) ? addDays(now, plan.trialDays!) : addMonths(now, plan.periodMonths),
    cancelAtPeriodEnd: false,
  };
  await tx.insert(subscriptions).values({ tenantId: ctx.tenantId, ...row });
  await appendEvent(tx, ctx.tenantId, actor, 'created', null, snapshot(row));
  if (isTrial(plan)) await appendEvent(tx, ctx.tenantId, actor, 'trial_started', null, snapshot(row));
}

async function current(tx: Tx, ctx: TenantCtx) {
  const found = await subscriptionOf(tx, ctx, { lock: true });
  if (found) return found;
  // Locking needs the owners' update policy: a recruiter sees the row but cannot lock it.
  throw new Refused((await subscriptionOf(tx, ctx)) ? 'forbidden' : 'not_found');
}

/** `who` is the owner making the change, or (staffAdjustment) a tenant with the staff member acting on it. */
async function apply(tx: Tx, who: MemberCtx | (TenantCtx & { actor: StaffActor }), kind: SubscriptionEventKind, before: Subscription, changes: SubscriptionChange) {
  const [after] = await tx.update(subscriptions).set(changes).where(eq(subscriptions.tenantId, who.tenantId)).returning();
  // The row-level policy lets only an owner change it: a member who is not sees no row to update.
  if (!after) throw new Refused('forbidden');
  await appendEvent(tx, who.tenantId, 'actor' in who ? who.actor : await memberActor(tx, who), kind, snapshot(before), snapshot(after));
  // Out of expiry (extension, plan change, reactivation, by the owner or by staff): what the expiry took down goes up again.
  if (before.status === 'expired' && after.status !== 'expired') {
    const plan = await planById(tx, after.planId);
    await restoreSuspendedJobs(tx, who.tenantId, plan?.maxPublishedJobs ?? 0);
  }
  return after;
}

/**
 * A change made by platform staff (lib/subscriptions/staff.ts, which checks staff and locks the row first): the
 * same path as an owner's change, recorded as a staff_adjustment with the staff member's reason. An extension of
 * an ended subscription is a reactivation like the owner's, so whatever reactivation restores, this must too.
 */
export function applyStaffAdjustment(tx: Tx, ctx: TenantCtx, actor: StaffActor, before: Subscription, changes: SubscriptionChange): Promise<Subscription> {
  return apply(tx, { tenantId: ctx.tenantId, actor }, 'staff_adjustment', before, changes);
}

/**
 * One more period of the paid plan, from the current end (or from now when it has already ended). Ordering more
 * time also withdraws a cancellation. The order is recorded; the invoice follows by other means.
 */
export async function extendSubscription(tx: Tx, ctx: MemberCtx, now: Date = new Date()): Promise<Subscription> {
  const { subscription, plan } = await current(tx, ctx);
  if (isTrial(plan)) throw new Refused('trialCannotExtend');
  const from = subscription.periodEnd > now ? subscription.periodEnd : now;
  return apply(tx, ctx, 'extended', subscription, {
    status: 'active',
    periodStart: subscription.periodEnd > now ? subscription.periodStart : now,
    periodEnd: addMonths(from, plan.periodMonths),
    cancelAtPeriodEnd: false,
  });
}

/**
 * Another paid plan, starting a new period today. Refused when the tenant uses more than the new plan allows
 * (published jobs, members with invitations, retention days), saying what to lower first.
 */
export async function changePlan(tx: Tx, ctx: MemberCtx, planId: string, now: Date = new Date()): Promise<Subscription> {
  await lockPlanUsage(tx, ctx);
  const { subscription } = await current(tx, ctx);
  const target: Plan | null = await planById(tx, planId);
  if (!target || isTrial(target)) throw new Refused('planUnknown', 'plan');
  if (target.id === subscription.planId) throw new Refused('planSame', 'plan');
  const usage = await usageOf(tx, ctx, now);
  const [tenant] = await tx.select({ retentionDays: tenants.retentionDays }).from(tenants).where(eq(tenants.id, ctx.tenantId));
  const over = overLimits(target, usage, tenant?.retentionDays ?? 0);
  if (over.length > 0) {
    throw new Refused('planDowngradeRefused', 'plan', {
      values: { jobs: usage.publishedJobs, maxJobs: target.maxPublishedJobs, members: usage.members, maxMembers: target.maxMembers, days: tenant?.retentionDays ?? 0, maxDays: target.maxRetentionDays },
      link: 'subscription',
    });
  }
  return apply(tx, ctx, 'plan_changed', subscription, { planId: target.id, status: 'active', periodStart: now, periodEnd: addMonths(now, target.periodMonths), cancelAtPeriodEnd: false });
}

/** Ends the paid plan when its period ends; until then everything works as before. */
export async function cancelAtPeriodEnd(tx: Tx, ctx: MemberCtx): Promise<Subscription> {
  const { subscription, plan } = await current(tx, ctx);
  if (isTrial(plan) || subscription.status !== 'active' || subscription.cancelAtPeriodEnd) throw new Refused('cannotCancel');
  return apply(tx, ctx, 'cancelled', subscription, { cancelAtPeriodEnd: true });
}

/** Withdraws a cancellation, or starts a new period of a plan that has ended. */
export async function reactivateSubscription(tx: Tx, ctx: MemberCtx, now: Date = new Date()): Promise<Subscription> {
  const { subscription, plan } = await current(tx, ctx);
  if (isTrial(plan)) throw new Refused('nothingToReactivate');
  if (subscription.status === 'active' && subscription.cancelAtPeriodEnd) return apply(tx, ctx, 'reactivated', subscription, { cancelAtPeriodEnd: false });
  if (subscription.status === 'cancelled' || subscription.status === 'expired') {
    return apply(tx, ctx, 'reactivated', subscription, { status: 'active', periodStart: now, periodEnd: addMonths(now, plan.periodMonths), cancelAtPeriodEnd: false });
  }
  throw new Refused('nothingToReactivate');
}

/**
 * Who to invoice. The history records which fields changed, never their values: what the subscriber entered is
 * kept once, in the subscription, where it can be corrected.
 */
export async function updateBillingContact(tx: Tx, ctx: MemberCtx, input: BillingContactInput): Promise<void> {
  const { subscription } = await current(tx, ctx);
  const next = { billingName: input.billingName, billingEmail: input.billingEmail, invoiceReference: input.invoiceReference };
  const changed = (Object.keys(next) as Array<keyof typeof next>).filter((k) => subscription[k] !== next[k]);
  if (changed.length === 0) return;
  const [after] = await tx.update(subscriptions).set(next).where(eq(subscriptions.tenantId, ctx.tenantId)).returning({ tenantId: subscriptions.tenantId });
  if (!after) throw new Refused('forbidden');
  await appendEvent(tx, ctx.tenantId, await memberActor(tx, ctx), 'billing_changed', null, { fields: changed });
}
