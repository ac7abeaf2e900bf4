import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client';
import { withTenant } from '../../db/doors';
import { applicationFiles, outbox } from '../../db/schema';
import { eraseApplications } from '../../lib/erasure/erase';
import { createJob, listJobs, moveJob } from '../../lib/jobs/jobs';
import { Refused } from '../../lib/errors';
import { listAccessLog } from '../../lib/pipeline/access-log';
import { downloadApplicationFile, openApplication, previewApplicationFile } from '../../lib/pipeline/detail';
import { countByStage, listCandidates } from '../../lib/pipeline/list';
import { addNote, deleteNote, editNote, moveToStage, rateApplication } from '../../lib/pipeline/workflow';
import { makeJob, makeTenant, testDb, asSystem } from './db';
import { makeApplication, makeMember } from './fixtures/applications';

const handle = testDb();
const asTenant = <T>(ctx: { tenantId: string; userId?: string }, fn: Parameters<typeof withTenant<T>>[1]) => withTenant(ctx, fn);

async function snapshotRow(id: string) {
  return rowsOf<Record<string, unknown>>(await handle.owner.execute(sql`select * from applications where id = ${id}`))[0];
}

describe('employer workflow is kept apart from the immutable application', () => {
  it('moves stages, notes and ratings without changing one byte of the application row', async () => {
    const tenant = await makeTenant(handle);
    const job = await makeJob(handle, tenant.id);
    const member = await makeMember(handle, tenant.id);
    const app = await makeApplication(handle, tenant.id, job.id, {}, { name: 'cv.pdf', bytes: new Uint8Array([37, 80, 68, 70]) });
    const before = await snapshotRow(app.id);

    await asTenant(member, (tx) => moveToStage(tx, member, app.id, 'in_review', { notify: false }));
    await asTenant(member, (tx) => moveToStage(tx, member, app.id, 'interview', { notify: true }));
    const note = await asTenant(member, (tx) => addNote(tx, member, app.id, 'Sterk kandidat'));
    await asTenant(member, (tx) => editNote(tx, member, note.id, 'Sterk kandidat, ring tirsdag'));
    await asTenant(member, (tx) => rateApplication(tx, member, app.id, 4));

    const detail = await asTenant(member, (tx) => openApplication(tx, member, app.id));
    expect(detail?.stage).toBe('interview');
    expect(detail?.history.map((h) => [h.from, h.to])).toEqual([['new', 'in_review'], ['in_review', 'interview']]);
    expect(detail?.notes.map((n) => n.body)).toEqual(['Sterk kandidat, ring tirsdag']);
    expect(detail?.myRating).toBe(4);
    expect(await snapshotRow(app.id)).toEqual(before);
  });

  it('lets only the author edit or delete a note', async () => {
    const tenant = await makeTenant(handle);
    const job = await makeJob(handle, tenant.id);
    const author = await makeMember(handle, tenant.id);
    const colleague = await makeMember(handle, tenant.id);
    const app = await makeApplication(handle, tenant.id, job.id);
    const note = await asTenant(author, (tx) => addNote(tx, author, app.id, 'Mitt notat'));
    await expect(asTenant(colleague, (tx) => editNote(tx, colleague, note.id, 'Endret'))).rejects.toEqual(new Refused('notAuthor'));
    await expect(asTenant(colleague, (tx) => deleteNote(tx, colleague, note.id))).rejects.toEqual(new Refused('notAuthor'));
    await asTenant(author, (tx) => deleteNote(tx, author, note.id));
    const detail = await asTenant(author, (tx) => openApplication(tx, author, app.id));
    expect(detail?.notes).toEqual([]);
  });

  it('treats another tenant’s application as not there', async () => {
    const a = await makeTenant(handle);
    const b = await makeTenant(handle);
    const bJob = await makeJob(handle, b.id);
    const bApp = await makeApplication(handle, b.id, bJob.id, { fullName: 'Secret Person' });
    const memberA = await makeMember(handle, a.id);
    expect(await asTenant(memberA, (tx) => openApplication(tx, memberA, bApp.id))).toBeNull();
    await expect(asTenant(memberA, (tx) => moveToStage(tx, memberA, bApp.id, 'rejected', { notify: false }))).rejects.toEqual(new Refused('not_found'));
    // Even with the tenant's own filter pointed at B, RLS in A's door returns nothing.
    const leaked = await asTenant(memberA, (tx) => listCandidates(tx, { tenantId: b.id }));
    expect(leaked.rows).toEqual([]);
  });
});

describe('application lists', () => {
  it('pages newest first with a keyset cursor, one row per person per job, filtered by stage and search', async () => {
    const tenant = await makeTenant(handle);
    const job = await makeJob(handle, tenant.id);
    const member = await makeMember(handle, tenant.id);
    const base = Date.now() - 3_600_000;
    const made: Awaited<ReturnType<typeof makeApplication>>[] = [];
    for (let i = 0; i < 7; i++) {
      made.push(await makeApplication(handle, tenant.id, job.id, { fullName: `Person ${i}`, email: `p${i}@example.no`, submittedAt: new Date(base + i * 1000) }));
    }
    // A second, deliberate submission by Person 2: shown once, counted twice.
    const again = await makeApplication(handle, tenant.id, job.id, { fullName: 'Person 2', email: 'P2@example.no', submittedAt: new Date(base + 10_000), previousApplicationId: made[2]!.id });

    const page1 = await asTenant(member, (tx) => listCandidates(tx, member, { jobId: job.id, limit: 3 }));
    expect(page1.rows.map((r) => r.fullName)).toEqual(['Person 2', 'Person 6', 'Person 5']);
    expect(page1.rows[0]!.applicationId).toBe(again.id);
    expect(page1.rows[0]!.submissions).toBe(2);
    const page2 = await asTenant(member, (tx) => listCandidates(tx, member, { jobId: job.id, limit: 3, after: page1.next! }));
    expect(page2.rows.map((r) => r.fullName)).toEqual(['Person 4', 'Person 3', 'Person 1']);
    const page3 = await asTenant(member, (tx) => listCandidates(tx, member, { jobId: job.id, limit: 3, after: page2.next! }));
    expect(page3.rows.map((r) => r.fullName)).toEqual(['Person 0']);
    expect(page3.next).toBeNull();

    await asTenant(member, (tx) => moveToStage(tx, member, made[4]!.id, 'rejected', { notify: false }));
    const rejected = await asTenant(member, (tx) => listCandidates(tx, member, { stage: 'rejected' }));
    expect(rejected.rows.map((r) => r.fullName)).toEqual(['Person 4']);
    const found = await asTenant(member, (tx) => listCandidates(tx, member, { search: 'p5@' }));
    expect(found.rows.map((r) => r.fullName)).toEqual(['Person 5']);
    const counts = await asTenant(member, (tx) => countByStage(tx, member, job.id));
    expect(counts).toMatchObject({ new: 7, rejected: 1 });
  });
});

describe('jobs from draft to filled', () => {
  it('creates a draft, publishes, marks filled with its date, and refuses moves that make no sense', async () => {
    const tenant = await makeTenant(handle);
    const member = await makeMember(handle, tenant.id);
    const job = await asTenant(member, (tx) => createJob(tx, member, { title: 'Lagermedarbeider Ås', place: 'Ås', employmentType: 'permanent', description: '', language: 'nb', closesOn: null }));
    expect(job.status).toBe('draft');
    expect(job.slug).toBe('lagermedarbeider-as');
    await expect(asTenant(member, (tx) => moveJob(tx, member, job.id, 'filled'))).rejects.toEqual(new Refused('jobMoveRefused'));
    await asTenant(member, (tx) => moveJob(tx, member, job.id, 'published'));
    const filled = await asTenant(member, (tx) => moveJob(tx, member, job.id, 'filled'));
    expect(filled.status).toBe('filled');
    expect(filled.filledAt).toBeInstanceOf(Date);
    const list = await asTenant(member, (tx) => listJobs(tx, member));
    expect(list.map((j) => [j.title, j.status])).toEqual([['Lagermedarbeider Ås', 'filled']]);
  });

  it('shows a published job past its closing date as closed, with no scheduled job', async () => {
    const tenant = await makeTenant(handle);
    const member = await makeMember(handle, tenant.id);
    await makeJob(handle, tenant.id, 'Utløpt', { closesOn: '2020-01-01' });
    const [job] = await asTenant(member, (tx) => listJobs(tx, member));
    expect(job?.status).toBe('published');
    expect(job?.effectiveStatus).toBe('closed');
  });
});

describe('who opened what, and erasure', () => {
  it('previews PDFs only, logs each preview, and finds nothing of another tenant', async () => {
    const tenant = await makeTenant(handle);
    const job = await makeJob(handle, tenant.id);
    const member = await makeMember(handle, tenant.id);
    const app = await makeApplication(handle, tenant.id, job.id, {}, { name: 'cv.pdf', bytes: new Uint8Array([37, 80, 68, 70]) });
    const word = await asTenant(member, async (tx) => {
      const [row] = await tx
        .insert(applicationFiles)
        .values({ tenantId: tenant.id, applicationId: app.id, fileName: 'cv.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size: 2, sha256: 'test', content: new Uint8Array([80, 75]) })
        .returning();
      return row!;
    });
    const pdfId = (await asTenant(member, (tx) => openApplication(tx, member, app.id)))!.files.find((f) => f.fileName === 'cv.pdf')!.id;

    const shown = await asTenant(member, (tx) => previewApplicationFile(tx, member, app.id, pdfId));
    expect(Array.from(shown!.content)).toEqual([37, 80, 68, 70]);
    expect(await asTenant(member, (tx) => previewApplicationFile(tx, member, app.id, word.id))).toBeNull();
    const other = await makeTenant(handle);
    const outsider = await makeMember(handle, other.id);
    expect(await asTenant(outsider, (tx) => previewApplicationFile(tx, { ...outsider, tenantId: tenant.id }, app.id, pdfId))).toBeNull();

    const log = await asTenant(member, (tx) => listAccessLog(tx, member, { applicationId: app.id }));
    expect(log.map((l) => [l.action, l.detail])).toEqual([['preview', 'cv.pdf'], ['view', null]]);
  });


  it('logs views and downloads, then erasure leaves only the anonymous tombstone', async () => {
    const tenant = await makeTenant(handle);
    const job = await makeJob(handle, tenant.id);
    const member = await makeMember(handle, tenant.id, 'owner');
    const app = await makeApplication(handle, tenant.id, job.id, { fullName: 'Ola Slettes', email: 'ola.slettes@example.no' }, { name: 'Ola_Slettes_CV.pdf', bytes: new Uint8Array([1, 2, 3]) });
    await asSystem((tx) => tx.insert(outbox).values({ template: 'application-received', language: 'nb', recipient: app.email, payload: { reference: app.reference, fullName: app.fullName } }));
    const unrelated = await makeApplication(handle, tenant.id, job.id);
    await asSystem((tx) => tx.insert(outbox).values({ template: 'application-received', language: 'nb', recipient: unrelated.email, payload: { reference: unrelated.reference } }));
    const detail = await asTenant(member, (tx) => openApplication(tx, member, app.id));
    const file = await asTenant(member, (tx) => downloadApplicationFile(tx, member, app.id, detail!.files[0]!.id));
    expect(Array.from(file!.content)).toEqual([1, 2, 3]);
    await asTenant(member, (tx) => moveToStage(tx, member, app.id, 'rejected', { notify: false }));
    await asTenant(member, (tx) => addNote(tx, member, app.id, 'Ikke aktuell'));
    const log = await asTenant(member, (tx) => listAccessLog(tx, member, { applicationId: app.id }));
    expect(log.map((l) => l.action)).toEqual(['download', 'view']);

    const other = await makeTenant(handle);
    const otherOwner = await makeMember(handle, other.id, 'owner');
    expect(await eraseApplications({ tenantId: other.id, actorUserId: otherOwner.userId, reason: 'employer' }, [app.id])).toEqual({ erased: 0 });
    expect(await eraseApplications({ tenantId: tenant.id, actorUserId: member.userId, reason: 'employer' }, [app.id])).toEqual({ erased: 1 });

    const tables = ['applications', 'application_files', 'application_stages', 'application_stage_events', 'application_notes', 'application_ratings'];
    for (const table of tables) {
      const n = rowsOf<{ n: number }>(await handle.owner.execute(sql`select count(*)::int as n from ${sql.identifier(table)} where ${sql.identifier(table === 'applications' ? 'id' : 'application_id')} = ${app.id}`))[0]!.n;
      expect({ table, n }).toEqual({ table, n: 0 });
    }
    // The access log keeps who opened it and who erased it, without the file name (M9).
    const kept = await asTenant(member, (tx) => listAccessLog(tx, member, { applicationId: app.id }));
    expect(kept.map((l) => [l.action, l.detail])).toEqual([['delete', null], ['download', null], ['view', null]]);
    // Her emails are gone; what is queued to her is the deletion receipt (issue 12), blanked once sent.
    const emails = rowsOf<{ recipient: string; template: string }>(await handle.owner.execute(sql`select recipient, template from outbox where recipient in (${app.email}, ${unrelated.email}) order by template`));
    expect(emails).toEqual([
      { recipient: unrelated.email, template: 'application-received' },
      { recipient: app.email, template: 'candidate.erasure-receipt' },
    ]);
    const text = JSON.stringify(rowsOf(await handle.owner.execute(sql`select * from erasures e left join audit_log l on l.tenant_id = e.tenant_id where e.application_id = ${app.id}`)));
    expect(text).toContain(app.id);
    expect(text).not.toMatch(/Slettes|ola\.slettes/i);
  });
});
