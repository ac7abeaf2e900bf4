import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '@/db/client';
import { withSystem } from '@/db/doors';
import { jobs, memberships, subscriptionClock, subscriptionEvents, subscriptionNotices, subscriptions, subscriptionSuspendedJobs, tenants, users, type SubscriptionNoticeKind } from '@/db/schema';
import { withLocalePrefix } from '@/i18n/paths';
import { enqueueEmail } from '@/lib/email/outbox';
import { appUrl, devOutboxEnabled, settings, type Settings } from '@/lib/settings/env';
import { graceEndOf, noticeDue, REMINDER_DAYS } from './phase';

/**
 * The subscription lifecycle run (issue 15, parts 4 and 5), from /api/cron/subscriptions and the in-process
 * interval. For each subscription near or past its end, one transaction of the system door:
 *   1. lock the subscription (SKIP LOCKED: a concurrent run leaves it to the one that has it);
 *   2. decide the notice due now (lib/subscriptions/phase.ts) on the tenant's lifecycle clock;
 *   3. claim (tenant, kind, period end) in subscription_notices, ON CONFLICT DO NOTHING: claimed before → done;
 *   4. for the expiry: status `expired` with its history event (actor system), published jobs taken down and
 *      remembered for the reactivation;
 *   5. queue the email to every owner, in the same transaction as the claim.
 * Running it twice, or twice at once, sends each notice exactly once.
 */

export interface LifecycleReport {
  /** Emails queued, by notice kind. */
  notices: Record<SubscriptionNoticeKind, number>;
  /** Tenants whose subscription expired in this run, with the slugs of the jobs taken down (for the page cache). */
  expired: Array<{ tenantId: string; tenantSlug: string; jobSlugs: string[] }>;
}

export interface LifecycleOptions {
  /** Only these tenants (tests on a shared database). */
  tenantIds?: readonly string[];
  /** The clock, instead of each tenant's lifecycle_now() (unit-style integration tests). */
  now?: Date;
}

export async function runSubscriptionLifecycle(opts: LifecycleOptions = {}): Promise<LifecycleReport> {
  const report: LifecycleReport = { notices: { ends_in_30: 0, ends_in_7: 0, ended: 0, expired: 0 }, expired: [] };
  const due = await withSystem('subscription-lifecycle', async (tx) =>
    rowsOf<{ tenant_id: string }>(
      await tx.execute(sql`
        select s.tenant_id from public.subscriptions s
         where s.status <> 'expired'
           and s.period_end <= coalesce(${opts.now?.toISOString() ?? null}::timestamptz, public.lifecycle_now(s.tenant_id)) + make_interval(days => ${REMINDER_DAYS[0] + 1})
           and (${opts.tenantIds ? `{${opts.tenantIds.join(',')}}` : null}::uuid[] is null or s.tenant_id = any(${opts.tenantIds ? `{${opts.tenantIds.join(',')}}` : null}::uuid[]))
         order by s.period_end
         limit 500`),
    ),
  );
  for (const { tenant_id } of due) {
    await withSystem('subscription-lifecycle', (tx) => lifecycleStep(tx, tenant_id, opts.now, report));
  }
  return report;
}

async function lifecycleStep(tx: Tx, tenantId: string, fixedNow: Date | undefined, report: LifecycleReport): Promise<void> {
  const [row] = rowsOf<{ status: string; period_end: string | Date; plan_id: string; cancel_at_period_end: boolean; period_start: string | Date; now: string | Date }>(
    await tx.execute(sql`
      select s.status, s.period_end, s.period_start, s.plan_id, s.cancel_at_period_end,
             coalesce(${fixedNow?.toISOString() ?? null}::timestamptz, public.lifecycle_now(s.tenant_id)) as now
        from public.subscriptions s where s.tenant_id = ${tenantId}
         for update skip locked`),
  );
  if (!row) return; // another run holds it
  const periodEnd = new Date(row.period_end);
  const now = new Date(row.now);
  const kind = noticeDue({ status: row.status as 'trial', periodEnd, periodStart: new Date(row.period_start) }, now);
  if (!kind) return;
  const claimed = await tx.insert(subscriptionNotices).values({ tenantId, kind, periodEnd }).onConflictDoNothing().returning({ kind: subscriptionNotices.kind });
  if (claimed.length === 0) return;

  const [tenant] = await tx.select({ slug: tenants.slug, name: tenants.name, language: tenants.language }).from(tenants).where(eq(tenants.id, tenantId));
  if (!tenant) return;
  if (kind === 'expired') {
    const jobSlugs = await expire(tx, tenantId, { planId: row.plan_id, status: row.status, periodStart: new Date(row.period_start), periodEnd, cancelAtPeriodEnd: row.cancel_at_period_end });
    report.expired.push({ tenantId, tenantSlug: tenant.slug, jobSlugs });
  }
  const owners = await tx
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.role, 'owner')));
  const url = `${appUrl()}${withLocalePrefix(tenant.language, `/dashboard/${tenant.slug}/subscription`)}`;
  for (const owner of owners) {
    await enqueueEmail(tx, {
      template: 'subscription-notice',
      language: tenant.language,
      recipient: owner.email,
      payload: { kind, employerName: tenant.name, periodEnd: periodEnd.toISOString(), graceEnd: graceEndOf(periodEnd).toISOString(), url },
    });
    report.notices[kind]++;
  }
}

/** The subscription becomes `expired` (history: actor system) and its published jobs come down, remembered. */
async function expire(tx: Tx, tenantId: string, before: { planId: string; status: string; periodStart: Date; periodEnd: Date; cancelAtPeriodEnd: boolean }): Promise<string[]> {
  await tx.update(subscriptions).set({ status: 'expired' }).where(eq(subscriptions.tenantId, tenantId));
  const snap = (status: string) => ({ plan: before.planId, status, periodStart: before.periodStart.toISOString(), periodEnd: before.periodEnd.toISOString(), cancelAtPeriodEnd: before.cancelAtPeriodEnd });
  await tx.insert(subscriptionEvents).values({ tenantId, kind: 'expired', actorKind: 'system', actorName: '', before: snap(before.status), after: snap('expired') });
  // Every job that is published now, even one whose closing date has passed: reactivation puts back exactly this.
  const down = await tx
    .update(jobs)
    .set({ status: 'draft', updatedAt: new Date() })
    .where(and(eq(jobs.tenantId, tenantId), eq(jobs.status, 'published')))
    .returning({ id: jobs.id, slug: jobs.slug });
  if (down.length > 0) await tx.insert(subscriptionSuspendedJobs).values(down.map((j) => ({ tenantId, jobId: j.id }))).onConflictDoNothing();
  return down.map((j) => j.slug);
}

/**
 * After a reactivation (extend or plan change from expired, in the owner's tenant door; staff through theirs):
 * the jobs the expiry took down are published again, if they are still the drafts it left, up to the plan's
 * limit (oldest publication first). Returns their slugs for the page cache.
 */
export async function restoreSuspendedJobs(tx: Tx, tenantId: string, maxPublished: number): Promise<string[]> {
  const waiting = await tx.select({ jobId: subscriptionSuspendedJobs.jobId }).from(subscriptionSuspendedJobs).where(eq(subscriptionSuspendedJobs.tenantId, tenantId));
  if (waiting.length === 0) return [];
  const candidates = await tx
    .select({ id: jobs.id, slug: jobs.slug })
    .from(jobs)
    .where(and(eq(jobs.tenantId, tenantId), eq(jobs.status, 'draft'), inArray(jobs.id, waiting.map((w) => w.jobId))))
    .orderBy(jobs.publishedAt);
  const [open] = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from jobs where tenant_id = ${tenantId} and status = 'published'`));
  const room = Math.max(0, maxPublished - Number(open?.n ?? 0));
  const back = candidates.slice(0, room);
  if (back.length > 0) {
    await tx
      .update(jobs)
      .set({ status: 'published', updatedAt: new Date() })
      .where(and(eq(jobs.tenantId, tenantId), inArray(jobs.id, back.map((j) => j.id))));
  }
  await tx.delete(subscriptionSuspendedJobs).where(eq(subscriptionSuspendedJobs.tenantId, tenantId));
  return back.map((j) => j.slug);
}

/**
 * Tests only: move one tenant's lifecycle clock by `days` (0 puts it back). Refused unless the loopback dev tools
 * are on (ENABLE_DEV_OUTBOX=1, APP_URL on a loopback host, no Resend key), so a deployment cannot be aged.
 */
export async function setLifecycleClock(tenantSlug: string, days: number, current: Settings = settings()): Promise<boolean> {
  if (!devOutboxEnabled(current)) throw new Error('the lifecycle clock is for development and tests only');
  if (!Number.isInteger(days) || Math.abs(days) > 800) throw new Error('days must be a whole number within 800');
  return withSystem('subscription-lifecycle', async (tx) => {
    const [tenant] = await tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, tenantSlug));
    if (!tenant) return false;
    if (days === 0) await tx.delete(subscriptionClock).where(eq(subscriptionClock.tenantId, tenant.id));
    else {
      const shift = `${days} days`;
      await tx.insert(subscriptionClock).values({ tenantId: tenant.id, shift }).onConflictDoUpdate({ target: subscriptionClock.tenantId, set: { shift } });
    }
    return true;
  });
}
