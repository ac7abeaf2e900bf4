import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client';
import { withTenant } from '../../db/doors';
import { outbox } from '../../db/schema';
import { eraseJobApplications } from '../../lib/erasure/erase';
import { Refused } from '../../lib/errors';
import { jobErasureSummary } from '../../lib/erasure/summary';
import { listJobs } from '../../lib/jobs/jobs';
import { openApplication } from '../../lib/pipeline/detail';
import { addNote, moveToStage, rateApplication } from '../../lib/pipeline/workflow';
import { makeJob, makeTenant, scalar, testDb, asSystem } from './db';
import { makeApplication, makeMember } from './fixtures/applications';

const handle = testDb();
const asTenant = <T>(ctx: { tenantId: string; userId?: string }, fn: Parameters<typeof withTenant<T>>[1]) => withTenant(ctx, fn);
// access_log is not among them: its lines outlive the application, with the detail (file names) blanked (M9).
const PERSON_TABLES = ['applications', 'application_files', 'application_stages', 'application_stage_events', 'application_notes', 'application_ratings'] as const;

/** Rows about these applications in every table that holds a person's data. */
async function rowsAbout(ids: string[]) {
  const counts: Record<string, number> = {};
  for (const table of PERSON_TABLES) {
    const column = sql.identifier(table === 'applications' ? 'id' : 'application_id');
    counts[table] = await scalar<number>(handle, sql`select count(*)::int from ${sql.identifier(table)} where ${column} in ${ids}`);
  }
  return counts;
}
const none = Object.fromEntries(PERSON_TABLES.map((t) => [t, 0]));

/** A filled job with two applications (one with a file, notes, a stage, a rating, a logged view) and an email about each. */
async function filledJobWithApplications(name = 'Fylt AS') {
  const tenant = await makeTenant(handle, name);
  const member = await makeMember(handle, tenant.id, 'owner');
  const job = await makeJob(handle, tenant.id, 'Lagerleder', { status: 'filled', filledAt: new Date() });
  const first = await makeApplication(handle, tenant.id, job.id, { fullName: 'Per Sletting', email: 'per.sletting@example.no' }, { name: 'Per_Sletting_CV.pdf', bytes: new Uint8Array([37, 80, 68, 70]) });
  const second = await makeApplication(handle, tenant.id, job.id, { fullName: 'Siri Sletting', email: 'siri.sletting@example.no' });
  await asTenant(member, (tx) => openApplication(tx, member, first.id));
  await asTenant(member, (tx) => moveToStage(tx, member, first.id, 'rejected', { notify: false }));
  await asTenant(member, (tx) => addNote(tx, member, first.id, 'Per passet ikke'));
  await asTenant(member, (tx) => rateApplication(tx, member, second.id, 3));
  for (const a of [first, second]) {
    await asSystem((tx) => tx.insert(outbox).values({ template: 'application-received', language: 'nb', recipient: a.email, payload: { reference: a.reference, fullName: a.fullName } }));
  }
  return { tenant, member, job, applications: [first, second] };
}

describe('delete all applications of a filled job', () => {
  it('removes every application of the job with files, workflow, notes, log lines and emails in one go, leaving only anonymous tombstones', async () => {
    const { tenant, member, job, applications } = await filledJobWithApplications();
    const ids = applications.map((a) => a.id);
    // Another job of the same tenant keeps its application.
    const otherJob = await makeJob(handle, tenant.id, 'Annen stilling', { status: 'filled', filledAt: new Date() });
    const bystander = await makeApplication(handle, tenant.id, otherJob.id, { fullName: 'Blir Igjen' });

    expect(await asTenant(member, (tx) => jobErasureSummary(tx, member, job.id))).toEqual({ applications: 2, files: 1, tombstones: 0 });
    expect(await eraseJobApplications({ tenantId: tenant.id, actorUserId: member.userId, reason: 'employer' }, job.id)).toEqual({ erased: 2 });

    expect(await rowsAbout(ids)).toEqual(none);
    expect(await scalar<number>(handle, sql`select count(*)::int from outbox where payload->>'reference' in ${applications.map((a) => a.reference)}`)).toBe(0);
    expect(await asTenant(member, (tx) => jobErasureSummary(tx, member, job.id))).toEqual({ applications: 0, files: 0, tombstones: 2 });
    const jobs = await asTenant(member, (tx) => listJobs(tx, member));
    expect(jobs.find((j) => j.id === job.id)).toMatchObject({ total: 0, fresh: 0 });
    expect(jobs.find((j) => j.id === otherJob.id)).toMatchObject({ total: 1 });
    expect((await rowsAbout([bystander.id])).applications).toBe(1);

    // What is left says that they existed, never who they were.
    const left = JSON.stringify(rowsOf(await handle.owner.execute(sql`select e.*, l.event, l.detail from erasures e left join audit_log l on l.tenant_id = e.tenant_id where e.tenant_id = ${tenant.id}`)));
    for (const id of ids) expect(left).toContain(id);
    expect(left).toContain('applications.erased');
    expect(left).not.toMatch(/Sletting|sletting@|Per_Sletting|passet ikke/i);
    const audit = rowsOf<{ user_id: string; detail: { count: number; reason: string; jobIds: string[] } }>(
      await handle.owner.execute(sql`select user_id, detail from audit_log where tenant_id = ${tenant.id} and event = 'applications.erased'`),
    );
    expect(audit).toEqual([{ user_id: member.userId, detail: { count: 2, reason: 'employer', employerReason: 'position_filled', jobIds: [job.id] } }]);
    // Who opened them is still there, pointing at the tombstones, without the file names; and who erased them.
    const log = rowsOf<{ line: string }>(
      await handle.owner.execute(sql`select concat_ws(' ', application_id, action, coalesce(detail, '-'), user_id) as line from access_log where tenant_id = ${tenant.id}`),
    );
    expect(log.map((l) => l.line).sort()).toEqual([`${ids[0]} view - ${member.userId}`, ...ids.map((id) => `${id} delete - ${member.userId}`)].sort());
  });

  it('refuses a job that is not filled, and deletes nothing', async () => {
    const tenant = await makeTenant(handle);
    const member = await makeMember(handle, tenant.id, 'owner');
    const job = await makeJob(handle, tenant.id, 'Fortsatt åpen');
    const app = await makeApplication(handle, tenant.id, job.id);
    await expect(eraseJobApplications({ tenantId: tenant.id, actorUserId: member.userId, reason: 'employer' }, job.id)).rejects.toEqual(new Refused('jobNotFilled'));
    expect((await rowsAbout([app.id])).applications).toBe(1);
    expect(await scalar<number>(handle, sql`select count(*)::int from erasures where job_id = ${job.id}`)).toBe(0);
  });

  it('treats another tenant’s filled job as not there, in the erasure and under RLS', async () => {
    const { job, applications } = await filledJobWithApplications('Offer AS');
    const intruderTenant = await makeTenant(handle, 'Inntrenger AS');
    const intruder = await makeMember(handle, intruderTenant.id, 'owner');
    await expect(eraseJobApplications({ tenantId: intruderTenant.id, actorUserId: intruder.userId, reason: 'employer' }, job.id)).rejects.toEqual(new Refused('not_found'));
    await expect(eraseJobApplications({ tenantId: intruderTenant.id, actorUserId: intruder.userId, reason: 'employer' }, 'not-a-uuid')).rejects.toEqual(new Refused('not_found'));
    // Even pointed at the other tenant's id, the summary in the intruder's door sees nothing.
    expect(await asTenant(intruder, (tx) => jobErasureSummary(tx, { tenantId: job.tenantId }, job.id))).toEqual({ applications: 0, files: 0, tombstones: 0 });
    expect(await rowsAbout(applications.map((a) => a.id))).toMatchObject({ applications: 2, application_files: 1, application_notes: 1 });
  });

  it('is all or nothing: a failure late in the transaction leaves every row and no tombstone', async () => {
    const { tenant, member, job, applications } = await filledJobWithApplications('Halvveis AS');
    const ids = applications.map((a) => a.id);
    const before = await rowsAbout(ids);
    // The outbox clean-up runs after the applications are gone: make it fail for this job's emails only.
    const marker = applications[1]!.reference;
    await handle.owner.execute(sql.raw(`create function fail_erasure_test() returns trigger language plpgsql as $$ begin if old.payload->>'reference' = '${marker}' then raise exception 'simulated failure'; end if; return old; end $$`));
    await handle.owner.execute(sql.raw(`create trigger fail_erasure_test before delete on outbox for each row execute function fail_erasure_test()`));
    try {
      await expect(eraseJobApplications({ tenantId: tenant.id, actorUserId: member.userId, reason: 'employer' }, job.id)).rejects.toThrow();
    } finally {
      await handle.owner.execute(sql.raw(`drop trigger fail_erasure_test on outbox`));
      await handle.owner.execute(sql.raw(`drop function fail_erasure_test()`));
    }
    expect(await rowsAbout(ids)).toEqual(before);
    expect(await scalar<number>(handle, sql`select count(*)::int from erasures where job_id = ${job.id}`)).toBe(0);
    expect(await scalar<number>(handle, sql`select count(*)::int from audit_log where tenant_id = ${tenant.id} and event = 'applications.erased'`)).toBe(0);
    // And once the failure is gone, the same call finishes the job.
    expect(await eraseJobApplications({ tenantId: tenant.id, actorUserId: member.userId, reason: 'employer' }, job.id)).toEqual({ erased: 2 });
  });
});
