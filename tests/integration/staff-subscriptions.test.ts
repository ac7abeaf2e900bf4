import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client';
import { withTenant } from '../../db/doors';
import { subscriptions, tenants } from '../../db/schema';
import { subscriptionHistory } from '../../lib/subscriptions/history';
import { changePlanAsStaff, extendAsStaff, listSubscriptionsForStaff, STAFF_PAGE_SIZE, subscriptionForStaff } from '../../lib/subscriptions/staff';
import { staffExtendInput, staffPlanInput, staffSearchInput } from '../../lib/subscriptions/staff-input';
import { freshOrgNumber } from '../fixtures/org-numbers';
import { asSystem, makeJob, makeTenant, refused, testDb, uniqueSlug, makeStaffUser } from './db';
import { makeApplication, makeMember } from './fixtures/applications';

// Issue 15, part 6: the staff console's subscriptions (lib/subscriptions/staff.ts).
const handle = testDb();

const REASON = 'Kunden ringte support (sak 5120) og fikk en uke ekstra.';
const DAY = 86_400_000;

const makeUser = makeStaffUser;

/** A tenant with an organisation number, an owner, two published jobs and an application from a named candidate. */
async function employer(plan = 'start', name = `Konsoll ${randomUUID().slice(0, 6)} AS`) {
  const tenant = await makeTenant(handle, name, { plan });
  const orgNumber = freshOrgNumber();
  await handle.owner.update(tenants).set({ orgNumber }).where(sql`${tenants.id} = ${tenant.id}`);
  const owner = await makeMember(handle, tenant.id, 'owner');
  const job = await makeJob(handle, tenant.id, 'Lagerleder');
  await makeJob(handle, tenant.id, 'Sjåfør');
  await makeApplication(handle, tenant.id, job.id, { fullName: 'Kari Kandidatsen', email: 'kari.kandidatsen@example.no', coverLetter: 'Jeg er glad i lager.' });
  return { tenant: { ...tenant, orgNumber }, owner };
}

const search = (q: string, page = '1') => staffSearchInput.parse({ q, page });
const extendInput = (tenantId: string, fields: Record<string, string>) => staffExtendInput.parse({ tenantId, days: '', until: '', reason: REASON, ...fields });
const planInput = (tenantId: string, plan: string, reason = REASON) => staffPlanInput.parse({ tenantId, plan, reason });

async function eventsOf(tenantId: string) {
  return rowsOf<{ kind: string; actor_kind: string; actor_user_id: string | null; actor_name: string; reason: string | null; before: Record<string, unknown>; after: Record<string, unknown> }>(
    await handle.owner.execute(sql`select kind, actor_kind, actor_user_id, actor_name, reason, before, after from subscription_events where tenant_id = ${tenantId} order by id`),
  );
}
async function auditOf(userId: string) {
  return rowsOf<{ tenant_id: string | null; event: string; detail: Record<string, unknown>; purpose: string | null }>(
    await handle.owner.execute(sql`select tenant_id, event, detail, purpose from audit_log where user_id = ${userId} order by id`),
  );
}
const subscriptionRow = async (tenantId: string) => (await handle.owner.select().from(subscriptions).where(sql`${subscriptions.tenantId} = ${tenantId}`))[0]!;

describe('the staff console refuses everyone but staff with a second factor', () => {
  it('non-staff, staff without TOTP, an owner and an unknown id get "not found" from every function, and nothing changes or is logged', async () => {
    const { tenant, owner } = await employer();
    const plain = await makeUser({ staff: false, totp: true });
    const staffWithoutTotp = await makeUser({ staff: true, totp: false });
    const before = await subscriptionRow(tenant.id);
    for (const who of [plain, staffWithoutTotp, { userId: owner.userId }, { userId: randomUUID() }, { userId: 'not-a-uuid' }]) {
      expect(await refused(listSubscriptionsForStaff(who, search('')))).toBe('not_found');
      expect(await refused(subscriptionForStaff(who, tenant.id))).toBe('not_found');
      expect(await refused(extendAsStaff(who, extendInput(tenant.id, { days: '7' })))).toBe('not_found');
      expect(await refused(changePlanAsStaff(who, planInput(tenant.id, 'team')))).toBe('not_found');
      if (who.userId !== 'not-a-uuid') expect(await auditOf(who.userId)).toEqual([]);
    }
    expect(await subscriptionRow(tenant.id)).toEqual(before);
    expect((await eventsOf(tenant.id)).map((e) => e.kind)).toEqual(['created']);
  });
});

describe('the list: plan, status, end and usage, searched by name, slug or organisation number', () => {
  it('finds a tenant by part of its name, its slug and its organisation number with spaces, with counts and limits, and audits each search', async () => {
    const staff = await makeUser({ staff: true, totp: true });
    const name = `Fjellgården ${randomUUID().slice(0, 6)} AS`;
    const { tenant } = await employer('start', name);
    await makeMember(handle, tenant.id, 'recruiter');
    const spaced = `${tenant.orgNumber.slice(0, 3)} ${tenant.orgNumber.slice(3, 6)} ${tenant.orgNumber.slice(6)}`;
    for (const q of [name.slice(0, 16).toUpperCase(), tenant.slug, spaced]) {
      const { rows, total } = await listSubscriptionsForStaff(staff, search(q));
      expect(total, q).toBe(1);
      expect(rows[0], q).toMatchObject({ tenantId: tenant.id, name, orgNumber: tenant.orgNumber, planId: 'start', status: 'active', publishedJobs: 2, maxPublishedJobs: 5, members: 2, maxMembers: 3 });
      expect(rows[0]!.periodEnd!.getTime()).toBeGreaterThan(Date.now());
    }
    expect((await listSubscriptionsForStaff(staff, search(`ingen-slik-${randomUUID()}`))).total).toBe(0);
    const audit = await auditOf(staff.userId);
    expect(audit).toHaveLength(4);
    expect(audit[2]).toMatchObject({ tenant_id: null, event: 'staff_subscriptions_viewed', detail: { page: 'list', query: spaced }, purpose: 'staff-subscriptions' });
  });

  it('pages through everyone by name, a page at a time', async () => {
    const staff = await makeUser({ staff: true, totp: true });
    const prefix = `Side${randomUUID().slice(0, 6)}`;
    for (let i = 0; i < STAFF_PAGE_SIZE + 2; i++) await makeTenant(handle, `${prefix} ${String(i).padStart(2, '0')} AS`);
    const first = await listSubscriptionsForStaff(staff, search(prefix));
    const second = await listSubscriptionsForStaff(staff, search(prefix, '2'));
    expect([first.total, first.pages, first.rows.length, second.rows.length]).toEqual([STAFF_PAGE_SIZE + 2, 2, STAFF_PAGE_SIZE, 2]);
    expect(second.rows.map((r) => r.name)).toEqual([`${prefix} ${STAFF_PAGE_SIZE} AS`, `${prefix} ${STAFF_PAGE_SIZE + 1} AS`]);
    // A page number that is not one falls back to the first.
    expect(search(prefix, 'zz').page).toBe(1);
  });

  it('shows counts only: no candidate name, email or letter in anything the console returns', async () => {
    const staff = await makeUser({ staff: true, totp: true });
    const { tenant } = await employer();
    const everything = JSON.stringify([await listSubscriptionsForStaff(staff, search(tenant.slug)), await subscriptionForStaff(staff, tenant.id)]);
    expect(everything).toContain(tenant.name);
    for (const personal of ['Kari', 'Kandidatsen', 'kari.kandidatsen@example.no', 'glad i lager']) expect(everything).not.toContain(personal);
  });
});

describe('one tenant: subscription, usage and the whole history', () => {
  it('reads what the owner reads, audits the view, and a tenant that is not there is "not found"', async () => {
    const staff = await makeUser({ staff: true, totp: true });
    const { tenant } = await employer('team');
    const view = await subscriptionForStaff(staff, tenant.id);
    expect(view.tenant).toMatchObject({ id: tenant.id, slug: tenant.slug, orgNumber: tenant.orgNumber });
    expect(view.overview).toMatchObject({ plan: { id: 'team' }, usage: { publishedJobs: 2, members: 1 } });
    expect(view.overview.history.map((e) => e.kind)).toEqual(['created']);
    expect((await auditOf(staff.userId)).at(-1)).toMatchObject({ event: 'staff_subscriptions_viewed', detail: { page: 'tenant', tenantId: tenant.id } });
    expect(await refused(subscriptionForStaff(staff, randomUUID()))).toBe('not_found');
    expect(await refused(subscriptionForStaff(staff, 'acme'))).toBe('not_found');
  });
});

describe('manual extension with a reason, as a staff adjustment in the tenant’s history', () => {
  it('by days from the current end: one staff_adjustment event with the reason and staff’s name, seen by the owner, and the tenant’s audit line', async () => {
    const staff = await makeUser({ staff: true, totp: true, name: 'Siri Support' });
    const { tenant, owner } = await employer('start');
    const before = await subscriptionRow(tenant.id);
    const after = await extendAsStaff(staff, extendInput(tenant.id, { days: '7' }));
    expect(after.periodEnd.getTime() - before.periodEnd.getTime()).toBe(7 * DAY);
    expect(after).toMatchObject({ planId: 'start', status: 'active', periodStart: before.periodStart });
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    const events = await eventsOf(tenant.id);
    expect(events.at(-1)).toMatchObject({
      kind: 'staff_adjustment',
      actor_kind: 'staff',
      actor_user_id: null,
      actor_name: 'Siri Support',
      reason: REASON,
      before: { plan: 'start', periodEnd: before.periodEnd.toISOString() },
      after: { plan: 'start', status: 'active', periodEnd: after.periodEnd.toISOString() },
    });
    // The owner's own page reads the same event through the tenant door.
    const seen = await withTenant(owner, (tx) => subscriptionHistory(tx, owner));
    expect(seen[0]).toMatchObject({ kind: 'staff_adjustment', actorKind: 'staff', reason: REASON });
    expect((await auditOf(staff.userId)).at(-1)).toMatchObject({ tenant_id: tenant.id, event: 'staff_subscription_adjusted', detail: { change: 'extend', days: 7, reason: REASON }, purpose: 'staff-subscriptions' });
  });

  it('to a date: runs to the end of that Oslo day; a date not after the current end, or too far ahead, is refused on its field', async () => {
    const staff = await makeUser({ staff: true, totp: true });
    const { tenant } = await employer('trial');
    const before = await subscriptionRow(tenant.id);
    const day = new Date(before.periodEnd.getTime() + 40 * DAY).toISOString().slice(0, 10);
    const after = await extendAsStaff(staff, extendInput(tenant.id, { until: day }));
    expect(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', dateStyle: 'short', timeStyle: 'medium', hourCycle: 'h23' }).format(after.periodEnd)).toBe(`${day}, 23:59:59`);
    // A trial stays a trial, only longer.
    expect(after.status).toBe('trial');
    const earlier = new Date(after.periodEnd.getTime() - 2 * DAY).toISOString().slice(0, 10);
    await expect(extendAsStaff(staff, extendInput(tenant.id, { until: earlier }))).rejects.toMatchObject({ code: 'extendNotLater', field: 'until' });
    const far = new Date(Date.now() + 800 * DAY).toISOString().slice(0, 10);
    await expect(extendAsStaff(staff, extendInput(tenant.id, { until: far }))).rejects.toMatchObject({ code: 'extendTooFar', field: 'until' });
    expect((await eventsOf(tenant.id)).filter((e) => e.kind === 'staff_adjustment')).toHaveLength(1);
  });

  it('an expired subscription becomes active again with a new period from now, like the owner’s reactivation', async () => {
    const staff = await makeUser({ staff: true, totp: true });
    const { tenant } = await employer('start');
    // Expired a while ago (the lifecycle run's doing, with its own event).
    await asSystem(async (tx) => {
      await tx.update(subscriptions).set({ status: 'expired', periodStart: new Date(Date.now() - 60 * DAY), periodEnd: new Date(Date.now() - 20 * DAY) }).where(sql`${subscriptions.tenantId} = ${tenant.id}`);
      await tx.execute(sql`insert into subscription_events (tenant_id, kind, actor_kind, after) values (${tenant.id}, 'expired', 'system', '{}'::jsonb)`);
    });
    const t0 = Date.now();
    const after = await extendAsStaff(staff, extendInput(tenant.id, { days: '10' }));
    expect(after.status).toBe('active');
    expect(after.periodStart.getTime()).toBeGreaterThanOrEqual(t0 - 1000);
    expect(Math.round((after.periodEnd.getTime() - after.periodStart.getTime()) / DAY)).toBe(10);
    expect((await eventsOf(tenant.id)).at(-1)).toMatchObject({ kind: 'staff_adjustment', before: { status: 'expired' }, after: { status: 'active' } });
  });

  it('refuses an empty or too short reason, both or neither of days and date, and a bad number of days, before anything happens', () => {
    const tenantId = randomUUID();
    const codes = (fields: Record<string, string>) => {
      const result = staffExtendInput.safeParse({ tenantId, days: '', until: '', reason: REASON, ...fields });
      return result.success ? 'accepted' : result.error.issues.map((i) => `${String(i.path[0])}:${i.message}`).join(',');
    };
    expect(codes({ days: '7', reason: '' })).toBe('reason:reasonShort');
    expect(codes({ days: '7', reason: '   kort    ' })).toBe('reason:reasonShort');
    expect(codes({ days: '7', reason: 'Kunden ba om det, kort 12345678903 her' })).toMatch(/reason:(sensitiveNumber|reasonEmail)/);
    expect(codes({})).toBe('days:extendEither');
    expect(codes({ days: '7', until: '2030-01-01' })).toBe('days:extendEither');
    for (const days of ['0', '-3', '1.5', 'sju', '731']) expect(codes({ days }), days).toBe('days:extendDays');
    expect(codes({ until: '2030-02-30' })).toBe('until:extendDate');
    expect(codes({ days: '7' })).toBe('accepted');
    expect(staffExtendInput.safeParse({ tenantId: 'acme', days: '7', until: '', reason: REASON }).error?.issues[0]?.message).toBe('notFound');
  });

  it('an unknown tenant, and a tenant without a subscription, are refused without a trace', async () => {
    const staff = await makeUser({ staff: true, totp: true });
    expect(await refused(extendAsStaff(staff, extendInput(randomUUID(), { days: '7' })))).toBe('not_found');
    const bare = await asSystem(async (tx) => (await tx.insert(tenants).values({ slug: uniqueSlug('bar'), name: 'Uten Abonnement AS' }).returning())[0]!);
    expect(await refused(extendAsStaff(staff, extendInput(bare.id, { days: '7' })))).toBe('noSubscription');
    expect(await auditOf(staff.userId)).toEqual([]);
  });
});

describe('plan change by staff', () => {
  it('moves to another paid plan with a new period, recorded as a staff adjustment with the reason', async () => {
    const staff = await makeUser({ staff: true, totp: true, name: 'Siri Support' });
    const { tenant } = await employer('start');
    const after = await changePlanAsStaff(staff, planInput(tenant.id, 'team'));
    expect(after).toMatchObject({ planId: 'team', status: 'active', cancelAtPeriodEnd: false });
    expect((await eventsOf(tenant.id)).at(-1)).toMatchObject({ kind: 'staff_adjustment', actor_kind: 'staff', reason: REASON, before: { plan: 'start' }, after: { plan: 'team' } });
    expect((await auditOf(staff.userId)).at(-1)).toMatchObject({ tenant_id: tenant.id, event: 'staff_subscription_adjusted', detail: { change: 'plan', from: 'start', to: 'team' } });
  });

  it('refuses a plan that does not exist, the trial, the same plan, and a plan the tenant has outgrown, each on the plan field', async () => {
    const staff = await makeUser({ staff: true, totp: true });
    const { tenant } = await employer('team');
    for (let i = 0; i < 4; i++) await makeJob(handle, tenant.id, `Ekstra ${i}`);
    for (const [plan, code] of [
      ['gold', 'planUnknown'],
      ['DROP TABLE', 'planUnknown'],
      ['trial', 'planUnknown'],
      ['team', 'planSame'],
      ['start', 'planDowngradeRefused'],
    ] as const) {
      await expect(changePlanAsStaff(staff, planInput(tenant.id, plan)), plan).rejects.toMatchObject({ code, field: 'plan' });
    }
    expect(staffPlanInput.safeParse({ tenantId: tenant.id, plan: 'team', reason: '' }).success).toBe(false);
    expect((await eventsOf(tenant.id)).map((e) => e.kind)).toEqual(['created']);
    expect(await refused(changePlanAsStaff(staff, planInput(randomUUID(), 'team')))).toBe('not_found');
  });
});
