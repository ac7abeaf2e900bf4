import 'server-only';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '@/db/client';
import { withSystem } from '@/db/doors';
import { tenants, users } from '@/db/schema';
import type { StaffCtx } from '@/lib/admin/staff';
import { insertAudit } from '@/lib/auth/audit';
import { Refused } from '@/lib/errors';
import { isUuid } from '@/lib/ids';
import type { TenantCtx } from '@/lib/tenancy/context';
import { osloEndOfDay, osloToday } from '@/lib/time/oslo';
import { applyStaffAdjustment, type StaffActor, type SubscriptionChange } from './changes';
import { lockPlanUsage, overLimits, usageOf } from './limits';
import { subscriptionOverview, type SubscriptionOverview } from './overview';
import { isTrial, planById, subscriptionOf, type Subscription } from './plans';
import { STAFF_EXTEND_MAX_DAYS, type StaffExtendInput, type StaffPlanInput, type StaffSearchInput } from './staff-input';

/**
 * The staff console's subscriptions (/admin/subscriptions): every tenant's plan, period and usage, one tenant's
 * history, and manual extensions and plan changes with a reason. Through the system door's 'staff-subscriptions'
 * purpose, whose role reads tenants, jobs, members and subscriptions but has no right on any candidate's data
 * (drizzle/0010): counts are all these pages can show. Each function checks first, in its own transaction, that the
 * caller is staff with a second factor (as the database says now), and writes an audit line for what it did.
 */

const DAY_MS = 86_400_000;
export const STAFF_PAGE_SIZE = 25;

/** Staff with TOTP on, or the ordinary "not there": the same check drizzle/0033's staff_require makes in SQL. */
async function requireStaffHere(tx: Tx, staff: StaffCtx): Promise<{ name: string }> {
  if (!staff || !isUuid(staff.userId)) throw new Refused('not_found');
  const [me] = await tx
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.id, staff.userId), eq(users.isStaff, true), isNotNull(users.totpEnabledAt), isNotNull(users.totpSecret)));
  if (!me) throw new Refused('not_found');
  return { name: me.name || me.email };
}

function staffDoor<T>(staff: StaffCtx, fn: (tx: Tx, me: { name: string }) => Promise<T>): Promise<T> {
  return withSystem('staff-subscriptions', async (tx) => fn(tx, await requireStaffHere(tx, staff)));
}

export interface StaffSubscriptionRow {
  tenantId: string;
  slug: string;
  name: string;
  orgNumber: string | null;
  planId: string | null;
  status: Subscription['status'] | null;
  periodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  publishedJobs: number;
  maxPublishedJobs: number | null;
  members: number;
  maxMembers: number | null;
}

export interface StaffSubscriptionList {
  rows: StaffSubscriptionRow[];
  total: number;
  page: number;
  pages: number;
}

/**
 * Tenants matching the search (part of the name or slug, or the organisation number with or without spaces), by
 * name, a page at a time. Usage is counted as lib/subscriptions/limits counts it: jobs open on the career site now,
 * members plus invitations still waiting.
 */
export async function listSubscriptionsForStaff(staff: StaffCtx, search: StaffSearchInput, now: Date = new Date()): Promise<StaffSubscriptionList> {
  return staffDoor(staff, async (tx) => {
    const q = search.q.toLowerCase();
    const digits = q.replace(/[\s.-]/g, '');
    const org = /^\d{9}$/.test(digits) ? digits : null;
    const today = osloToday(now);
    const offset = (search.page - 1) * STAFF_PAGE_SIZE;
    const rows = rowsOf<Record<string, unknown>>(
      await tx.execute(sql`
        select t.id, t.slug, t.name, t.org_number, s.plan_id, s.status, s.period_end, coalesce(s.cancel_at_period_end, false) as cancel_at_period_end,
               p.max_published_jobs, p.max_members,
               (select count(*) from jobs j where j.tenant_id = t.id and j.status = 'published' and (j.closes_on is null or j.closes_on >= ${today}::date))::int as published_jobs,
               ((select count(*) from memberships m where m.tenant_id = t.id)
                + (select count(*) from invitations i where i.tenant_id = t.id and i.accepted_at is null and i.expires_at > ${now.toISOString()}::timestamptz))::int as members,
               count(*) over ()::int as total
          from tenants t
          left join subscriptions s on s.tenant_id = t.id
          left join plans p on p.id = s.plan_id
         where ${q} = ''
            or position(${q} in lower(t.name)) > 0
            or position(${q} in t.slug) > 0
            or (${org}::text is not null and t.org_number = ${org})
         order by lower(t.name), t.id
         limit ${STAFF_PAGE_SIZE} offset ${offset}`),
    );
    await insertAudit(tx, { event: 'staff_subscriptions_viewed', userId: staff.userId, detail: { page: 'list', query: search.q.slice(0, 100), resultPage: search.page } });
    const total = Number(rows[0]?.total ?? 0);
    return {
      rows: rows.map((r) => ({
        tenantId: String(r.id),
        slug: String(r.slug),
        name: String(r.name),
        orgNumber: r.org_number ? String(r.org_number) : null,
        planId: r.plan_id ? String(r.plan_id) : null,
        status: r.status ? (String(r.status) as Subscription['status']) : null,
        periodEnd: r.period_end ? new Date(r.period_end as string | Date) : null,
        cancelAtPeriodEnd: r.cancel_at_period_end === true,
        publishedJobs: Number(r.published_jobs),
        maxPublishedJobs: r.max_published_jobs === null ? null : Number(r.max_published_jobs),
        members: Number(r.members),
        maxMembers: r.max_members === null ? null : Number(r.max_members),
      })),
      total,
      page: search.page,
      // A page past the end (an old link) says how many there are, so the page can offer the first one.
      pages: total === 0 ? (offset === 0 ? 1 : search.page) : Math.ceil(total / STAFF_PAGE_SIZE),
    };
  });
}

export interface StaffTenantSubscription {
  tenant: { id: string; slug: string; name: string; orgNumber: string | null };
  overview: SubscriptionOverview;
}

async function tenantOf(tx: Tx, tenantId: string) {
  if (!isUuid(tenantId)) throw new Refused('not_found');
  const [tenant] = await tx.select({ id: tenants.id, slug: tenants.slug, name: tenants.name, orgNumber: tenants.orgNumber }).from(tenants).where(eq(tenants.id, tenantId));
  if (!tenant) throw new Refused('not_found');
  return tenant;
}

/** One tenant's subscription, usage and whole history, as its subscription page shows them; Refused('not_found') when there is no such tenant. */
export async function subscriptionForStaff(staff: StaffCtx, tenantId: string): Promise<StaffTenantSubscription> {
  return staffDoor(staff, async (tx) => {
    const tenant = await tenantOf(tx, tenantId);
    const overview = await subscriptionOverview(tx, { tenantId: tenant.id });
    await insertAudit(tx, { event: 'staff_subscriptions_viewed', userId: staff.userId, detail: { page: 'tenant', tenantId: tenant.id } });
    return { tenant, overview };
  });
}

async function lockedSubscription(tx: Tx, ctx: TenantCtx) {
  const found = await subscriptionOf(tx, ctx, { lock: true });
  if (!found) throw new Refused('noSubscription');
  return found;
}

async function recordAdjustment(tx: Tx, staff: StaffCtx, ctx: TenantCtx, detail: Record<string, unknown>) {
  // In the tenant's security log too (its owners see that SeeRecruit staff changed the subscription), with who did it.
  await insertAudit(tx, { event: 'staff_subscription_adjusted', userId: staff.userId, tenantId: ctx.tenantId, detail });
}

/**
 * A manual extension: `days` more from the current end (or from now when it has passed), or up to the end of an
 * Oslo calendar day that is later than the current end. A trial stays a trial; a cancellation at the period end
 * still stands (the new end is when it ends). An ended subscription (cancelled or expired) starts a new period now,
 * as the owner's reactivation does.
 */
export async function extendAsStaff(staff: StaffCtx, input: StaffExtendInput, now: Date = new Date()): Promise<Subscription & { tenantSlug: string }> {
  return staffDoor(staff, async (tx, me) => {
    const tenant = await tenantOf(tx, input.tenantId);
    const ctx = { tenantId: tenant.id };
    const { subscription, plan } = await lockedSubscription(tx, ctx);
    const ended = subscription.status === 'cancelled' || subscription.status === 'expired';
    const from = subscription.periodEnd > now ? subscription.periodEnd : now;
    let periodEnd: Date;
    if (input.days !== null) {
      periodEnd = new Date(from.getTime() + input.days * DAY_MS);
    } else {
      periodEnd = new Date(osloEndOfDay(input.until!));
      if (periodEnd <= from) throw new Refused('extendNotLater', 'until');
      if (periodEnd.getTime() > now.getTime() + (STAFF_EXTEND_MAX_DAYS + 1) * DAY_MS) throw new Refused('extendTooFar', 'until');
    }
    const change: SubscriptionChange = ended ? { status: isTrial(plan) ? 'trial' : 'active', periodStart: now, periodEnd, cancelAtPeriodEnd: false } : { periodEnd };
    const actor: StaffActor = { kind: 'staff', name: me.name, reason: input.reason };
    const after = await applyStaffAdjustment(tx, ctx, actor, subscription, change);
    await recordAdjustment(tx, staff, ctx, { change: 'extend', days: input.days, until: input.until, reason: input.reason });
    // The slug, for the caller's refresh of the career pages (a change out of expiry puts jobs back up).
    return { ...after, tenantSlug: tenant.slug };
  });
}

/**
 * A plan change by staff: another paid plan from today, with a new period, exactly as an owner's change, and
 * refused the same way when the tenant uses more than the new plan allows.
 */
export async function changePlanAsStaff(staff: StaffCtx, input: StaffPlanInput, now: Date = new Date()): Promise<Subscription & { tenantSlug: string }> {
  return staffDoor(staff, async (tx, me) => {
    const tenant = await tenantOf(tx, input.tenantId);
    const ctx = { tenantId: tenant.id };
    await lockPlanUsage(tx, ctx);
    const { subscription } = await lockedSubscription(tx, ctx);
    const target = /^[a-z]{2,20}$/.test(input.plan) ? await planById(tx, input.plan) : null;
    if (!target || isTrial(target)) throw new Refused('planUnknown', 'plan');
    if (target.id === subscription.planId) throw new Refused('planSame', 'plan');
    const usage = await usageOf(tx, ctx, now);
    const [row] = await tx.select({ retentionDays: tenants.retentionDays }).from(tenants).where(eq(tenants.id, tenant.id));
    const days = row?.retentionDays ?? 0;
    if (overLimits(target, usage, days).length > 0) {
      throw new Refused('planDowngradeRefused', 'plan', {
        values: { jobs: usage.publishedJobs, maxJobs: target.maxPublishedJobs, members: usage.members, maxMembers: target.maxMembers, days, maxDays: target.maxRetentionDays },
      });
    }
    const end = new Date(now.getTime());
    end.setUTCMonth(end.getUTCMonth() + target.periodMonths);
    const actor: StaffActor = { kind: 'staff', name: me.name, reason: input.reason };
    const after = await applyStaffAdjustment(tx, ctx, actor, subscription, { planId: target.id, status: 'active', periodStart: now, periodEnd: end, cancelAtPeriodEnd: false });
    await recordAdjustment(tx, staff, ctx, { change: 'plan', from: subscription.planId, to: target.id, reason: input.reason });
    // The slug, for the caller's refresh of the career pages (a change out of expiry puts jobs back up).
    return { ...after, tenantSlug: tenant.slug };
  });
}
