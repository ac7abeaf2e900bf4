import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client';
import { withTenant } from '../../db/doors';
import { checkAttachments } from '../../lib/applications/attachments';
import { storeApplicationIn } from '../../lib/applications/store';
import { renderApplicationReceived, type ApplicationReceivedPayload } from '../../lib/email/templates/candidate';
import { renderCandidateRejected, type StageNotificationPayload } from '../../lib/email/templates/workflow';
import { moveToStage } from '../../lib/pipeline/workflow';
import { pdf } from '../fixtures/documents';
import { makeApplication, makeMember } from './fixtures/applications';
import { makeJob, makeTenant, testDb } from './db';

const handle = testDb();

async function payloadsTo(recipient: string, template: string) {
  return rowsOf<{ payload: Record<string, unknown> }>(await handle.owner.execute(sql`select payload from outbox where recipient = ${recipient} and template = ${template}`)).map((r) => r.payload);
}

describe('what the emails about an application are queued with (issue 15, part 7)', () => {
  it('the confirmation is queued with whether a letter came and how many files, never their names', async () => {
    const tenant = await makeTenant(handle);
    const job = await makeJob(handle, tenant.id);
    const checked = await checkAttachments([{ name: 'Kari CV hemmelig.pdf', bytes: pdf('cv') }, { name: 'attest.pdf', bytes: pdf('attest') }]);
    if (!checked.ok) throw new Error('fixture PDFs refused');
    const apply = async (coverLetter: string) => {
      const email = `kari-${randomUUID().slice(0, 8)}@example.no`;
      const input = {
        jobSlug: job.slug,
        language: 'nb' as const,
        fields: { fullName: 'Kari Nordmann', birthDate: '1991-04-12', email, phone: '+4791234567', coverLetter, consent: true as const },
        files: checked.files,
        idempotencyKey: randomUUID(),
        submissionHash: createHash('sha256').update(randomUUID()).digest('hex'),
        employerName: 'Test AS',
        retentionDays: 90,
      };
      await withTenant({ tenantId: tenant.id }, (tx) => storeApplicationIn(tx, { tenantId: tenant.id }, input));
      const [payload] = await payloadsTo(email, 'application-received');
      return payload!;
    };

    const withLetter = await apply('Jeg vil gjerne jobbe hos dere.');
    expect(withLetter).toMatchObject({ coverLetter: true, attachments: 2 });
    expect(withLetter).not.toHaveProperty('fileNames');
    expect(JSON.stringify(withLetter)).not.toContain('hemmelig');
    const without = await apply('   ');
    expect(without).toMatchObject({ coverLetter: false, attachments: 2 });
    const text = (await renderApplicationReceived(without as ApplicationReceivedPayload, 'nb')).text;
    expect(text).toContain('telefonnummeret og 2 vedlegg.');
    expect(text).not.toContain('søknadsbrev');
  });

  it('a rejection is queued with her address and the employer’s retention period; a hire is not', async () => {
    const tenant = await makeTenant(handle);
    await handle.owner.execute(sql`update tenants set retention_days = 120 where id = ${tenant.id}`);
    const job = await makeJob(handle, tenant.id);
    const member = await makeMember(handle, tenant.id);
    const rejected = await makeApplication(handle, tenant.id, job.id);
    const hired = await makeApplication(handle, tenant.id, job.id);
    await withTenant(member, (tx) => moveToStage(tx, member, rejected.id, 'rejected', { notify: true }));
    await withTenant(member, (tx) => moveToStage(tx, member, hired.id, 'hired', { notify: true }));

    const [payload] = await payloadsTo(rejected.email, 'candidate-rejected');
    expect(payload).toMatchObject({ email: rejected.email, retentionDays: 120, reference: rejected.reference });
    const mail = await renderCandidateRejected(payload as StageNotificationPayload, 'nb');
    expect(mail.text).toContain('Søknaden slettes 120 dager etter at stillingen er besatt.');
    expect(mail.text).toContain(`/personvern/innsyn?email=${encodeURIComponent(rejected.email)}`);
    const [hire] = await payloadsTo(hired.email, 'candidate-hired');
    expect(Object.keys(hire!).sort()).toEqual(['employerName', 'fullName', 'jobTitle', 'reference']);
  });
});
