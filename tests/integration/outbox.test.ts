import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client';
import { enqueueEmail } from '../../lib/email/outbox';
import { backoffMinutes, deliverDueEmails, listCapturedEmails, type Sender } from '../../lib/email/worker';
import { testDb, asSystem } from './db';

const handle = testDb();

const payload = (reference: string) => ({
  fullName: 'Kari Nordmann',
  jobTitle: 'Utvikler',
  employerName: 'Acme AS',
  reference,
  retentionDays: 90,
  fileNames: ['cv.pdf'],
  linkedToPrevious: false,
});

async function queue(count: number, language: 'nb' | 'en' = 'nb'): Promise<string> {
  const batch = randomUUID();
  await asSystem(async (tx) => {
      for (let i = 0; i < count; i++) {
        await enqueueEmail(tx, { template: 'application-received', language, recipient: `${batch}-${i}@example.no`, payload: payload(`SR-TEST-${i}`) });
      }
    }
  );
  return batch;
}

const pendingOf = async (batch: string) =>
  rowsOf<{ id: string; attempts: number; sent_at: string | null; last_error: string | null; next_attempt_at: string }>(
    await handle.owner.execute(sql`select id, attempts, sent_at, last_error, next_attempt_at from outbox where recipient like ${batch + '%'}`),
  );

describe('the transactional outbox', () => {
  it('two concurrent workers deliver every email exactly once', async () => {
    const batch = await queue(12);
    const sent: string[] = [];
    const sender: Sender = async (row) => {
      await new Promise((r) => setTimeout(r, 5));
      if (row.recipient.startsWith(batch)) sent.push(row.id);
    };
    const only = (await pendingOf(batch)).map((r) => r.id);
    await Promise.all([
      deliverDueEmails({ batch: 100, sender, only }),
      deliverDueEmails({ batch: 100, sender, only }),
    ]);
    // A third run finds nothing left to send.
    await deliverDueEmails({ batch: 100, sender, only });
    const rows = await pendingOf(batch);
    expect(sent.length).toBe(12);
    expect(new Set(sent).size).toBe(12);
    expect(rows.every((r) => r.sent_at !== null && r.attempts === 1)).toBe(true);
  });

  it('retries a failed delivery later with backoff, keeping the error', async () => {
    const batch = await queue(1);
    const failing: Sender = async (row) => {
      // A network error may quote where it went: the address must not be kept with the error.
      if (row.recipient.startsWith(batch)) throw new Error(`Resend answered 503 for ${row.recipient}`);
    };
    const only = (await pendingOf(batch)).map((r) => r.id);
    await deliverDueEmails({ batch: 100, sender: failing, only });
    const [row] = await pendingOf(batch);
    expect(row).toMatchObject({ attempts: 1, sent_at: null, last_error: 'Error: Resend answered 503 for [email]' });
    expect(new Date(row!.next_attempt_at).getTime()).toBeGreaterThan(Date.now());
    // Not due yet: an immediate second run does not try again.
    const sent: string[] = [];
    await deliverDueEmails({ batch: 100, sender: async (r) => void sent.push(r.id), only });
    expect(sent).not.toContain(row!.id);
    expect([1, 2, 3, 10, 20].map(backoffMinutes)).toEqual([1, 2, 4, 360, 360]);
  });

  it('without an email service, captures the rendered email in the applicant’s language', async () => {
    const batch = await queue(1, 'en');
    await deliverDueEmails({ batch: 100, sender: null, only: (await pendingOf(batch)).map((r) => r.id) });
    const captured = (await listCapturedEmails({ limit: 200 })).find((e) => e.recipient.startsWith(batch))!;
    expect(captured.subject).toBe('Your application to Acme AS is received (SR-TEST-0)');
    expect(captured.text).toContain('Only Acme AS can read your application');
    expect(captured.text).toContain('90 days after the position is filled');
    expect(captured.text).toContain('/en/privacy/request');
    expect(captured.html).toMatch(/<html[^>]* lang="en"/);
  });
});
