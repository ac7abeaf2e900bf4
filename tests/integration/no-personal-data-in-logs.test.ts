import { createHash, randomUUID } from 'node:crypto';
import { format } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rowsOf } from '../../db/client';
import { withTenant } from '../../db/doors';
import { refusalCode } from '../../db/refusal';
import { DatabaseError } from '../../db/safe-error';
import { applications } from '../../db/schema';
import { onRequestError } from '../../instrumentation';
import { storeApplicationIn, type NewApplication } from '../../lib/applications/store';
import { authenticate } from '../../lib/auth/sign-in';
import { listCandidates } from '../../lib/pipeline/list';
import { logServerError } from '../../lib/server/log';
import { makeJob, makeTenant, testDb } from './db';

const handle = testDb();

// What Kari typed. None of it may reach a log line or an error message.
const KARI = {
  fullName: 'Kari Loggvakt Nordmann',
  birthDate: '1987-06-05',
  email: 'kari.loggvakt@example.no',
  phone: '+4791234567',
  coverLetter: 'Jeg heter Kari og skriver et hemmelig søknadsbrev om Loggvakt.',
};
const SECRETS = ['Loggvakt', '1987-06-05', 'kari.loggvakt', 'hemmelig', '91234567'];

function application(jobSlug: string, coverLetter: string): NewApplication {
  return {
    jobSlug,
    language: 'nb',
    fields: { ...KARI, coverLetter, consent: true },
    files: [],
    idempotencyKey: randomUUID(),
    submissionHash: createHash('sha256').update(randomUUID()).digest('hex'),
    employerName: 'Logg AS',
    retentionDays: 90,
  };
}

/** Everything written to the console and to stdout/stderr while the test runs. */
let captured: string[] = [];
beforeEach(() => {
  captured = [];
  for (const method of ['error', 'warn', 'log', 'info', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void captured.push(format(...args)));
  }
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation(((chunk: unknown) => (captured.push(String(chunk)), true)) as typeof stream.write);
  }
});
afterEach(() => vi.restoreAllMocks());

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the statement to fail');
}

/** Logged the three ways an error reaches the log: our log path, Next's onRequestError hook, and Next's own console.error(error). */
async function logEveryWay(error: unknown) {
  logServerError('apply failed', error);
  await onRequestError(error, { path: '/nb/careers/logg/utvikler/apply?email=x', method: 'POST', headers: {} }, { routerKind: 'App Router', routePath: '/[locale]/careers/[tenant]/[job]/apply', routeType: 'action', renderSource: undefined, revalidateReason: undefined, renderType: undefined } as never);
  console.error(error);
  return captured.join('\n');
}

describe('no personal data in logs (review M7)', () => {
  it('M7: a failing application insert (NUL in the letter, past the schema) leaves no name, birth date or letter in the log or the error', async () => {
    const tenant = await makeTenant(handle, 'Logg AS');
    const job = await makeJob(handle, tenant.id);
    const ctx = { tenantId: tenant.id };
    const error = await failure(withTenant(ctx, (tx) => storeApplicationIn(tx, ctx, application(job.slug, `${KARI.coverLetter}\u0000`))));

    // What is kept finds the fault: SQLSTATE 22021 (invalid byte sequence), and no parameters, no cause to walk into.
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as DatabaseError).code).toBe('22021');
    expect((error as Error).message).not.toMatch(/params|Failed query/);
    expect((error as Error).cause).toBeUndefined();
    for (const secret of SECRETS) expect((error as Error).message).not.toContain(secret);
    for (const secret of SECRETS) expect(String((error as Error).stack)).not.toContain(secret);

    const log = await logEveryWay(error);
    expect(log).toContain('22021');
    expect(log).toContain('/[locale]/careers/[tenant]/[job]/apply');
    expect(log).not.toContain('email=x');
    for (const secret of SECRETS) expect(log).not.toContain(secret);
    expect(rowsOf(await handle.owner.execute(sql`select 1 from applications where tenant_id = ${tenant.id}`))).toHaveLength(0);
  });

  it('M7: a constraint failure keeps its code, table and constraint, and loses the row', async () => {
    const tenant = await makeTenant(handle, 'Logg AS');
    const job = await makeJob(handle, tenant.id);
    const ctx = { tenantId: tenant.id };
    const stored = await withTenant(ctx, (tx) => storeApplicationIn(tx, ctx, application(job.slug, KARI.coverLetter)));
    if (stored.kind !== 'stored') throw new Error('not stored');
    // The same reference again: a unique violation whose detail and parameters carry the whole row.
    const error = await failure(
      withTenant(ctx, (tx) =>
        tx.insert(applications).values({
          tenantId: tenant.id, jobId: job.id, reference: stored.reference, ...KARI, language: 'nb',
          idempotencyKey: randomUUID(), consentedAt: new Date(), submittedAt: new Date(),
        }),
      ),
    );
    expect(error).toMatchObject({ name: 'DatabaseError', code: '23505', table: 'applications', constraint: 'applications_reference_key' });
    const log = await logEveryWay(error);
    expect(log).toContain('applications_reference_key');
    for (const secret of [...SECRETS, stored.reference]) expect(log).not.toContain(secret);
  });

  it('M7: our own refusals stay readable through the scrubbed error, and a bad value in a cast is blanked', async () => {
    const tenant = await makeTenant(handle, 'Logg AS');
    const ctx = { tenantId: tenant.id };
    // A definer function's refusal: db/refusal.ts still finds its code in the scrubbed message.
    const refusal = await failure(withTenant(ctx, (tx) => tx.execute(sql`do $$ begin raise exception 'seerecruit:on_hold: kept'; end $$`)));
    expect(refusalCode(refusal)).toBe('on_hold');
    // Class 22 messages quote the value they could not read.
    const cast = await failure(withTenant(ctx, (tx) => tx.execute(sql`select ${KARI.fullName}::uuid`)));
    expect(cast).toMatchObject({ code: '22P02' });
    const log = await logEveryWay(cast);
    expect(log).toContain('invalid input syntax for type uuid');
    for (const secret of SECRETS) expect(log).not.toContain(secret);
  });

  it('M7: NUL typed into the sign-in address or the dashboard search gets an answer, not a database error', async () => {
    process.env.AUTH_SECRET ??= 'integration-only-secret-0123456789abcdef';
    const tenant = await makeTenant(handle, 'Logg AS');
    const ctx = { tenantId: tenant.id };
    expect(await withTenant(ctx, (tx) => listCandidates(tx, ctx, { search: 'Kari\u0000' }))).toMatchObject({ rows: [] });
    expect(await authenticate({ email: 'kari\u0000@example.no', password: 'whatever', ip: '198.18.7.7' })).toEqual({ ok: false, reason: 'invalid' });
    expect(captured.join('\n')).not.toContain('kari');
  });
});
