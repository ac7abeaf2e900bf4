import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { withTenant } from '../../db/doors';
import { listAccessLog } from '../../lib/pipeline/access-log';
import { exportApplication, exportJob } from '../../lib/pipeline/export';
import { makeJob, makeTenant, testDb } from './db';
import { makeApplication, makeMember } from './fixtures/applications';

const handle = testDb();
const asTenant = <T>(ctx: { tenantId: string; userId?: string }, fn: Parameters<typeof withTenant<T>>[1]) => withTenant(ctx, fn);

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
    const doc = JSON.parse(strFromU8(files['application.json']!)) as { application: Record<string, unknown>; files: Array<{ fileName: string }> };
    for (const field of ['id', 'reference', 'fullName', 'birthDate', 'email', 'phone', 'coverLetter', 'language', 'consentedAt', 'submittedAt']) {
      expect(doc.application, field).toHaveProperty(field);
    }
    expect(doc.application.id).toBe(app.id);
    expect(doc.files.map((f) => f.fileName)).toEqual(['../cv.pdf']);

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
    const files = unzipSync(result!.zip);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['summary.csv', `${first.reference}/application.json`, `${first.reference}/files/cv.pdf`, `${second.reference}/application.json`]));
    const csv = strFromU8(files['summary.csv']!).trim().split('\r\n');
    expect(csv).toHaveLength(3);
    expect(csv[1]).toContain(`"'=HYPERLINK(""x"")"`);
    const log = await asTenant(member, (tx) => listAccessLog(tx, member, { action: 'export' }));
    expect(log.map((l) => l.applicationId).sort()).toEqual([first.id, second.id].sort());
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
