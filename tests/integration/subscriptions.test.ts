import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf, type Tx } from '../../db/client';
import { withTenant } from '../../db/doors';
import { jobs, subscriptionEvents, subscriptions } from '../../db/schema';
import { Refused } from '../../lib/errors';
import { moveJob, updateJob } from '../../lib/jobs/jobs';
import { updateRetentionSettings } from '../../lib/retention/settings';
import { cancelAtPeriodEnd, changePlan, extendSubscription, reactivateSubscription, updateBillingContact } from '../../lib/subscriptions/changes';
import { subscriptionHistory } from '../../lib/subscriptions/history';
import { billingContactInput } from '../../lib/subscriptions/input';
import { subscriptionOf } from '../../lib/subscriptions/plans';
import { inviteMember } from '../../lib/tenancy/team';
import { confirmSignup, signUpEmployer } from '../../lib/tenancy/signup';
import { freshOrgNumber } from '../fixtures/org-numbers';
import type { MemberCtx } from '../../lib/tenancy/context';
import { dbError, makeJob, makeTenant, refused, scalar, testDb, uniqueSlug } from './db';
import { makeMember } from './fixtures/applications';

// Issue 15, parts 2 and 3: plans as data and their limits, and the subscription with its append-only history.
const handle = testDb();

async function employer(plan = 'trial') {
  const tenant = await makeTenant(handle, 'Abonnement AS', { plan });
  const owner = await makeMember(handle, tenant.id, 'owner');
  const recruiter = await makeMember(handle, tenant.id, 'recruiter');
  return { tenant, owner, recruiter };
}

const as = <T>(ctx: MemberCtx, fn: (tx: Tx) => Promise<T>) => withTenant(ctx, fn);
const history = (ctx: MemberCtx) => as(ctx, (tx) => subscriptionHistory(tx, ctx));
const current = async (ctx: MemberCtx) => (await as(ctx, (tx) => subscriptionOf(tx, ctx)))!;

async function publishedJobs(tenantId: string, n: number) {
  for (let i = 0; i < n; i++) await makeJob(handle, tenantId, `Jobb ${i}`);
}

describe('plans are data', () => {
  it('seeds Trial (30 days, free), Start, Team and Enterprise with their limits and prices', async () => {
    const rows = rowsOf<{ id: string; trial_days: number | null; price_nok: number; period_months: number; max_published_jobs: number }>(
      await handle.owner.execute(sql`select id, trial_days, price_nok, period_months, max_published_jobs from plans order by position`),
    );
    expect(rows.map((r) => r.id)).toEqual(['trial', 'start', 'team', 'enterprise']);
    expect(rows[0]).toMatchObject({ trial_days: 30, price_nok: 0, period_months: 0 });
    expect(rows.slice(1).every((r) => r.price_nok > 0 && r.period_months > 0 && r.trial_days === null)).toBe(true);
  });

  it('a new employer from sign-up starts on the trial, with the events created and trial_started by its owner', async () => {
    const email = `${uniqueSlug('siri')}@example.test`;
    const slug = uniqueSlug('firma');
    const ip = `10.42.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    expect(await signUpEmployer({ companyName: 'Siris Firma AS', orgNumber: freshOrgNumber(), slug, name: 'Siri Sol', email, password: 'blåbær-sykkel-fjellet-19' }, ip, 'nb')).toMatchObject({ ok: true });
    const [mail] = rowsOf<{ payload: { url: string } }>(await handle.owner.execute(sql`select payload from outbox where recipient = ${email} and template = 'signupVerify'`));
    expect(await confirmSignup(new URL(mail!.payload.url).searchParams.get('token')!)).toMatchObject({ ok: true, slug });
    const rows = rowsOf<{ plan_id: string; status: string; days: number; kind: string; actor_kind: string; actor_name: string; same_time: boolean }>(
      await handle.owner.execute(sql`
        select s.plan_id, s.status, round(extract(epoch from s.period_end - s.period_start) / 86400)::int as days,
               e.kind, e.actor_kind, e.actor_name, e.at = s.updated_at as same_time
          from tenants t join subscriptions s on s.tenant_id = t.id join subscription_events e on e.tenant_id = t.id
         where t.slug = ${slug} order by e.id`),
    );
    expect(rows.map((r) => r.kind)).toEqual(['created', 'trial_started']);
    expect(rows.every((r) => r.plan_id === 'trial' && r.status === 'trial' && r.days === 30 && r.actor_kind === 'member' && r.actor_name === 'Siri Sol' && r.same_time)).toBe(true);
  });
});

describe('the history is append-only in the database', () => {
  it('refuses UPDATE and DELETE of an event through the tenant door, even for an owner', async () => {
    const { owner } = await employer('team');
    expect(await dbError(as(owner, (tx) => tx.update(subscriptionEvents).set({ kind: 'expired' }).where(sql`true`)))).toMatch(/append-only|permission denied/i);
    expect(await dbError(as(owner, (tx) => tx.delete(subscriptionEvents).where(sql`true`)))).toMatch(/append-only|permission denied/i);
    expect((await history(owner)).map((e) => e.kind)).toEqual(['created']);
  });

  it('refuses UPDATE, DELETE and TRUNCATE to the table owner too (the trigger, not only missing grants)', async () => {
    const { tenant } = await employer('team');
    expect(await dbError(handle.owner.execute(sql`update subscription_events set after = '{}'::jsonb where tenant_id = ${tenant.id}`))).toMatch(/append-only/);
    expect(await dbError(handle.owner.execute(sql`delete from subscription_events where tenant_id = ${tenant.id}`))).toMatch(/append-only/);
    expect(await dbError(handle.owner.execute(sql`truncate subscription_events`))).toMatch(/TRUNCATE .* refused/);
    expect(await scalar<number>(handle, sql`select count(*)::int from subscription_events where tenant_id = ${tenant.id}`)).toBe(1);
  });

  it('lets a member write history only in their own name: no staff or system rows forged through the tenant door', async () => {
    const { tenant, owner } = await employer('team');
    const forged = as(owner, (tx) => tx.insert(subscriptionEvents).values({ tenantId: tenant.id, kind: 'staff_adjustment', actorKind: 'staff', reason: 'gratis år', after: {} }));
    expect(await dbError(forged)).toMatch(/row-level security/i);
  });
});

describe('each change: the subscription and its event in one transaction', () => {
  it('extending stamps updated_at in the database and appends an extended event at the same instant, with before and after', async () => {
    const { owner } = await employer('team');
    const before = await current(owner);
    await new Promise((r) => setTimeout(r, 20));
    const after = await as(owner, (tx) => extendSubscription(tx, owner));
    const [event] = await history(owner);
    expect(event).toMatchObject({ kind: 'extended', actorKind: 'member', actorUserId: owner.userId, actorName: 'Member' });
    expect(event!.at.getTime()).toBe(after.updatedAt.getTime());
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.subscription.updatedAt.getTime());
    expect(event!.before).toMatchObject({ plan: 'team', periodEnd: before.subscription.periodEnd.toISOString() });
    const months = (after.periodEnd.getUTCFullYear() - before.subscription.periodEnd.getUTCFullYear()) * 12 + after.periodEnd.getUTCMonth() - before.subscription.periodEnd.getUTCMonth();
    expect(months).toBe(12);
  });

  it('refuses at commit a change to the subscription without its event', async () => {
    const { owner } = await employer('team');
    const message = await dbError(as(owner, (tx) => tx.update(subscriptions).set({ cancelAtPeriodEnd: true }).where(sql`true`)));
    expect(message).toMatch(/subscription_without_event/);
    expect((await current(owner)).subscription.cancelAtPeriodEnd).toBe(false);
  });

  it('rolls the subscription back when its event cannot be written', async () => {
    const { tenant, owner } = await employer('team');
    const periodEnd = (await current(owner)).subscription.periodEnd;
    const failing = as(owner, async (tx) => {
      await tx.update(subscriptions).set({ periodEnd: new Date(periodEnd.getTime() + 86_400_000) }).where(sql`true`);
      await tx.insert(subscriptionEvents).values({ tenantId: tenant.id, kind: 'extended', actorKind: 'member', actorUserId: owner.userId, after: {}, actorName: 'x'.repeat(201) });
    });
    expect(await dbError(failing)).toMatch(/subscription_events_name_length|check/i);
    expect((await current(owner)).subscription.periodEnd.getTime()).toBe(periodEnd.getTime());
  });

  it('cancel at period end, then reactivate: each one event, and the period stays', async () => {
    const { owner } = await employer('start');
    const end = (await current(owner)).subscription.periodEnd.getTime();
    expect((await as(owner, (tx) => cancelAtPeriodEnd(tx, owner))).cancelAtPeriodEnd).toBe(true);
    expect(await refused(as(owner, (tx) => cancelAtPeriodEnd(tx, owner)))).toBe('cannotCancel');
    const back = await as(owner, (tx) => reactivateSubscription(tx, owner));
    expect(back.cancelAtPeriodEnd).toBe(false);
    expect(back.periodEnd.getTime()).toBe(end);
    expect((await history(owner)).map((e) => e.kind)).toEqual(['reactivated', 'cancelled', 'created']);
  });

  it('the trial is not extended: a plan is chosen instead', async () => {
    const { owner } = await employer('trial');
    expect(await refused(as(owner, (tx) => extendSubscription(tx, owner)))).toBe('trialCannotExtend');
    expect((await as(owner, (tx) => changePlan(tx, owner, 'start'))).status).toBe('active');
    expect((await history(owner))[0]).toMatchObject({ kind: 'plan_changed', before: { plan: 'trial', status: 'trial' }, after: { plan: 'start', status: 'active' } });
  });
});

describe('who may change it', () => {
  it('a recruiter is refused every change, by the app and by the database', async () => {
    const { recruiter } = await employer('team');
    const changes: Array<(tx: Tx) => Promise<unknown>> = [
      (tx) => extendSubscription(tx, recruiter),
      (tx) => changePlan(tx, recruiter, 'enterprise'),
      (tx) => cancelAtPeriodEnd(tx, recruiter),
      (tx) => reactivateSubscription(tx, recruiter),
      (tx) => updateBillingContact(tx, recruiter, { billingName: 'Ola', billingEmail: '', invoiceReference: '' }),
    ];
    for (const change of changes) {
      expect(await refused(as(recruiter, change))).toBe('forbidden');
    }
    // Raw SQL on the recruiter's door changes nothing either (the owners' update policy).
    expect(await as(recruiter, (tx) => tx.update(subscriptions).set({ planId: 'enterprise' }).where(sql`true`).returning())).toEqual([]);
    expect((await history(recruiter)).map((e) => e.kind)).toEqual(['created']);
  });

  it('another tenant sees neither the subscription nor its history, and cannot change it', async () => {
    const a = await employer('team');
    const b = await employer('trial');
    await as(a.owner, (tx) => updateBillingContact(tx, a.owner, { billingName: 'Anna A', billingEmail: 'faktura@a.test', invoiceReference: 'PO-1' }));
    const seen = await as(b.owner, async (tx) => ({ subs: await tx.select().from(subscriptions), events: await tx.select().from(subscriptionEvents) }));
    expect(seen.subs.map((s) => s.tenantId)).toEqual([b.tenant.id]);
    expect(new Set(seen.events.map((e) => e.tenantId))).toEqual(new Set([b.tenant.id]));
    // B's owner aiming at A's tenant id from B's door finds nothing to change.
    expect(await as(b.owner, (tx) => tx.update(subscriptions).set({ planId: 'start' }).where(sql`tenant_id = ${a.tenant.id}`).returning())).toEqual([]);
    // A's id with B's owner as the member: not an owner there, so refused.
    expect(await refused(withTenant({ tenantId: a.tenant.id, userId: b.owner.userId }, (tx) => extendSubscription(tx, { ...b.owner, tenantId: a.tenant.id })))).toBe('forbidden');
    expect((await current(a.owner)).subscription.planId).toBe('team');
  });
});

describe('plan limits where the action happens', () => {
  it('publishing one job too many is refused with the limit and a link to the subscription page; a bigger plan lets it through', async () => {
    const { tenant, owner, recruiter } = await employer('trial');
    await publishedJobs(tenant.id, 5);
    // A job whose closing date has passed is not open, so it takes no place.
    await makeJob(handle, tenant.id, 'Utløpt', { closesOn: '2020-01-01' });
    const draft = await makeJob(handle, tenant.id, 'Én for mye', { status: 'draft', publishedAt: null });
    let error: unknown;
    await as(recruiter, (tx) => moveJob(tx, recruiter, draft.id, 'published')).catch((e: unknown) => (error = e));
    expect(error).toBeInstanceOf(Refused);
    expect(error).toMatchObject({ code: 'planJobLimit', detail: { values: { limit: 5 }, link: 'subscription' } });
    expect(await scalar<string>(handle, sql`select status from jobs where id = ${draft.id}`)).toBe('draft');
    await as(owner, (tx) => changePlan(tx, owner, 'team'));
    await as(recruiter, (tx) => moveJob(tx, recruiter, draft.id, 'published'));
    expect(await scalar<string>(handle, sql`select status from jobs where id = ${draft.id}`)).toBe('published');
  });

  it('a later closing date that opens a closed job again counts like a publish', async () => {
    const { tenant, recruiter } = await employer('trial');
    await publishedJobs(tenant.id, 5);
    const closed = await makeJob(handle, tenant.id, 'Gammel', { closesOn: '2020-01-01' });
    const input = { title: 'Gammel', place: '', employmentType: 'permanent' as const, description: '', language: 'nb' as const, closesOn: '2999-01-01' };
    expect(await refused(as(recruiter, (tx) => updateJob(tx, recruiter, closed.id, input)))).toBe('planJobLimit');
    // Kept closed (its date unchanged), the edit goes through.
    expect(await refused(as(recruiter, (tx) => updateJob(tx, recruiter, closed.id, { ...input, closesOn: '2020-01-01' })))).toBe('accepted');
  });

  it('inviting one person over the plan’s seats (members and waiting invitations) is refused', async () => {
    const { tenant, owner } = await employer('trial'); // owner and recruiter: 2 of 3
    const ctx = { ...owner, tenantName: tenant.name };
    await as(owner, (tx) => inviteMember(tx, ctx, { email: `${uniqueSlug('ny')}@example.test`, role: 'recruiter', language: 'nb' }));
    expect(await refused(as(owner, (tx) => inviteMember(tx, ctx, { email: `${uniqueSlug('ny')}@example.test`, role: 'recruiter', language: 'nb' })))).toBe('planMemberLimit');
    expect(await scalar<number>(handle, sql`select count(*)::int from invitations where tenant_id = ${tenant.id}`)).toBe(1);
  });

  it('the retention period is capped by the plan', async () => {
    const { tenant, owner } = await employer('trial'); // at most 90 days
    expect(await refused(as(owner, (tx) => updateRetentionSettings(tx, owner, { retentionDays: 91, unfilledCapDays: 180 })))).toBe('planRetentionLimit');
    expect(await scalar<number>(handle, sql`select retention_days from tenants where id = ${tenant.id}`)).toBe(90);
    await as(owner, (tx) => updateRetentionSettings(tx, owner, { retentionDays: 90, unfilledCapDays: 180 }));
    await as(owner, (tx) => changePlan(tx, owner, 'team'));
    await as(owner, (tx) => updateRetentionSettings(tx, owner, { retentionDays: 365, unfilledCapDays: 180 }));
    expect(await scalar<number>(handle, sql`select retention_days from tenants where id = ${tenant.id}`)).toBe(365);
  });

  it('a downgrade is refused while the tenant uses more than the smaller plan gives, and nothing changes', async () => {
    const { tenant, owner } = await employer('team');
    await publishedJobs(tenant.id, 6);
    let error: unknown;
    await as(owner, (tx) => changePlan(tx, owner, 'start')).catch((e: unknown) => (error = e));
    expect(error).toMatchObject({ code: 'planDowngradeRefused', field: 'plan', detail: { values: { jobs: 6, maxJobs: 5 } } });
    expect((await current(owner)).plan.id).toBe('team');
    expect((await history(owner)).map((e) => e.kind)).toEqual(['created']);
    await as(owner, (tx) => tx.update(jobs).set({ status: 'draft' }).where(sql`title = 'Jobb 0'`));
    expect((await as(owner, (tx) => changePlan(tx, owner, 'start'))).planId).toBe('start');
  });
});

describe('the billing contact', () => {
  it('refuses a card number in the invoice reference (and an account number in the name) with a field error', () => {
    const card = billingContactInput.safeParse({ billingName: 'Anna', billingEmail: 'faktura@acme.test', invoiceReference: 'Kort 4111 1111 1111 1111' });
    expect(card.success).toBe(false);
    expect(card.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['invoiceReference', 'billingSensitiveNumber']]);
    const account = billingContactInput.safeParse({ billingName: 'Anna, konto 8601.11.17947', billingEmail: '', invoiceReference: '' });
    expect(account.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['billingName', 'billingSensitiveNumber']]);
    const ok = billingContactInput.safeParse({ billingName: 'Anna Berg', billingEmail: 'faktura@acme.test', invoiceReference: 'PO-2026-17' });
    expect(ok.success).toBe(true);
  });

  it('is stored once; the history says which fields changed, never their values', async () => {
    const { owner } = await employer('team');
    await as(owner, (tx) => updateBillingContact(tx, owner, { billingName: 'Anna Berg', billingEmail: 'faktura@acme.test', invoiceReference: 'PO-7' }));
    await as(owner, (tx) => updateBillingContact(tx, owner, { billingName: 'Anna Berg', billingEmail: 'faktura@acme.test', invoiceReference: 'PO-7' }));
    const events = await history(owner);
    expect(events.map((e) => e.kind)).toEqual(['billing_changed', 'created']);
    expect(events[0]!.after).toEqual({ fields: ['billingName', 'billingEmail', 'invoiceReference'] });
    expect(JSON.stringify(events)).not.toMatch(/faktura@acme|PO-7/);
    expect((await current(owner)).subscription).toMatchObject({ billingEmail: 'faktura@acme.test', invoiceReference: 'PO-7' });
  });
});
