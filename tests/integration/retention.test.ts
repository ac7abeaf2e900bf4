import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client';
import { withTenant } from '../../db/doors';
import { outbox } from '../../db/schema';
import { templates } from '../../lib/email/templates';
import { eraseApplications, eraseJobApplications } from '../../lib/erasure/erase';
import { runRetention } from '../../lib/retention/engine';
import { applicationsRetention, jobRetention, upcomingDeletions } from '../../lib/retention/schedule';
import { releaseLegalHold, retentionSettings, setLegalHold, updateRetentionSettings } from '../../lib/retention/settings';
import { asSystem, dbError, makeJob, makeTenant, refused, scalar, testDb } from './db';
import { makeApplication, makeMember } from './fixtures/applications';

const handle = testDb();

/** Applications of these ids still in the table (as the owner: what is really there). */
async function remaining(ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = rowsOf<{ id: string }>(await handle.owner.execute(sql`select id from applications where id in ${ids}`));
  return rows.map((r) => r.id).sort();
}

async function tombstones(tenantId: string): Promise<number> {
  return scalar<number>(handle, sql`select count(*)::int from erasures where tenant_id = ${tenantId} and reason = 'retention'`);
}

/** A tenant with an owner and a recruiter. */
async function employer(name = 'Oppbevaring AS') {
  const tenant = await makeTenant(handle, name);
  const owner = await makeMember(handle, tenant.id, 'owner');
  const recruiter = await makeMember(handle, tenant.id, 'recruiter');
  return { tenant, owner, recruiter };
}

/** A filled job whose filled date the table owner moves into the past (the app may not: drizzle/0016). */
async function filledJob(tenantId: string, daysAgo: number, title = 'Lagerleder') {
  const job = await makeJob(handle, tenantId, title, { status: 'filled', filledAt: new Date() });
  await handle.owner.execute(sql`update jobs set filled_at = now() - make_interval(days => ${daysAgo}::int) where id = ${job.id}`);
  return job;
}

/** A job never filled, closed on a day `daysAgo` days back in Oslo (or with no closing date). */
async function unfilledJob(tenantId: string, opts: { closedDaysAgo?: number; archivedDaysAgo?: number }) {
  const job = await makeJob(handle, tenantId, 'Aldri besatt', { status: opts.archivedDaysAgo === undefined ? 'published' : 'archived' });
  if (opts.closedDaysAgo !== undefined) {
    await handle.owner.execute(sql`update jobs set closes_on = public.retention_today() - ${opts.closedDaysAgo}::int where id = ${job.id}`);
  }
  if (opts.archivedDaysAgo !== undefined) {
    await handle.owner.execute(sql`update jobs set archived_at = now() - make_interval(days => ${opts.archivedDaysAgo}::int) where id = ${job.id}`);
  }
  return job;
}

async function applicationsTo(tenantId: string, jobId: string, n: number) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await makeApplication(handle, tenantId, jobId, { fullName: `Søker ${i}` }));
  return out;
}

describe('retention purge', () => {
  it('a filled job past its retention days is purged on the next run, one not yet due stays, and a second run erases nothing', async () => {
    const { tenant } = await employer();
    const due = await filledJob(tenant.id, 91);
    const notYet = await filledJob(tenant.id, 89, 'Ikke ennå');
    const dueApps = await applicationsTo(tenant.id, due.id, 3);
    const keptApps = await applicationsTo(tenant.id, notYet.id, 2);
    await asSystem((tx) => tx.insert(outbox).values({ template: 'application-received', language: 'nb', recipient: dueApps[0]!.email, payload: { reference: dueApps[0]!.reference } }));

    // Another employer's due application, outside this run's tenants: a scoped run leaves it alone.
    const elsewhere = await employer('Utenfor AS');
    const [otherApp] = await applicationsTo(elsewhere.tenant.id, (await filledJob(elsewhere.tenant.id, 91)).id, 1);

    const report = await runRetention({ batch: 2, tenantIds: [tenant.id] });
    expect(report.byTenant[tenant.id]).toEqual({ filled: 3, unfilled_cap: 0 });
    expect(report.byTenant[elsewhere.tenant.id]).toBeUndefined();
    expect(await remaining([otherApp!.id])).toEqual([otherApp!.id]);
    expect(await remaining([...dueApps, ...keptApps].map((a) => a.id))).toEqual(keptApps.map((a) => a.id).sort());
    expect(await tombstones(tenant.id)).toBe(3);
    expect(await scalar<number>(handle, sql`select count(*)::int from outbox where payload->>'reference' = ${dueApps[0]!.reference}`)).toBe(0);

    const again = await runRetention({ batch: 2, tenantIds: [tenant.id] });
    expect(again.byTenant[tenant.id]).toBeUndefined();
    expect(await tombstones(tenant.id)).toBe(3);
  });

  it('an archived-after-filled job purges too, by its filled date and the tenant setting', async () => {
    const { tenant } = await employer();
    await handle.owner.execute(sql`update tenants set retention_days = 10 where id = ${tenant.id}`);
    const job = await makeJob(handle, tenant.id, 'Arkivert', { status: 'archived', filledAt: new Date(), archivedAt: new Date() });
    await handle.owner.execute(sql`update jobs set filled_at = now() - interval '11 days' where id = ${job.id}`);
    const [app] = await applicationsTo(tenant.id, job.id, 1);
    expect((await runRetention({ tenantIds: [tenant.id] })).byTenant[tenant.id]).toEqual({ filled: 1, unfilled_cap: 0 });
    expect(await remaining([app!.id])).toEqual([]);
  });

  it('a legal hold on a job keeps all its applications until the hold ends or is released; a hold on one application keeps that one', async () => {
    const { tenant, owner } = await employer();
    const held = await filledJob(tenant.id, 120);
    const heldApps = await applicationsTo(tenant.id, held.id, 2);
    const other = await filledJob(tenant.id, 120, 'Delvis holdt');
    const [keep, go] = await applicationsTo(tenant.id, other.id, 2);
    // 2099 is more than 365 days ahead: refused. A date within the year is accepted.
    expect(await refused(withTenant(owner, (tx) => setLegalHold(tx, owner, { jobId: held.id }, { reason: 'Klage til Diskrimineringsnemnda', until: '2099-01-01' })))).toBe('holdUntil');
    const until = rowsOf<{ d: string }>(await handle.owner.execute(sql`select (public.retention_today() + 30)::text as d`))[0]!.d;
    const holdId = await withTenant(owner, (tx) => setLegalHold(tx, owner, { jobId: held.id }, { reason: 'Klage til Diskrimineringsnemnda', until }));
    await withTenant(owner, (tx) => setLegalHold(tx, owner, { applicationId: keep!.id }, { reason: 'Tvist', until }));

    // The dashboard shows the hold where it shows the date.
    const shown = await withTenant(owner, (tx) => jobRetention(tx, owner, held.id));
    expect(shown?.hold).toMatchObject({ id: holdId, reason: 'Klage til Diskrimineringsnemnda', until, on: 'job' });
    const perApp = await withTenant(owner, (tx) => applicationsRetention(tx, owner, [keep!.id, go!.id]));
    expect(perApp.get(keep!.id)?.hold).toMatchObject({ until, on: 'application' });
    expect(perApp.get(go!.id)?.hold).toBeNull();
    expect(rowsOf<{ d: string | null }>(await asSystem((tx) => tx.execute(sql`select public.application_hold_until(${tenant.id}::uuid, ${heldApps[0]!.id}::uuid)::text as d`)))[0]!.d).toBe(until);

    const report = await runRetention({ tenantIds: [tenant.id] });
    expect(report.byTenant[tenant.id]).toEqual({ filled: 1, unfilled_cap: 0 });
    expect(await remaining([...heldApps, keep!, go!].map((a) => a.id))).toEqual([...heldApps.map((a) => a.id), keep!.id].sort());

    // The job's hold ends (the day passed): its applications go on the next run.
    await handle.owner.execute(sql`update legal_holds set held_until = public.retention_today() - 1 where id = ${holdId}`);
    expect((await runRetention({ tenantIds: [tenant.id] })).byTenant[tenant.id]).toEqual({ filled: 2, unfilled_cap: 0 });
    // The application's hold is released by the owner: it goes too.
    const appHold = rowsOf<{ id: string }>(await handle.owner.execute(sql`select id from legal_holds where application_id = ${keep!.id}`))[0]!.id;
    await withTenant(owner, (tx) => releaseLegalHold(tx, owner, appHold));
    expect((await runRetention({ tenantIds: [tenant.id] })).byTenant[tenant.id]).toEqual({ filled: 1, unfilled_cap: 0 });
    expect(await remaining([keep!.id])).toEqual([]);
    const events = rowsOf<{ event: string }>(await handle.owner.execute(sql`select event from audit_log where tenant_id = ${tenant.id} and event like 'retention.%' order by id`)).map((r) => r.event);
    expect(events).toEqual(['retention.hold_set', 'retention.hold_set', 'retention.hold_released']);
  });

  it('a legal hold also stops the owner’s own “delete now”, for the job and for one application, until it is released', async () => {
    const { tenant, owner } = await employer('Holdt AS');
    const job = await filledJob(tenant.id, 5);
    const [held, free] = await applicationsTo(tenant.id, job.id, 2);
    const until = rowsOf<{ d: string }>(await handle.owner.execute(sql`select (public.retention_today() + 30)::text as d`))[0]!.d;
    const request = { tenantId: tenant.id, actorUserId: owner.userId, reason: 'employer' as const, employerReason: 'duplicate' as const };
    const appHold = await withTenant(owner, (tx) => setLegalHold(tx, owner, { applicationId: held!.id }, { reason: 'Tvist', until }));
    expect(await refused(eraseApplications(request, [held!.id]))).toBe('onHold');
    expect(await refused(eraseJobApplications(request, job.id))).toBe('onHold');
    // Nothing went, not even the application without a hold that shared the refused batch.
    expect(await remaining([held!.id, free!.id])).toEqual([held!.id, free!.id].sort());
    expect(await eraseApplications(request, [free!.id])).toEqual({ erased: 1 });
    await withTenant(owner, (tx) => releaseLegalHold(tx, owner, appHold));
    expect(await eraseApplications(request, [held!.id])).toEqual({ erased: 1 });
  });

  it('a never-filled job purges at the cap after its closing date (end of day, Oslo), or after archiving without one; an open job without a date is kept', async () => {
    const { tenant, owner } = await employer();
    await handle.owner.execute(sql`update tenants set unfilled_cap_days = 30 where id = ${tenant.id}`);
    // Closed 31 days ago: the cap (30 days after the end of that day) has passed.
    const closedLong = await unfilledJob(tenant.id, { closedDaysAgo: 31 });
    // Closed 29 days ago: not yet.
    const closedRecently = await unfilledJob(tenant.id, { closedDaysAgo: 29 });
    // Closed exactly 30 days ago: due at the end of that day + 30 days = midnight tonight, so not yet.
    const closedCapAgo = await unfilledJob(tenant.id, { closedDaysAgo: 30 });
    const archivedLong = await unfilledJob(tenant.id, { archivedDaysAgo: 31 });
    const archivedRecently = await unfilledJob(tenant.id, { archivedDaysAgo: 29 });
    const open = await unfilledJob(tenant.id, {});
    const apps = Object.fromEntries(
      await Promise.all(Object.entries({ closedLong, closedRecently, closedCapAgo, archivedLong, archivedRecently, open }).map(async ([k, j]) => [k, (await applicationsTo(tenant.id, j.id, 1))[0]!] as const)),
    );
    const report = await runRetention({ tenantIds: [tenant.id] });
    expect(report.byTenant[tenant.id]).toEqual({ filled: 0, unfilled_cap: 2 });
    expect(await remaining(Object.values(apps).map((a) => a.id))).toEqual([apps.closedRecently!.id, apps.closedCapAgo!.id, apps.archivedRecently!.id, apps.open!.id].sort());
    // The page shows the same date the purge uses; the open job has none.
    const closed = await withTenant(owner, (tx) => jobRetention(tx, owner, closedRecently.id));
    expect(closed).toMatchObject({ cause: 'unfilled_cap', applications: 1, unfilledCapDays: 30 });
    const expected = rowsOf<{ t: Date | string }>(await handle.owner.execute(sql`select ((closes_on + 1)::timestamp at time zone 'Europe/Oslo') + interval '30 days' as t from jobs where id = ${closedRecently.id}`))[0]!.t;
    expect(closed!.purgeAt!.getTime()).toBe(new Date(expected).getTime());
    expect((await withTenant(owner, (tx) => jobRetention(tx, owner, open.id)))?.purgeAt).toBeNull();
    // The overview lists what goes within 14 days.
    const upcoming = await withTenant(owner, (tx) => upcomingDeletions(tx, owner, 14));
    expect(upcoming.map((u) => u.jobId).sort()).toEqual([closedRecently.id, closedCapAgo.id, archivedRecently.id].sort());
  });

  it('two concurrent runs delete each row exactly once', async () => {
    const { tenant } = await employer();
    const job = await filledJob(tenant.id, 100);
    const apps = await applicationsTo(tenant.id, job.id, 40);
    const [a, b] = await Promise.all([runRetention({ batch: 5, tenantIds: [tenant.id] }), runRetention({ batch: 5, tenantIds: [tenant.id] })]);
    const mine = (r: typeof a) => r.byTenant[tenant.id]?.filled ?? 0;
    expect(mine(a) + mine(b)).toBe(40);
    expect(await remaining(apps.map((x) => x.id))).toEqual([]);
    expect(await tombstones(tenant.id)).toBe(40);
    // The audit lines add up to the same 40: no application was counted twice.
    expect(await scalar<number>(handle, sql`select coalesce(sum((detail->>'count')::int), 0)::int from audit_log where tenant_id = ${tenant.id} and event = 'applications.erased'`)).toBe(40);
  });

  it('owners get one warning 7 days ahead per job and date, without candidate data; recruiters none; a held job none', async () => {
    const { tenant, owner, recruiter } = await employer('Varsel AS');
    const soon = await filledJob(tenant.id, 85, 'Snart slettet');
    const [app] = await applicationsTo(tenant.id, soon.id, 1);
    const heldJob = await filledJob(tenant.id, 85, 'Holdt');
    await applicationsTo(tenant.id, heldJob.id, 1);
    const until = rowsOf<{ d: string }>(await handle.owner.execute(sql`select (public.retention_today() + 30)::text as d`))[0]!.d;
    await withTenant(owner, (tx) => setLegalHold(tx, owner, { jobId: heldJob.id }, { reason: 'Tvist', until }));
    await runRetention({ tenantIds: [tenant.id] });
    await runRetention({ tenantIds: [tenant.id] });
    const emails = rowsOf<{ recipient: string; template: string; payload: Record<string, unknown> }>(
      await handle.owner.execute(sql`select recipient, template, payload from outbox where template = 'retention-warning' and payload->>'employerName' = 'Varsel AS'`),
    );
    const ownerEmail = await scalar<string>(handle, sql`select email from users where id = ${owner.userId}`);
    const recruiterEmail = await scalar<string>(handle, sql`select email from users where id = ${recruiter.userId}`);
    expect(emails.map((e) => e.recipient)).toEqual([ownerEmail]);
    expect(emails[0]!.recipient).not.toBe(recruiterEmail);
    expect(emails[0]!.payload).toMatchObject({ jobTitle: 'Snart slettet', applications: 1, cause: 'filled' });
    expect(JSON.stringify(emails[0]!.payload)).not.toContain(app!.email);
    expect(JSON.stringify(emails[0]!.payload)).not.toContain(app!.fullName);
    // It renders in both languages, naming the job and the count, never a candidate.
    for (const language of ['nb', 'en'] as const) {
      const rendered = await templates['retention-warning'](emails[0]!.payload as Parameters<(typeof templates)['retention-warning']>[0], language);
      expect(rendered.subject).toContain('Snart slettet');
      expect(rendered.text).toContain(String(emails[0]!.payload.url));
      expect(`${rendered.html}${rendered.text}`).not.toContain(app!.email);
    }
    expect(await remaining([app!.id])).toEqual([app!.id]);
  });
});

describe('who may change retention', () => {
  it('only an owner changes the periods or sets holds, refused in SQL for a recruiter however it is called', async () => {
    const { tenant, owner, recruiter } = await employer();
    const job = await filledJob(tenant.id, 1);
    const [app] = await applicationsTo(tenant.id, job.id, 1);
    const until = rowsOf<{ d: string }>(await handle.owner.execute(sql`select (public.retention_today() + 10)::text as d`))[0]!.d;

    expect(await refused(withTenant(recruiter, (tx) => updateRetentionSettings(tx, recruiter, { retentionDays: 30, unfilledCapDays: 60 })))).toBe('forbidden');
    expect(await refused(withTenant(recruiter, (tx) => setLegalHold(tx, recruiter, { jobId: job.id }, { reason: 'x', until })))).toBe('forbidden');
    // Straight SQL on the app's connection, as a recruiter's or an owner's door.
    expect(await dbError(withTenant(recruiter, (tx) => tx.execute(sql`update tenants set retention_days = 365 where id = ${tenant.id}`)))).toMatch(/permission denied/);
    expect(await dbError(withTenant(owner, (tx) => tx.execute(sql`update tenants set unfilled_cap_days = 730 where id = ${tenant.id}`)))).toMatch(/permission denied/);
    expect(await dbError(withTenant(owner, (tx) => tx.execute(sql`insert into legal_holds (tenant_id, job_id, reason, held_until) values (${tenant.id}, ${job.id}, 'x', ${until})`)))).toMatch(/permission denied/);
    expect(await dbError(asSystem((tx) => tx.execute(sql`update tenants set retention_days = 365 where id = ${tenant.id}`)))).toMatch(/permission denied/);
    // A door without a member (public candidate work) may not either.
    expect(await refused(withTenant({ tenantId: tenant.id }, (tx) => updateRetentionSettings(tx, { tenantId: tenant.id }, { retentionDays: 30, unfilledCapDays: 60 })))).toBe('forbidden');

    // The owner can, within the ranges; the database checks them too.
    await withTenant(owner, (tx) => updateRetentionSettings(tx, owner, { retentionDays: 30, unfilledCapDays: 60 }));
    expect(await withTenant(recruiter, (tx) => retentionSettings(tx, recruiter))).toEqual({ retentionDays: 30, unfilledCapDays: 60 });
    expect(await refused(withTenant(owner, (tx) => updateRetentionSettings(tx, owner, { retentionDays: 366, unfilledCapDays: 60 })))).toBe('retentionDays');
    expect(await refused(withTenant(owner, (tx) => updateRetentionSettings(tx, owner, { retentionDays: 30, unfilledCapDays: 29 })))).toBe('unfilledCapDays');
    expect(await refused(withTenant(owner, (tx) => setLegalHold(tx, owner, { applicationId: app!.id }, { reason: 'x'.repeat(501), until })))).toBe('holdReason');
    // Another tenant's job is not found.
    const other = await employer('Annen AS');
    const foreign = await filledJob(other.tenant.id, 1);
    expect(await refused(withTenant(owner, (tx) => setLegalHold(tx, owner, { jobId: foreign.id }, { reason: 'x', until })))).toBe('not_found');
    // Nor can the app's connection move the never-filled clock into the past (the cap trusts these dates).
    const open = await makeJob(handle, tenant.id, 'Åpen');
    await applicationsTo(tenant.id, open.id, 1);
    expect(await dbError(withTenant(owner, (tx) => tx.execute(sql`update jobs set closes_on = current_date - 400 where id = ${open.id}`)))).toMatch(/closing date/);
    expect(await dbError(withTenant(owner, (tx) => tx.execute(sql`update jobs set status = 'archived', archived_at = now() - interval '400 days' where id = ${open.id}`)))).toMatch(/archive date/);
    await withTenant(owner, (tx) => tx.execute(sql`update jobs set closes_on = public.retention_today() - 1 where id = ${open.id}`));
    const audit = rowsOf<{ detail: unknown }>(await handle.owner.execute(sql`select detail from audit_log where tenant_id = ${tenant.id} and event = 'retention.settings_changed'`));
    expect(audit).toEqual([{ detail: { retentionDays: [90, 30], unfilledCapDays: [180, 60] } }]);
  });
});

describe('the cron route', () => {
  it('refuses without the bearer secret and answers with counts with it', async () => {
    process.env.CRON_SECRET = 'retention-test-secret-0123456789';
    const { GET, POST } = await import('../../app/api/cron/retention/route');
    expect((await GET(new Request('http://localhost/api/cron/retention'))).status).toBe(401);
    expect((await POST(new Request('http://localhost/api/cron/retention', { method: 'POST', headers: { authorization: 'Bearer wrong-secret-0123456789' } }))).status).toBe(401);
    const ok = await POST(new Request('http://localhost/api/cron/retention', { method: 'POST', headers: { authorization: `Bearer ${process.env.CRON_SECRET}` } }));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ erased: expect.any(Number), batches: expect.any(Number), warnings: expect.any(Number), byTenant: expect.any(Object) });
  });
});
