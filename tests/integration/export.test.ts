import { randomUUID } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { withTenant } from '../../db/doors';
import { memberships, users } from '../../db/schema';
import { listAccessLog } from '../../lib/pipeline/access-log';
import { exportApplication, exportJob } from '../../lib/pipeline/export';
import { addNote, moveToStage, rateApplication } from '../../lib/pipeline/workflow';
import { asSystem, makeJob, makeTenant, member, testDb } from './db';
import { makeApplication, makeMember } from './fixtures/applications';

const handle = testDb();
const asTenant = <T>(ctx: { tenantId: string; userId?: string }, fn: Parameters<typeof withTenant<T>>[1]) => withTenant(ctx, fn);

/** A member with a real name, so the export can be checked for authors' names. */
async function namedMember(tenantId: string, name: string) {
  return asSystem(async (tx) => {
    const [user] = await tx.insert(users).values({ email: `m.${randomUUID().slice(0, 8)}@example.test`, name, passwordHash: 'x' }).returning();
    await tx.insert(memberships).values({ tenantId, userId: user!.id, role: 'recruiter' });
    return member(tenantId, user!.id, 'recruiter');
  });
}

/** The job export streams: read it to the end (after its transaction, as the browser does). */
const unzipStream = async (stream: ReadableStream<Uint8Array>) => unzipSync(new Uint8Array(await new Response(stream).arrayBuffer()));

/** Every key anywhere in a JSON document. */
const keysOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap(keysOf) : value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]) : [];

const INTERNAL_KEYS = ['tenantId', 'id', 'jobId', 'applicationId', 'emailKey', 'idempotencyKey', 'submissionHash', 'previousApplicationId', 'userId', 'authorUserId', 'actorUserId'];

describe('exporting an application for the HR system', () => {
  it('puts every field and the original bytes in the ZIP and logs the export', async () => {
    const tenant = await makeTenant(handle);
    const job = await makeJob(handle, tenant.id);
    const member = await makeMember(handle, tenant.id);
    const bytes = new Uint8Array([37, 80, 68, 70, 45, 1, 2, 3]);
    const app = await makeApplication(handle, tenant.id, job.id, {}, { name: '../cv.pdf', bytes });

    const result = await asTenant(member, (tx) => exportApplication(tx, member, app.id));
    const files = unzipSync(result!.zip);
    expect(Object.keys(files).sort()).toEqual(['application.json', 'files/cv.pdf'].sort());
    expect([...files['files/cv.pdf']!]).toEqual([...bytes]);
    const doc = JSON.parse(strFromU8(files['application.json']!)) as { reference: string; candidate: Record<string, unknown>; files: Array<{ uploadedName: string; path: string }> };
    expect(doc.reference).toBe(app.reference);
    for (const field of ['fullName', 'birthDate', 'email', 'phone', 'coverLetter', 'language']) expect(doc.candidate, field).toHaveProperty(field);
    expect(doc).toHaveProperty('consentedAt');
    expect(doc).toHaveProperty('submittedAt');
    expect(doc.files.map((f) => [f.uploadedName, f.path])).toEqual([['../cv.pdf', 'files/cv.pdf']]);

    const log = await asTenant(member, (tx) => listAccessLog(tx, member, { applicationId: app.id }));
    expect(log.map((l) => l.action)).toEqual(['export']);
  });

  it('exports a whole job: a folder per application, a summary.csv that cannot run formulas, each export logged', async () => {
    const tenant = await makeTenant(handle);
    const job = await makeJob(handle, tenant.id);
    const member = await makeMember(handle, tenant.id);
    const first = await makeApplication(handle, tenant.id, job.id, { fullName: '=HYPERLINK("x")' }, { name: 'cv.pdf', bytes: new Uint8Array([37, 80, 68, 70]) });
    const second = await makeApplication(handle, tenant.id, job.id);

    const result = await asTenant(member, (tx) => exportJob(tx, member, job.id));
    expect(result?.count).toBe(2);
    const files = await unzipStream(result!.zip);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['summary.csv', `${first.reference}/application.json`, `${first.reference}/files/cv.pdf`, `${second.reference}/application.json`]));
    // UTF-8 byte order mark first (TextDecoder drops it when decoding), then `;`-separated.
    expect([...files['summary.csv']!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = strFromU8(files['summary.csv']!);
    expect(text.startsWith('"reference";"submitted_at";')).toBe(true);
    const csv = text.trim().split('\r\n');
    expect(csv).toHaveLength(3);
    expect(csv[1]).toContain(`"'=HYPERLINK(""x"")"`);
    // The fixture's +47 912 34 567 reads as a Norwegian number, not as a formula and without an apostrophe.
    expect(csv[1]).toContain(';"91 23 45 67";');
    const log = await asTenant(member, (tx) => listAccessLog(tx, member, { action: 'export' }));
    expect(log.map((l) => l.applicationId).sort()).toEqual([first.id, second.id].sort());
  });

  it('gives the HR system the stage history, notes and ratings with dates and names, and none of our internal fields', async () => {
    const tenant = await makeTenant(handle);
    const job = await makeJob(handle, tenant.id);
    const ingrid = await namedMember(tenant.id, 'Ingrid Rekrutterer');
    const ola = await namedMember(tenant.id, 'Ola Leder');
    const earlier = await makeApplication(handle, tenant.id, job.id, { email: 'kari@example.no' });
    const app = await makeApplication(handle, tenant.id, job.id, { email: 'kari@example.no', previousApplicationId: earlier.id });
    await asTenant(ingrid, async (tx) => {
      await moveToStage(tx, ingrid, app.id, 'in_review', { notify: false });
      await addNote(tx, ingrid, app.id, 'Sterk på logistikk.');
      await rateApplication(tx, ingrid, app.id, 4);
    });
    await asTenant(ola, async (tx) => {
      await moveToStage(tx, ola, app.id, 'interview', { notify: false });
      await rateApplication(tx, ola, app.id, 5);
    });

    const single = JSON.parse(strFromU8(unzipSync((await asTenant(ingrid, (tx) => exportApplication(tx, ingrid, app.id)))!.zip)['application.json']!));
    const whole = await unzipStream((await asTenant(ingrid, (tx) => exportJob(tx, ingrid, job.id)))!.zip);
    const inJob = JSON.parse(strFromU8(whole[`${app.reference}/application.json`]!));
    for (const doc of [single, inJob]) {
      expect(doc).toMatchObject({
        reference: app.reference,
        previousReference: earlier.reference,
        stage: 'interview',
        stageHistory: [
          { from: 'new', to: 'in_review', by: 'Ingrid Rekrutterer', candidateNotified: false },
          { from: 'in_review', to: 'interview', by: 'Ola Leder', candidateNotified: false },
        ],
        notes: [{ body: 'Sterk på logistikk.', author: 'Ingrid Rekrutterer' }],
        averageRating: 4.5,
        job: { title: job.title, slug: job.slug },
      });
      expect(doc.ratings.map((r: { by: string; rating: number }) => [r.by, r.rating]).sort()).toEqual([['Ingrid Rekrutterer', 4], ['Ola Leder', 5]]);
      for (const dated of [...doc.stageHistory.map((h: { at: string }) => h.at), doc.notes[0].createdAt, doc.stageChangedAt]) expect(Number.isNaN(Date.parse(dated))).toBe(false);
      // Nothing that only means something inside our database.
      expect(keysOf(doc).filter((k) => INTERNAL_KEYS.includes(k))).toEqual([]);
      const text = JSON.stringify(doc);
      for (const secret of [tenant.id, app.id, app.idempotencyKey, job.id, ingrid.userId, ola.userId]) expect(text).not.toContain(secret);
    }

    // The summary carries the stage and the rating too, for Norwegian Excel.
    const csv = strFromU8(whole['summary.csv']!);
    const line = csv.split('\r\n').find((l) => l.startsWith(`"${app.reference}"`))!;
    expect(line).toContain('"interview"');
    expect(line).toContain('"4,5"');
  });

  it('streams the job ZIP with the files stored byte for byte (no second compression), read after the export was logged', async () => {
    const tenant = await makeTenant(handle);
    const job = await makeJob(handle, tenant.id);
    const member = await makeMember(handle, tenant.id);
    const payload = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251);
    payload.set([37, 80, 68, 70, 45], 0);
    const app = await makeApplication(handle, tenant.id, job.id, {}, { name: 'cv.pdf', bytes: payload });
    const result = await asTenant(member, (tx) => exportJob(tx, member, job.id));
    expect(result!.zip).toBeInstanceOf(ReadableStream);
    // The transaction is over: the access log is already written, the bytes come as the stream is read.
    const log = await asTenant(member, (tx) => listAccessLog(tx, member, { applicationId: app.id }));
    expect(log.map((l) => l.action)).toEqual(['export']);
    const raw = new Uint8Array(await new Response(result!.zip).arrayBuffer());
    expect(Buffer.from(raw).includes(Buffer.from(payload))).toBe(true);
    expect([...unzipSync(raw)[`${app.reference}/files/cv.pdf`]!]).toEqual([...payload]);
  });

  it('finds nothing for another tenant’s application and logs nothing', async () => {
    const a = await makeTenant(handle);
    const b = await makeTenant(handle);
    const app = await makeApplication(handle, a.id, (await makeJob(handle, a.id)).id);
    const outsider = await makeMember(handle, b.id);
    expect(await asTenant(outsider, (tx) => exportApplication(tx, outsider, app.id))).toBeNull();
    expect(await asTenant(outsider, (tx) => listAccessLog(tx, outsider, {}))).toEqual([]);
  });
});
