import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_APPLY_BODY_BYTES } from '../../lib/applications/attachment-limits';
import { receiveApplyRequest, type ApplyRequest } from '../../lib/applications/intake';
import { forgetSettings } from '../../lib/settings/env';
import { exe, pdf } from '../fixtures/documents';
import { dbError, makeJob, makeTenant, scalar, startClearOfWindowEnds, testDb } from './db';

/**
 * The apply endpoint's door (lib/applications/intake.ts), fed requests as the
 * route handler gets them. Each body is a stream that counts what is pulled
 * from it, so a test can tell whether the body was read at all.
 */
const handle = testDb();
const PER_IP = 4;

beforeAll(() => {
  process.env.APPLY_LIMIT_PER_IP = String(PER_IP);
  forgetSettings();
});
afterAll(() => {
  delete process.env.APPLY_LIMIT_PER_IP;
  forgetSettings();
});

interface Fields {
  fullName?: string;
  birthDate?: string;
  email?: string;
  phone?: string;
  coverLetter?: string;
  consent?: string;
  website?: string;
  /** The form no longer sends one; an old page or a script still may (ignored: the server derives the key). */
  idempotencyKey?: string;
}

const kari = (patch: Fields = {}): Fields => ({
  fullName: 'Kari Nordmann',
  birthDate: '1991-04-12',
  email: 'kari@example.no',
  phone: '912 34 567',
  coverLetter: 'Jeg vil gjerne jobbe hos dere.',
  consent: 'on',
  website: '',
  ...patch,
});

/** A body that only produces bytes when they are pulled, and counts them. */
function countingStream(chunks: () => Generator<Uint8Array>) {
  const read = { pulls: 0, bytes: 0 };
  const source = chunks();
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        read.pulls++;
        const next = source.next();
        if (next.done) controller.close();
        else {
          read.bytes += next.value.byteLength;
          controller.enqueue(next.value);
        }
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, read };
}

/** The form as the browser sends it: multipart, through a counting stream. */
async function formRequest(fields: Fields, files: Array<{ name: string; bytes: Uint8Array }> = [{ name: 'cv.pdf', bytes: pdf() }], headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const f of files) form.append('attachments', new Blob([Uint8Array.from(f.bytes)], { type: 'application/pdf' }), f.name);
  const encoded = new Response(form);
  const bytes = new Uint8Array(await encoded.arrayBuffer());
  const { stream, read } = countingStream(function* () {
    for (let at = 0; at < bytes.byteLength; at += 64 * 1024) yield bytes.subarray(at, at + 64 * 1024);
  });
  const request = new Request('http://127.0.0.1/api/apply', {
    method: 'POST',
    body: stream,
    duplex: 'half',
    headers: { 'content-type': encoded.headers.get('content-type')!, 'content-length': String(bytes.byteLength), ...headers },
  } as RequestInit);
  return { request, read };
}

async function openJob() {
  const tenant = await makeTenant(handle);
  const job = await makeJob(handle, tenant.id);
  return { tenant, job };
}

const client = () => `192.0.2.${Math.floor(Math.random() * 250) + 1}-${randomUUID().slice(0, 8)}`;
const target = (tenantSlug: string, jobSlug: string, ip: string, language = 'nb'): ApplyRequest => ({ tenantSlug, jobSlug, ip, language });
const stored = (tenantId: string) => scalar<number>(handle, sql`select count(*)::int from applications where tenant_id = ${tenantId}`);

// The per-client budget counts in 10-minute windows, the per-address one in hours.
startClearOfWindowEnds(600);

describe('junk is refused before work, and cannot lock a candidate out (M6)', () => {
  it('M6: seven invalid attempts with her address do not stop Kari applying from another client', async () => {
    const { tenant, job } = await openJob();
    const victim = `victim-${randomUUID().slice(0, 8)}@example.no`;
    // The review's lockout: valid fields with her address and a file that is refused, each from a fresh
    // address (a botnet, or one client within its budget), plus the refusals that come before the files.
    const badFiles = [new Uint8Array([1]), exe(), new Uint8Array([2]), new Uint8Array([3]), new Uint8Array([4])];
    const junk: Array<Parameters<typeof formRequest>> = [
      ...badFiles.map((bytes): Parameters<typeof formRequest> => [kari({ email: victim }), [{ name: 'cv.pdf', bytes }]]),
      [kari({ email: victim, birthDate: '2020-01-01' })],
      [kari({ email: victim, website: 'http://spam.example' })],
    ];
    const kinds = [];
    for (const args of junk) kinds.push((await receiveApplyRequest((await formRequest(...args)).request, target(tenant.slug, job.slug, client()))).kind);
    expect(kinds).toEqual(['invalid', 'invalid', 'invalid', 'invalid', 'invalid', 'invalid', 'rejected']);

    const real = await receiveApplyRequest((await formRequest(kari({ email: victim }))).request, target(tenant.slug, job.slug, client()));
    expect(real.kind).toBe('stored');
    expect(await stored(tenant.id)).toBe(1);
  });

  it('M6: junk counts against the client that sent it, and once over its budget the body is not read at all', async () => {
    const { tenant, job } = await openJob();
    const ip = client();
    const junk = [
      await formRequest(kari({ website: 'http://spam.example' })),
      await formRequest(kari({ phone: 'not a phone' })),
      await formRequest(kari(), [{ name: 'cv.pdf', bytes: exe() }]),
    ];
    for (const { request } of junk) expect((await receiveApplyRequest(request, target(tenant.slug, job.slug, ip))).kind).not.toBe('stored');
    // Not multipart at all: counted too.
    const notAForm = new Request('http://127.0.0.1/api/apply', { method: 'POST', body: 'x'.repeat(100), headers: { 'content-type': 'text/plain' } });
    expect((await receiveApplyRequest(notAForm, target(tenant.slug, job.slug, ip))).kind).toBe('rejected');

    const valid = await formRequest(kari());
    expect(await receiveApplyRequest(valid.request, target(tenant.slug, job.slug, ip))).toMatchObject({ kind: 'rateLimited' });
    expect(valid.read).toEqual({ pulls: 0, bytes: 0 });
    expect(await stored(tenant.id)).toBe(0);
  });

  it('M6: a request that fails in the database still counts against its client', async () => {
    const { tenant, job } = await openJob();
    const ip = client();
    const marker = `Feil ${randomUUID().slice(0, 8)}`;
    // A database that refuses this one name (as 22021 refused a NUL before the schema did).
    await handle.owner.execute(sql.raw(`create or replace function apply_junk_test_refuse() returns trigger language plpgsql as $$ begin raise exception 'refused for the test'; end $$`));
    await handle.owner.execute(sql.raw(`create trigger apply_junk_test_fail before insert on applications for each row when (new.full_name = '${marker}') execute function apply_junk_test_refuse()`));
    try {
      for (let i = 0; i < PER_IP; i++) {
        const { request } = await formRequest(kari({ fullName: marker }));
        expect(await dbError(receiveApplyRequest(request, target(tenant.slug, job.slug, ip)))).toContain('refused for the test');
      }
    } finally {
      await handle.owner.execute(sql.raw(`drop trigger apply_junk_test_fail on applications`));
      await handle.owner.execute(sql.raw(`drop function apply_junk_test_refuse()`));
    }
    const valid = await formRequest(kari());
    expect((await receiveApplyRequest(valid.request, target(tenant.slug, job.slug, ip))).kind).toBe('rateLimited');
    expect(valid.read.pulls).toBe(0);
  });

  it('M6: a body over the limit is refused before it is parsed: by its Content-Length unread, and cut off while it streams', async () => {
    const { tenant, job } = await openJob();
    // Declared too large: refused from the header, not a byte pulled, not even counted.
    const declared = await formRequest(kari(), [{ name: 'cv.pdf', bytes: pdf() }], { 'content-length': String(MAX_APPLY_BODY_BYTES + 1) });
    expect((await receiveApplyRequest(declared.request, target(tenant.slug, job.slug, client()))).kind).toBe('tooLarge');
    expect(declared.read).toEqual({ pulls: 0, bytes: 0 });

    // No Content-Length (chunked): read through the cap and cut off there, never to the end.
    const chunk = new Uint8Array(256 * 1024).fill(65);
    const endless = countingStream(function* () {
      yield new TextEncoder().encode('--b\r\nContent-Disposition: form-data; name="attachments"; filename="big.pdf"\r\n\r\n');
      // Well past the limit (a script would go on for ever; the test stops where the cap must have bitten).
      for (let sent = 0; sent < MAX_APPLY_BODY_BYTES + 16 * chunk.byteLength; sent += chunk.byteLength) yield chunk;
    });
    const streamed = new Request('http://127.0.0.1/api/apply', {
      method: 'POST',
      body: endless.stream,
      duplex: 'half',
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
    } as RequestInit);
    expect((await receiveApplyRequest(streamed, target(tenant.slug, job.slug, client()))).kind).toBe('tooLarge');
    expect(endless.read.bytes).toBeGreaterThan(MAX_APPLY_BODY_BYTES);
    expect(endless.read.bytes).toBeLessThanOrEqual(MAX_APPLY_BODY_BYTES + 2 * chunk.byteLength);
    expect(await stored(tenant.id)).toBe(0);
  });
});

describe('the idempotency key is derived by the server, per job and bound to what was sent (L7, issue 14)', () => {
  it('L7: the same form sent to another job of the same employer stores that application too', async () => {
    const { tenant, job } = await openJob();
    const other = await makeJob(handle, tenant.id, 'Designer');
    const key = randomUUID();
    const first = await receiveApplyRequest((await formRequest(kari({ idempotencyKey: key }))).request, target(tenant.slug, job.slug, client()));
    const second = await receiveApplyRequest((await formRequest(kari({ idempotencyKey: key }))).request, target(tenant.slug, other.slug, client()));
    expect(first).toMatchObject({ kind: 'stored', repeat: false });
    expect(second).toMatchObject({ kind: 'stored', repeat: false });
    if (first.kind === 'stored' && second.kind === 'stored') expect(second.reference).not.toBe(first.reference);
    expect(await stored(tenant.id)).toBe(2);
  });

  it('L7: the same content gives the first receipt whatever key is sent; other content is its own application, never dropped or handed another receipt', async () => {
    const { tenant, job } = await openJob();
    const key = randomUUID();
    const first = await receiveApplyRequest((await formRequest(kari())).request, target(tenant.slug, job.slug, client()));
    // A retry with no key, and one with a key of the client's choosing: the key is derived on the server.
    const retry = await receiveApplyRequest((await formRequest(kari())).request, target(tenant.slug, job.slug, client()));
    const retryWithKey = await receiveApplyRequest((await formRequest(kari({ idempotencyKey: key }))).request, target(tenant.slug, job.slug, client()));
    expect(first.kind).toBe('stored');
    if (first.kind !== 'stored') return;
    expect(retry).toMatchObject({ kind: 'stored', reference: first.reference, repeat: true });
    expect(retryWithKey).toMatchObject({ kind: 'stored', reference: first.reference, repeat: true });

    // A client-chosen key shared by other content neither swallows it nor gives out the first receipt.
    const otherLetter = await receiveApplyRequest((await formRequest(kari({ idempotencyKey: key, coverLetter: 'Et helt annet brev.' }))).request, target(tenant.slug, job.slug, client()));
    const otherFile = await receiveApplyRequest((await formRequest(kari({ idempotencyKey: key }), [{ name: 'cv.pdf', bytes: pdf('Another CV') }])).request, target(tenant.slug, job.slug, client()));
    for (const later of [otherLetter, otherFile]) {
      expect(later).toMatchObject({ kind: 'stored', repeat: false });
      if (later.kind === 'stored') expect(later.reference).not.toBe(first.reference);
    }
    expect(await stored(tenant.id)).toBe(3);
  });

  it('L7: a language other than nb or en is refused by the endpoint and by the database', async () => {
    const { tenant, job } = await openJob();
    const { request, read } = await formRequest(kari());
    expect((await receiveApplyRequest(request, target(tenant.slug, job.slug, client(), 'xx'))).kind).toBe('rejected');
    expect(read.pulls).toBe(0);

    expect(
      await dbError(
        handle.owner.execute(sql`
          insert into applications (tenant_id, job_id, reference, full_name, birth_date, email, phone, language, idempotency_key, consented_at)
          values (${tenant.id}, ${job.id}, ${`SR-XX${randomUUID().slice(0, 2)}-TEST`}, 'Kari', '1991-04-12', 'kari@example.no', '+4791234567', 'xx', ${randomUUID()}, now())`),
      ),
    ).toContain('applications_language_known');
    expect(
      await dbError(handle.owner.execute(sql`insert into outbox (template, language, recipient) values ('application-received', 'xx', 'kari@example.no')`)),
    ).toContain('outbox_language_known');
  });
});
