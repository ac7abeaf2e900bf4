import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf, type Tx } from '../../db/client';
import { withTenant } from '../../db/doors';
import { jobs } from '../../db/schema';
import { eraseApplications } from '../../lib/erasure/erase';
import { createJob, moveJob, updateJob } from '../../lib/jobs/jobs';
import { exportApplication } from '../../lib/pipeline/export';
import { addNote, moveToStage } from '../../lib/pipeline/workflow';
import { runRetention } from '../../lib/retention/engine';
import { setLegalHold, updateRetentionSettings } from '../../lib/retention/settings';
import { changePlan, extendSubscription, updateBillingContact } from '../../lib/subscriptions/changes';
import { subscriptionHistory } from '../../lib/subscriptions/history';
import { settings } from '../../lib/settings/env';
import { runSubscriptionLifecycle, setLifecycleClock } from '../../lib/subscriptions/lifecycle';
import { subscriptionStanding } from '../../lib/subscriptions/overview';
import { subscriptionOf } from '../../lib/subscriptions/plans';
import { extendAsStaff } from '../../lib/subscriptions/staff';
import { staffExtendInput } from '../../lib/subscriptions/staff-input';
import type { MemberCtx } from '../../lib/tenancy/context';
import { inviteMember, removeMember } from '../../lib/tenancy/team';
import { dbError, makeStaffUser, makeJob, makeTenant, refused, scalar, testDb, uniqueSlug } from './db';
import { makeApplication, makeMember } from './fixtures/applications';

// Issue 15, parts 4 and 5: reminders and notices exactly once, the grace period, expiry and reactivation.
const handle = testDb();
const DAY = 86_400_000;

async function employer(plan = 'start') {
  const tenant = await makeTenant(handle, 'Livsløp AS', { plan });
  const owner = await makeMember(handle, tenant.id, 'owner');
  const secondOwner = await makeMember(handle, tenant.id, 'owner');
  const recruiter = await makeMember(handle, tenant.id, 'recruiter');
  const end = (await withTenant(owner, (tx) => subscriptionOf(tx, owner)))!.subscription.periodEnd;
  return { tenant, owner, secondOwner, recruiter, end };
}

const as = <T>(ctx: MemberCtx, fn: (tx: Tx) => Promise<T>) => withTenant(ctx, fn);
const at = (end: Date, days: number) => new Date(end.getTime() + days * DAY);

/** Notices queued to each address, by kind. */
async function noticesTo(emails: string[]) {
  const rows = rowsOf<{ recipient: string; kind: string }>(
    await handle.owner.execute(sql`select recipient, payload->>'kind' as kind from outbox where template = 'subscription-notice' and recipient = any(${`{${emails.join(',')}}`}::text[]) order by created_at`),
  );
  return rows.map((r) => `${emails.indexOf(r.recipient)}:${r.kind}`).sort();
}
const emailOf = async (ctx: MemberCtx) => scalar<string>(handle, sql`select email from users where id = ${ctx.userId}`);

/** Two runs at once, on the same clock, limited to these tenants. */
const twoRuns = (tenantIds: string[], now: Date) => Promise.all([runSubscriptionLifecycle({ tenantIds, now }), runSubscriptionLifecycle({ tenantIds, now })]);

async function expiredEmployer() {
  const e = await employer();
  await runSubscriptionLifecycle({ tenantIds: [e.tenant.id], now: at(e.end, 15) });
  return e;
}

describe('reminders and notices', () => {
  it('30 and 7 days before the end, at the end and after grace: each once to every owner, none to recruiters, even with two runs at once', async () => {
    const { tenant, owner, secondOwner, recruiter, end } = await employer('team'); // a yearly plan
    const emails = [await emailOf(owner), await emailOf(secondOwner), await emailOf(recruiter)];
    const ids = [tenant.id];

    await twoRuns(ids, at(end, -40));
    expect(await noticesTo(emails)).toEqual([]);

    const [a, b] = await twoRuns(ids, at(end, -20));
    expect(a.notices.ends_in_30 + b.notices.ends_in_30).toBe(2);
    await twoRuns(ids, at(end, -19));
    expect(await noticesTo(emails)).toEqual(['0:ends_in_30', '1:ends_in_30']);

    await twoRuns(ids, at(end, -5));
    await twoRuns(ids, at(end, -1));
    await twoRuns(ids, at(end, 1));
    await twoRuns(ids, at(end, 13));
    await twoRuns(ids, at(end, 15));
    await twoRuns(ids, at(end, 40));
    expect(await noticesTo(emails)).toEqual(['0:ended', '0:ends_in_30', '0:ends_in_7', '0:expired', '1:ended', '1:ends_in_30', '1:ends_in_7', '1:expired']);
    expect(await scalar<number>(handle, sql`select count(*)::int from subscription_notices where tenant_id = ${tenant.id}`)).toBe(4);
    // The expiry happened once: one event, by the system.
    const expiredEvents = (await as(owner, (tx) => subscriptionHistory(tx, owner))).filter((e) => e.kind === 'expired');
    expect(expiredEvents).toHaveLength(1);
    expect(expiredEvents[0]).toMatchObject({ actorKind: 'system', actorUserId: null });
  });

  it('a trial or a monthly period gets no 30-day reminder (it would come on its first day), only the 7-day one', async () => {
    for (const plan of ['trial', 'start']) {
      const { tenant, owner, end } = await employer(plan);
      const emails = [await emailOf(owner)];
      await runSubscriptionLifecycle({ tenantIds: [tenant.id], now: at(end, -29) });
      await runSubscriptionLifecycle({ tenantIds: [tenant.id], now: at(end, -10) });
      expect(await noticesTo(emails)).toEqual([]);
      await runSubscriptionLifecycle({ tenantIds: [tenant.id], now: at(end, -6) });
      expect(await noticesTo(emails)).toEqual(['0:ends_in_7']);
    }
  });

  it('first seen 5 days before its end, a subscription gets the 7-day reminder only; a new period gets its own reminders', async () => {
    const { tenant, owner, end } = await employer();
    const emails = [await emailOf(owner)];
    await runSubscriptionLifecycle({ tenantIds: [tenant.id], now: at(end, -5) });
    expect(await noticesTo(emails)).toEqual(['0:ends_in_7']);
    const extended = await as(owner, (tx) => extendSubscription(tx, owner));
    await runSubscriptionLifecycle({ tenantIds: [tenant.id], now: at(extended.periodEnd, -3) });
    expect(await noticesTo(emails)).toEqual(['0:ends_in_7', '0:ends_in_7']);
    expect(await scalar<number>(handle, sql`select count(distinct period_end)::int from subscription_notices where tenant_id = ${tenant.id}`)).toBe(2);
  });

  it('the run reads each tenant’s own database clock (lifecycle_now) when no clock is given', async () => {
    const { tenant, owner, end } = await employer();
    const other = await employer();
    const days = Math.ceil((end.getTime() - Date.now()) / DAY) - 3;
    await handle.owner.execute(sql`insert into subscription_clock (tenant_id, shift) values (${tenant.id}, make_interval(days => ${days}::int))`);
    await runSubscriptionLifecycle({ tenantIds: [tenant.id, other.tenant.id] });
    expect(await noticesTo([await emailOf(owner)])).toEqual(['0:ends_in_7']);
    expect(await noticesTo([await emailOf(other.owner)])).toEqual([]);
  });
});

describe('the test clock', () => {
  it('is refused unless the loopback dev tools are on: with a real email service or a public address it cannot be moved', async () => {
    const { tenant } = await employer();
    const loopback = { ...settings(), ENABLE_DEV_OUTBOX: '1' as const, APP_URL: 'http://127.0.0.1:3000', RESEND_API_KEY: undefined };
    await expect(setLifecycleClock(tenant.slug, 5, { ...loopback, RESEND_API_KEY: 're_live_key' })).rejects.toThrow(/development and tests only/);
    await expect(setLifecycleClock(tenant.slug, 5, { ...loopback, APP_URL: 'https://jobs.example.com' })).rejects.toThrow(/development and tests only/);
    await expect(setLifecycleClock(tenant.slug, 5, { ...loopback, ENABLE_DEV_OUTBOX: undefined })).rejects.toThrow(/development and tests only/);
    expect(await scalar<number>(handle, sql`select count(*)::int from subscription_clock where tenant_id = ${tenant.id}`)).toBe(0);
    expect(await setLifecycleClock(tenant.slug, 5, loopback)).toBe(true);
    expect(await scalar<number>(handle, sql`select round(extract(epoch from public.lifecycle_now(${tenant.id}::uuid) - now()) / 86400)::int`)).toBe(5);
    expect(await setLifecycleClock(tenant.slug, 0, loopback)).toBe(true);
    expect(await scalar<number>(handle, sql`select count(*)::int from subscription_clock where tenant_id = ${tenant.id}`)).toBe(0);
    expect(await setLifecycleClock('no-such-employer', 5, loopback)).toBe(false);
  });
});

describe('grace and expiry', () => {
  it('during the 14 days of grace everything works; after them the subscription is expired and its published jobs come down, remembered', async () => {
    const { tenant, owner, end } = await employer();
    const open = await makeJob(handle, tenant.id, 'Åpen');
    const pastDate = await makeJob(handle, tenant.id, 'Fristen gikk', { closesOn: '2020-01-01' });
    const draft = await makeJob(handle, tenant.id, 'Utkast', { status: 'draft', publishedAt: null });

    await runSubscriptionLifecycle({ tenantIds: [tenant.id], now: at(end, 2) });
    expect((await as(owner, (tx) => subscriptionOf(tx, owner)))!.subscription.status).toBe('active');
    expect((await as(owner, (tx) => subscriptionStanding(tx, owner, at(end, 2))))!.phase).toBe('grace');
    await as(owner, (tx) => updateJob(tx, owner, open.id, { title: 'Åpen stilling', place: 'Oslo', employmentType: 'permanent', description: 'Tekst', language: 'nb', closesOn: null }));

    const report = await runSubscriptionLifecycle({ tenantIds: [tenant.id], now: at(end, 14.5) });
    expect(report.expired).toEqual([{ tenantId: tenant.id, tenantSlug: tenant.slug, jobSlugs: expect.arrayContaining([open.slug, pastDate.slug]) }]);
    expect((await as(owner, (tx) => subscriptionOf(tx, owner)))!.subscription.status).toBe('expired');
    const statuses = rowsOf<{ id: string; status: string }>(await handle.owner.execute(sql`select id, status from jobs where tenant_id = ${tenant.id}`));
    expect(statuses.every((j) => j.status === 'draft')).toBe(true);
    const suspended = rowsOf<{ job_id: string }>(await handle.owner.execute(sql`select job_id from subscription_suspended_jobs where tenant_id = ${tenant.id}`)).map((r) => r.job_id);
    expect(suspended.sort()).toEqual([open.id, pastDate.id].sort());
    expect(suspended).not.toContain(draft.id);
    expect((await as(owner, (tx) => subscriptionStanding(tx, owner)))!.phase).toBe('expired');
  });

  it('while expired, jobs, applications and settings refuse changes with a link to the subscription page; the database refuses a publish too', async () => {
    const { tenant, owner, recruiter } = await expiredEmployer();
    const draft = await makeJob(handle, tenant.id, 'Utkast', { status: 'draft', publishedAt: null });
    const app = await makeApplication(handle, tenant.id, draft.id);
    const input = { title: 'Ny', place: 'Oslo', employmentType: 'permanent' as const, description: 'Tekst', language: 'nb' as const, closesOn: null };

    expect(await refused(as(owner, (tx) => createJob(tx, owner, input)))).toBe('subscriptionExpired');
    expect(await refused(as(owner, (tx) => updateJob(tx, owner, draft.id, input)))).toBe('subscriptionExpired');
    expect(await refused(as(owner, (tx) => moveJob(tx, owner, draft.id, 'published')))).toBe('subscriptionExpired');
    expect(await refused(as(recruiter, (tx) => moveToStage(tx, recruiter, app.id, 'interview', { notify: false })))).toBe('subscriptionExpired');
    expect(await refused(as(recruiter, (tx) => addNote(tx, recruiter, app.id, 'Notat')))).toBe('subscriptionExpired');
    expect(await refused(as(owner, (tx) => updateRetentionSettings(tx, owner, { retentionDays: 30, unfilledCapDays: 180 })))).toBe('subscriptionExpired');
    try {
      await as(owner, (tx) => moveJob(tx, owner, draft.id, 'published'));
    } catch (error) {
      expect((error as { detail?: { link?: string } }).detail?.link).toBe('subscription');
    }
    // Past the app's check, straight through the tenant door: the trigger of drizzle/0043.
    expect(await dbError(as(owner, (tx) => tx.update(jobs).set({ status: 'published' }).where(sql`id = ${draft.id}`)))).toMatch(/subscription_expired/);
    expect(await scalar<string>(handle, sql`select status from jobs where id = ${draft.id}`)).toBe('draft');
  });

  it('while expired, export, erasure, legal holds, the team and the subscription page still work', async () => {
    const { tenant, owner, recruiter } = await expiredEmployer();
    const job = await makeJob(handle, tenant.id, 'Besatt', { status: 'filled', filledAt: new Date() });
    const [keep, erase] = [await makeApplication(handle, tenant.id, job.id), await makeApplication(handle, tenant.id, job.id)];
    expect((await as(owner, (tx) => exportApplication(tx, owner, keep.id)))?.reference).toBe(keep.reference);
    expect(await eraseApplications({ tenantId: tenant.id, actorUserId: owner.userId, reason: 'employer', employerReason: 'sent_in_error' }, [erase.id])).toEqual({ erased: 1 });
    expect(await refused(as(owner, (tx) => setLegalHold(tx, owner, { jobId: job.id }, { reason: 'Klagesak', until: new Date(Date.now() + 60 * DAY).toISOString().slice(0, 10) })))).toBe('accepted');
    // The team page: the plan's three seats are taken, so one leaves and another is invited.
    expect(await refused(as(owner, (tx) => removeMember(tx, owner, recruiter.userId)))).toBe('accepted');
    expect(await refused(as(owner, (tx) => inviteMember(tx, owner, { email: `${uniqueSlug('ny')}@example.test`, role: 'recruiter', language: 'nb' })))).toBe('accepted');
    // Marking a job filled starts its retention clock: allowed, so applications are not kept longer than promised.
    const open = await makeJob(handle, tenant.id, 'Ble besatt', { status: 'closed' });
    expect(await refused(as(owner, (tx) => moveJob(tx, owner, open.id, 'filled')))).toBe('accepted');
    expect(await refused(as(owner, (tx) => updateBillingContact(tx, owner, { billingName: 'Økonomi', billingEmail: '', invoiceReference: 'PO-1' })))).toBe('accepted');
  });

  it('the retention engine keeps purging an expired employer’s applications when their time is up', async () => {
    const { tenant } = await expiredEmployer();
    const job = await makeJob(handle, tenant.id, 'Lagerleder', { status: 'filled', filledAt: new Date() });
    await handle.owner.execute(sql`update jobs set filled_at = now() - interval '91 days' where id = ${job.id}`);
    const app = await makeApplication(handle, tenant.id, job.id);
    expect((await runRetention({ tenantIds: [tenant.id] })).byTenant[tenant.id]).toEqual({ filled: 1, unfilled_cap: 0 });
    expect(await scalar<number>(handle, sql`select count(*)::int from applications where id = ${app.id}`)).toBe(0);
  });
});

describe('reactivation', () => {
  it('extending an expired subscription publishes exactly the jobs the expiry took down, and nothing else', async () => {
    const { tenant, owner, end } = await employer();
    const open = await makeJob(handle, tenant.id, 'Åpen');
    const draft = await makeJob(handle, tenant.id, 'Utkast', { status: 'draft', publishedAt: null });
    await runSubscriptionLifecycle({ tenantIds: [tenant.id], now: at(end, 15) });
    expect(await scalar<string>(handle, sql`select status from jobs where id = ${open.id}`)).toBe('draft');

    const after = await as(owner, (tx) => extendSubscription(tx, owner));
    expect(after.status).toBe('active');
    expect(await scalar<string>(handle, sql`select status from jobs where id = ${open.id}`)).toBe('published');
    expect(await scalar<string>(handle, sql`select status from jobs where id = ${draft.id}`)).toBe('draft');
    expect(await scalar<number>(handle, sql`select count(*)::int from subscription_suspended_jobs where tenant_id = ${tenant.id}`)).toBe(0);
    // Writable again.
    expect(await refused(as(owner, (tx) => moveJob(tx, owner, draft.id, 'published')))).toBe('accepted');
  });

  it('a staff extension out of expiry brings the same jobs back, with the staff adjustment in the history', async () => {
    const { tenant, end } = await employer();
    const open = await makeJob(handle, tenant.id, 'Åpen');
    await runSubscriptionLifecycle({ tenantIds: [tenant.id], now: at(end, 15) });
    expect(await scalar<string>(handle, sql`select status from jobs where id = ${open.id}`)).toBe('draft');
    const staff = await makeStaffUser({ staff: true, totp: true });
    const after = await extendAsStaff(staff, staffExtendInput.parse({ tenantId: tenant.id, days: '30', until: '', reason: 'Kunden betalte på etterskudd (sak 77).' }));
    expect(after).toMatchObject({ status: 'active', tenantSlug: tenant.slug });
    expect(await scalar<string>(handle, sql`select status from jobs where id = ${open.id}`)).toBe('published');
    expect(await scalar<number>(handle, sql`select count(*)::int from subscription_suspended_jobs where tenant_id = ${tenant.id}`)).toBe(0);
    expect(await scalar<string>(handle, sql`select kind from subscription_events where tenant_id = ${tenant.id} order by id desc limit 1`)).toBe('staff_adjustment');
  });

  it('an expired trial comes back with a plan change, its jobs with it; a recruiter cannot reactivate', async () => {
    const { tenant, owner, recruiter, end } = await employer('trial');
    const open = await makeJob(handle, tenant.id, 'Åpen');
    await runSubscriptionLifecycle({ tenantIds: [tenant.id], now: at(end, 15) });
    expect(await refused(as(recruiter, (tx) => changePlan(tx, recruiter, 'start')))).toBe('forbidden');
    expect(await scalar<string>(handle, sql`select status from jobs where id = ${open.id}`)).toBe('draft');
    await as(owner, (tx) => changePlan(tx, owner, 'start'));
    expect(await scalar<string>(handle, sql`select status from jobs where id = ${open.id}`)).toBe('published');
  });
});
