import { createHash, randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withTenant } from '../../db/doors';
import { applicationFiles, applications } from '../../db/schema';
import { checkAttachments } from '../../lib/applications/attachments';
import type { CountedAttempt } from '../../lib/applications/limits';
import { receiveApplication, type ApplicationSubmission } from '../../lib/applications/receive';
import { loadReceipt, storeApplicationIn, type NewApplication } from '../../lib/applications/store';

/** What the apply path does: the tenant door, then the store. */
const storeApplication = (ctx: { tenantId: string }, input: NewApplication) => withTenant(ctx, (tx) => storeApplicationIn(tx, ctx, input));
import { eraseApplications } from '../../lib/erasure/erase';
import { pdf } from '../fixtures/documents';
import { makeMember } from './fixtures/applications';
import { dbError, makeJob, makeTenant, scalar, testDb } from './db';

const handle = testDb();

async function checkedPdf(name = 'cv.pdf') {
  const result = await checkAttachments([{ name, bytes: pdf(`CV ${name}`) }]);
  if (!result.ok) throw new Error('fixture PDF refused');
  return result.files;
}

async function newApplication(jobSlug: string, patch: Partial<NewApplication> = {}): Promise<NewApplication> {
  return {
    jobSlug,
    language: 'nb',
    fields: { fullName: 'Kari Nordmann', birthDate: '1991-04-12', email: 'kari@example.no', phone: '+4791234567', coverLetter: 'Hei!', consent: true },
    files: await checkedPdf(),
    idempotencyKey: randomUUID(),
    submissionHash: createHash('sha256').update(randomUUID()).digest('hex'),
    employerName: 'Test AS',
    retentionDays: 90,
    ...patch,
  };
}

async function setup() {
  const tenant = await makeTenant(handle);
  const job = await makeJob(handle, tenant.id);
  const stored = await storeApplication({ tenantId: tenant.id }, await newApplication(job.slug));
  if (stored.kind !== 'stored') throw new Error('setup failed');
  return { tenant, job, applicationId: stored.applicationId };
}

describe('submitted applications are immutable', () => {
  it('refuses UPDATE, DELETE and TRUNCATE on applications and files as the runtime role', async () => {
    const { tenant, applicationId } = await setup();
    const ctx = { tenantId: tenant.id };
    for (const statement of [
      () => withTenant(ctx, (tx) => tx.update(applications).set({ fullName: 'Changed' }).where(eq(applications.id, applicationId))),
      () => withTenant(ctx, (tx) => tx.delete(applications).where(eq(applications.id, applicationId))),
      () => withTenant(ctx, (tx) => tx.update(applicationFiles).set({ fileName: 'x.pdf' }).where(eq(applicationFiles.applicationId, applicationId))),
      () => withTenant(ctx, (tx) => tx.delete(applicationFiles).where(eq(applicationFiles.applicationId, applicationId))),
      () => withTenant(ctx, (tx) => tx.execute(sql`truncate applications cascade`)),
      () => withTenant(ctx, (tx) => tx.execute(sql`truncate application_files`)),
    ]) {
      expect(await dbError(statement())).toMatch(/permission denied|refused/i);
    }
    expect(await scalar(handle, sql`select full_name from applications where id = ${applicationId}`)).toBe('Kari Nordmann');
  });

  it('refuses UPDATE, DELETE and TRUNCATE even to the table owner connecting directly', async () => {
    const { applicationId } = await setup();
    for (const statement of [
      sql`update applications set full_name = 'Changed' where id = ${applicationId}`,
      sql`delete from applications where id = ${applicationId}`,
      sql`update application_files set file_name = 'x.pdf' where application_id = ${applicationId}`,
      sql`delete from application_files where application_id = ${applicationId}`,
      sql`truncate application_files`,
      sql`truncate applications cascade`,
    ]) {
      expect(await dbError(handle.owner.execute(statement))).toMatch(/refused: submitted data cannot be changed|TRUNCATE on \w+ refused/);
    }
    expect(await scalar(handle, sql`select count(*)::int from application_files where application_id = ${applicationId}`)).toBe(1);
  });

  it('lets only the purge path delete an application and its files', async () => {
    const { tenant, applicationId } = await setup();
    const owner = await makeMember(handle, tenant.id, 'owner');
    expect(await eraseApplications({ tenantId: tenant.id, actorUserId: owner.userId, reason: 'employer', employerReason: 'sent_in_error' }, [applicationId])).toEqual({ erased: 1 });
    expect(await scalar(handle, sql`select count(*)::int from applications where id = ${applicationId}`)).toBe(0);
    expect(await scalar(handle, sql`select count(*)::int from application_files where application_id = ${applicationId}`)).toBe(0);
  });
});

describe('an application and its files are stored together or not at all', () => {
  it('stores the application, its files and the confirmation email in one go', async () => {
    const tenant = await makeTenant(handle);
    const job = await makeJob(handle, tenant.id);
    const input = await newApplication(job.slug, { fields: { ...(await newApplication(job.slug)).fields, email: `kari-${randomUUID().slice(0, 8)}@example.no` } });
    const stored = await storeApplication({ tenantId: tenant.id }, input);
    expect(stored).toMatchObject({ kind: 'stored', repeat: false });
    if (stored.kind !== 'stored') return;
    expect(stored.reference).toMatch(/^SR-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const file = (await handle.owner.select().from(applicationFiles).where(eq(applicationFiles.applicationId, stored.applicationId)))[0]!;
    expect(file.contentType).toBe('application/pdf');
    expect(Buffer.from(file.content).equals(Buffer.from(input.files[0]!.content))).toBe(true);
    expect(await scalar(handle, sql`select count(*)::int from outbox where recipient = ${input.fields.email} and template = 'application-received'`)).toBe(1);
  });

  it('leaves nothing behind when storing a file fails after the application row was written', async () => {
    const tenant = await makeTenant(handle);
    const job = await makeJob(handle, tenant.id);
    const [file] = await checkedPdf();
    const email = `broken-${randomUUID().slice(0, 8)}@example.no`;
    const base = await newApplication(job.slug);
    // An impossible size (integer overflow) makes the file insert fail mid-transaction.
    const input = { ...base, fields: { ...base.fields, email }, files: [file!, { ...file!, size: 2 ** 40 }] };
    expect(await dbError(storeApplication({ tenantId: tenant.id }, input))).toMatch(/out of range/i);
    expect(await scalar(handle, sql`select count(*)::int from applications where idempotency_key = ${input.idempotencyKey}`)).toBe(0);
    expect(await scalar(handle, sql`select count(*)::int from application_files where tenant_id = ${tenant.id}`)).toBe(0);
    expect(await scalar(handle, sql`select count(*)::int from outbox where recipient = ${email}`)).toBe(0);
  });
});

describe('exactly once', () => {
  it('two concurrent submits with one idempotency key store one application and give one receipt', async () => {
    const tenant = await makeTenant(handle);
    const job = await makeJob(handle, tenant.id);
    const input = await newApplication(job.slug);
    const [a, b] = await Promise.all([
      storeApplication({ tenantId: tenant.id }, input),
      storeApplication({ tenantId: tenant.id }, input),
    ]);
    expect(a.kind === 'stored' && b.kind === 'stored' && a.reference === b.reference).toBe(true);
    expect([a, b].filter((r) => r.kind === 'stored' && r.repeat).length).toBe(1);
    expect(await scalar(handle, sql`select count(*)::int from applications where tenant_id = ${tenant.id}`)).toBe(1);
    expect(await scalar(handle, sql`select count(*)::int from application_files where tenant_id = ${tenant.id}`)).toBe(1);
    expect(await scalar(handle, sql`select count(*)::int from outbox where payload->>'reference' = ${a.kind === 'stored' ? a.reference : ''}`)).toBe(1);
  });

  it('a later retry with the same key returns the first receipt, even after the job closed', async () => {
    const tenant = await makeTenant(handle);
    const job = await makeJob(handle, tenant.id);
    const input = await newApplication(job.slug);
    const first = await storeApplication({ tenantId: tenant.id }, input);
    await handle.owner.execute(sql`update jobs set status = 'closed' where tenant_id = ${tenant.id} and id = ${job.id}`);
    const again = await storeApplication({ tenantId: tenant.id }, input);
    // The same receipt; no second email is queued (emailId is only for the call that queued one).
    expect(again).toEqual({ ...first, emailId: undefined, repeat: true });
  });

  it('a deliberate second application by the same email is its own row, linked to the first', async () => {
    const tenant = await makeTenant(handle);
    const job = await makeJob(handle, tenant.id);
    const first = await storeApplication({ tenantId: tenant.id }, await newApplication(job.slug));
    const secondInput = await newApplication(job.slug);
    secondInput.fields = { ...secondInput.fields, email: 'KARI@example.no' };
    const second = await storeApplication({ tenantId: tenant.id }, secondInput);
    if (first.kind !== 'stored' || second.kind !== 'stored') throw new Error('not stored');
    expect(second.applicationId).not.toBe(first.applicationId);
    expect(await scalar(handle, sql`select previous_application_id from applications where id = ${second.applicationId}`)).toBe(first.applicationId);
    // The receipt says nothing about the first (review M5): only the email to that address may.
    const receipt = await loadReceipt({ tenantId: tenant.id }, second.reference);
    expect(receipt).toMatchObject({ jobSlug: job.slug });
    expect(receipt).not.toHaveProperty('linkedToPrevious');
  });

  it('refuses applications to closed, filled and past-deadline jobs', async () => {
    const tenant = await makeTenant(handle);
    const closed = await makeJob(handle, tenant.id, 'Closed', { status: 'closed' });
    const filled = await makeJob(handle, tenant.id, 'Filled', { status: 'filled', filledAt: new Date() });
    const past = await makeJob(handle, tenant.id, 'Past', { closesOn: '2020-01-01' });
    for (const job of [closed, filled, past]) {
      expect(await storeApplication({ tenantId: tenant.id }, await newApplication(job.slug))).toEqual({ kind: 'closed' });
    }
    expect(await scalar(handle, sql`select count(*)::int from applications where tenant_id = ${tenant.id}`)).toBe(0);
  });
});

describe('the public door checks before it stores', () => {
  const submission = (tenantSlug: string, jobSlug: string, patch: Partial<ApplicationSubmission> = {}): ApplicationSubmission => ({
    tenantSlug,
    jobSlug,
    language: 'en',
    raw: { fullName: 'Kari Nordmann', birthDate: '1991-04-12', email: 'kari@example.no', phone: '912 34 567', coverLetter: '', consent: true },
    honeypot: '',
    files: [{ name: 'cv.pdf', bytes: pdf() }],
    // The per-client count before the body is read is the endpoint's (tests/integration/apply-junk.test.ts).
    counted: {} as CountedAttempt,
    ...patch,
  });

  it('stores a valid submission with the phone in E.164', async () => {
    const tenant = await makeTenant(handle);
    const job = await makeJob(handle, tenant.id);
    const result = await receiveApplication(submission(tenant.slug, job.slug));
    expect(result.kind).toBe('stored');
    if (result.kind === 'stored') expect(await scalar(handle, sql`select phone from applications where id = ${result.applicationId}`)).toBe('+4791234567');
  });

  it('refuses a fødselsnummer in the letter, a filled honeypot and an unknown tenant, storing nothing', async () => {
    const tenant = await makeTenant(handle);
    const job = await makeJob(handle, tenant.id);
    const withId = submission(tenant.slug, job.slug);
    withId.raw = { ...withId.raw, coverLetter: 'Fødselsnummer: 01019012391' };
    expect(await receiveApplication(withId)).toEqual({ kind: 'invalid', errors: { coverLetter: 'sensitive' } });
    expect(await receiveApplication(submission(tenant.slug, job.slug, { honeypot: 'http://spam' }))).toEqual({ kind: 'rejected' });
    expect(await receiveApplication(submission('no-such-employer', job.slug))).toEqual({ kind: 'notFound' });
    expect(await scalar(handle, sql`select count(*)::int from applications where tenant_id = ${tenant.id}`)).toBe(0);
  });

  it('limits applications per email address', async () => {
    const tenant = await makeTenant(handle);
    const job = await makeJob(handle, tenant.id);
    // Eight hex digits at most: a whole UUID's digit groups, joined, can look like an account number to the guard (1 in 200).
    const email = `limit-${randomUUID().slice(0, 8)}@example.no`;
    const results = [];
    for (let i = 0; i < 6; i++) {
      const s = submission(tenant.slug, job.slug);
      // Six different applications (the same one again would be a retry, not counted).
      s.raw = { ...s.raw, email, coverLetter: `Søknad nummer ${i + 1}.` };
      results.push((await receiveApplication(s)).kind);
    }
    expect(results).toEqual(['stored', 'stored', 'stored', 'stored', 'stored', 'rateLimited']);
  });

  it('a double click (two concurrent sends of one form) and a later retry store one application and give one receipt, with no key from the form', async () => {
    const tenant = await makeTenant(handle);
    const job = await makeJob(handle, tenant.id);
    const email = `double-${randomUUID().slice(0, 8)}@example.no`;
    const send = () => receiveApplication(submission(tenant.slug, job.slug, { raw: { ...submission(tenant.slug, job.slug).raw, email } }));
    const [a, b] = await Promise.all([send(), send()]);
    const later = await send();
    expect([a.kind, b.kind, later.kind]).toEqual(['stored', 'stored', 'stored']);
    if (a.kind !== 'stored' || b.kind !== 'stored' || later.kind !== 'stored') return;
    expect(b.reference).toBe(a.reference);
    expect(later).toMatchObject({ reference: a.reference, repeat: true });
    expect([a, b].filter((r) => r.repeat).length).toBe(1);
    expect(await scalar(handle, sql`select count(*)::int from applications where tenant_id = ${tenant.id}`)).toBe(1);
    expect(await scalar(handle, sql`select count(*)::int from outbox where recipient = ${email}`)).toBe(1);
  });

  it('other content from the same address is a new application, linked to the first; the same content to another job is stored there', async () => {
    const tenant = await makeTenant(handle);
    const job = await makeJob(handle, tenant.id);
    const other = await makeJob(handle, tenant.id, 'Designer');
    const email = `again-${randomUUID().slice(0, 8)}@example.no`;
    const base = submission(tenant.slug, job.slug).raw;
    const first = await receiveApplication(submission(tenant.slug, job.slug, { raw: { ...base, email } }));
    const newLetter = await receiveApplication(submission(tenant.slug, job.slug, { raw: { ...base, email, coverLetter: 'Et nytt brev.' } }));
    const newFile = await receiveApplication(submission(tenant.slug, job.slug, { raw: { ...base, email }, files: [{ name: 'cv.pdf', bytes: pdf('Another CV') }] }));
    const otherJob = await receiveApplication(submission(tenant.slug, other.slug, { raw: { ...base, email } }));
    for (const r of [first, newLetter, newFile, otherJob]) expect(r).toMatchObject({ kind: 'stored', repeat: false });
    const references = [first, newLetter, newFile, otherJob].map((r) => (r.kind === 'stored' ? r.reference : ''));
    expect(new Set(references).size).toBe(4);
    expect(await scalar(handle, sql`select count(*)::int from applications where tenant_id = ${tenant.id} and job_id = ${job.id} and previous_application_id is not null`)).toBe(2);
  });
});
