import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client';
import { withTenant } from '../../db/doors';
import { loadReceipt, storeApplicationIn, type NewApplication } from '../../lib/applications/store';
import { renderApplicationReceived, type ApplicationReceivedPayload } from '../../lib/email/templates/candidate';
import { makeJob, makeTenant, testDb } from './db';

// Review M5: anyone can submit with any address, so the receipt must not answer "has this address applied?".
const handle = testDb();

const application = (jobSlug: string, email: string): NewApplication => ({
  jobSlug,
  language: 'nb',
  fields: { fullName: 'Noen Andre', birthDate: '1990-01-01', email, phone: '+4791234567', coverLetter: '', consent: true },
  files: [],
  idempotencyKey: randomUUID(),
  submissionHash: createHash('sha256').update(randomUUID()).digest('hex'),
  employerName: 'Kvittering AS',
  retentionDays: 90,
});

describe('the receipt says nothing about earlier applications (review M5)', () => {
  it('M5: the receipt for a second submission with an existing email shows exactly what a first one shows', async () => {
    const tenant = await makeTenant(handle, 'Kvittering AS');
    const job = await makeJob(handle, tenant.id);
    const ctx = { tenantId: tenant.id };
    const store = (email: string) =>
      withTenant(ctx, (tx) => storeApplicationIn(tx, ctx, application(job.slug, email))).then((r) => {
        if (r.kind !== 'stored') throw new Error('not stored');
        return r;
      });
    // Kari applied for real; a prober then submits with her address. Someone else applies for the first time.
    await store('kari.m5@example.no');
    const probe = await store('KARI.M5@example.no');
    const fresh = await store('ola.m5@example.no');

    const [probeReceipt, freshReceipt] = await Promise.all([loadReceipt(ctx, probe.reference), loadReceipt(ctx, fresh.reference)]);
    const shape = (r: typeof probeReceipt) => ({ ...r, reference: 'REF', submittedAt: 'WHEN' });
    expect(shape(probeReceipt)).toEqual(shape(freshReceipt));
    expect(Object.keys(probeReceipt!).sort()).toEqual(['jobSlug', 'jobTitle', 'reference', 'submittedAt']);

    // Only the email, which goes to Kari's address and nobody else's, may say she applied before.
    const [email] = rowsOf<{ recipient: string; payload: ApplicationReceivedPayload }>(
      await handle.owner.execute(sql`select recipient, payload from outbox where template = 'application-received' and payload->>'reference' = ${probe.reference}`),
    );
    expect(email!.recipient.toLowerCase()).toBe('kari.m5@example.no');
    expect((await renderApplicationReceived(email!.payload, 'nb')).text).toContain('Du har søkt på denne stillingen før');
  });
});
