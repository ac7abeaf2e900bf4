import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client';
import { withTenant } from '../../db/doors';
import { storeApplicationIn } from '../../lib/applications/store';
import { addCorrection, eraseFromPortal, portalApplications } from '../../lib/candidate/portal';
import { deliverDueEmails } from '../../lib/email/worker';
import { eraseApplications } from '../../lib/erasure/erase';
import { downloadApplicationFile, openApplication } from '../../lib/pipeline/detail';
import { exportApplication } from '../../lib/pipeline/export';
import { addNote, moveToStage, rateApplication } from '../../lib/pipeline/workflow';
import { makeJob, makeTenant, testDb } from './db';
import { makeMember } from './fixtures/applications';
import { portalSessionFor } from './fixtures/portal';

const handle = testDb();

/** A person nobody else in the database shares a single trace with. */
function uniquePerson() {
  const tag = randomUUID().replace(/\D/g, '').slice(0, 6).padEnd(6, '7');
  const letters = randomUUID().replace(/[^a-f]/g, '').slice(0, 6);
  const digits = String(randomInt(1_000_000, 9_999_999));
  return {
    fullName: `Quilla Zedbrook${letters}`,
    email: `quilla.zed${tag}@example.no`,
    phone: `+47 4${digits}`,
    bytes: new Uint8Array([37, 80, 68, 70, ...randomBytes(48)]),
  };
}

interface Column {
  table_name: string;
  column_name: string;
  data_type: string;
}

/** Every text, varchar, char, array, jsonb and bytea column of every table in schema public. */
async function everyColumn(): Promise<Column[]> {
  return rowsOf<Column>(
    await handle.owner.execute(sql`
      select c.table_name, c.column_name, c.data_type
        from information_schema.columns c
        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
       where c.table_schema = 'public'
         and c.data_type in ('text', 'character varying', 'character', 'jsonb', 'json', 'bytea', 'ARRAY')
       order by c.table_name, c.column_name`),
  );
}

/** Where any trace of the person is: "table.column" for each column holding her name, email, phone or file bytes. */
async function tracesOf(person: ReturnType<typeof uniquePerson>): Promise<string[]> {
  const columns = await everyColumn();
  expect(columns.length).toBeGreaterThan(40);
  const words = [person.fullName, person.fullName.split(' ')[1]!, person.email, person.email.split('@')[0]!, person.phone, person.phone.replace(/\D/g, '')];
  const found: string[] = [];
  for (const c of columns) {
    const column = sql.identifier(c.column_name);
    const table = sql.identifier(c.table_name);
    const hit =
      c.data_type === 'bytea'
        ? sql`select count(*)::int as n from ${table} where position(${Buffer.from(person.bytes)}::bytea in ${column}) > 0`
        : sql`select count(*)::int as n from ${table} where ${sql.join(words.map((w) => sql`${column}::text ilike ${`%${w}%`}`), sql` or `)}`;
    const [row] = rowsOf<{ n: number }>(await handle.owner.execute(hit));
    if (row!.n > 0) found.push(`${c.table_name}.${c.column_name}`);
  }
  return found;
}

/**
 * She applies with a file, gets the confirmation email; the employer opens, downloads and exports it, moves it
 * (telling her), notes and rates it; she asks for her link, opens her page and sends a correction. Everything a
 * person can leave behind, in one place.
 */
async function everythingAboutHer() {
  const person = uniquePerson();
  const tenant = await makeTenant(handle, 'Sporløs AS');
  const owner = await makeMember(handle, tenant.id, 'owner');
  const job = await makeJob(handle, tenant.id, 'Kokk');
  const stored = await withTenant({ tenantId: tenant.id }, (tx) =>
    storeApplicationIn(tx, { tenantId: tenant.id }, {
      jobSlug: job.slug,
      language: 'nb',
      fields: { fullName: person.fullName, birthDate: '1991-02-03', email: person.email, phone: person.phone, coverLetter: `Hilsen ${person.fullName}, ${person.phone}`, consent: true },
      files: [{ fileName: `${person.fullName.replace(' ', '_')}_CV.pdf`, contentType: 'application/pdf', size: person.bytes.length, sha256: createHash('sha256').update(person.bytes).digest('hex'), content: person.bytes }],
      idempotencyKey: randomUUID(),
      submissionHash: createHash('sha256').update(person.email).digest('hex'),
      employerName: tenant.name,
      retentionDays: tenant.retentionDays,
    }),
  );
  if (stored.kind !== 'stored') throw new Error(`not stored: ${stored.kind}`);
  const id = stored.applicationId;
  await withTenant(owner, async (tx) => {
    const opened = await openApplication(tx, owner, id);
    await downloadApplicationFile(tx, owner, id, opened!.files[0]!.id);
    await exportApplication(tx, owner, id);
    await moveToStage(tx, owner, id, 'rejected', { notify: true });
    await addNote(tx, owner, id, `${person.fullName} ringte fra ${person.phone}`);
    await rateApplication(tx, owner, id, 2);
  });
  const session = await portalSessionFor(handle, person.email);
  await addCorrection(session, tenant.id, id, `Riktig nummer for ${person.fullName}: ${person.phone}`);
  // Delivered once, as in production, so the sent copies are in the outbox too.
  await deliverAll(person);
  await handle.owner.execute(sql`update jobs set status = 'filled', filled_at = now() where tenant_id = ${tenant.id} and id = ${job.id}`);
  return { person, tenant, owner, job, id, session };
}

/**
 * The outbox worker as in production (a real email service, which keeps no captured copy), for this person's
 * emails only: on PostgreSQL other test files share the outbox and deliver their own.
 */
async function deliverAll(person: { email: string }) {
  const ids = rowsOf<{ id: string }>(await handle.owner.execute(sql`select id from outbox where sent_at is null and lower(recipient) = lower(${person.email})`)).map((r) => r.id);
  if (ids.length) await deliverDueEmails({ sender: async () => undefined, batch: 100, only: ids });
}

describe('after an erasure no row in any table holds the person’s email, name, phone or file bytes', () => {
  it('by retention, once the receipt is sent', async () => {
    const { person, tenant, job, id } = await everythingAboutHer();
    expect((await tracesOf(person)).length).toBeGreaterThan(5);
    await handle.owner.execute(sql`update jobs set filled_at = now() - interval '100 days' where tenant_id = ${tenant.id} and id = ${job.id}`);
    expect(await eraseApplications({ tenantId: tenant.id, actorUserId: null, reason: 'retention' }, [id])).toEqual({ erased: 1 });
    // Before the receipt is sent, its row is the one place her address still is (it must be, to send it).
    expect(await tracesOf(person)).toEqual(['outbox.recipient']);
    // The receipt says what went: the file, the workflow (a stage move, a note, a rating), her correction, the two emails.
    const [receipt] = rowsOf<{ payload: Record<string, unknown> }>(await handle.owner.execute(sql`select payload from outbox where template = 'candidate.erasure-receipt' and recipient = ${person.email}`));
    expect(receipt!.payload).toMatchObject({ reason: 'retention', files: 1, workflow: 3, corrections: 1, emails: 2, jobTitle: 'Kokk', employerName: 'Sporløs AS' });
    await deliverAll(person);
    expect(await tracesOf(person)).toEqual([]);
  });

  it('by the employer, once the receipt is sent', async () => {
    const { person, tenant, owner, id } = await everythingAboutHer();
    expect(await tracesOf(person)).toEqual(expect.arrayContaining(['applications.email', 'application_files.content', 'application_corrections.body', 'candidate_portal_sessions.email_key', 'outbox.recipient']));
    expect(await eraseApplications({ tenantId: tenant.id, actorUserId: owner.userId, reason: 'employer', employerReason: 'candidate_asked' }, [id])).toEqual({ erased: 1 });
    await deliverAll(person);
    expect(await tracesOf(person)).toEqual([]);
  });

  it('by the candidate herself, once the receipt is sent', async () => {
    const { person, session, id } = await everythingAboutHer();
    expect((await portalApplications(session))!.map((a) => a.id)).toEqual([id]);
    expect(await eraseFromPortal(session, [id])).toBe(1);
    await deliverAll(person);
    expect(await tracesOf(person)).toEqual([]);
  });
});
