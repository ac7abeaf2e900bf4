import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client';
import { withTenant } from '../../db/doors';
import { jobs, memberships, users } from '../../db/schema';
import { acceptInvitation } from '../../lib/auth/invitations';
import { hashPassword } from '../../lib/auth/password';
import { requestPasswordReset, resetPassword } from '../../lib/auth/password-reset';
import { DeliveryFailure } from '../../lib/email/delivery';
import { enqueueEmail } from '../../lib/email/outbox';
import { deliverDueEmails, MAX_ATTEMPTS, pruneOutbox, type Sender } from '../../lib/email/worker';
import { openApplication } from '../../lib/pipeline/detail';
import { moveToStage } from '../../lib/pipeline/workflow';
import { runHousekeeping } from '../../lib/retention/housekeeping';
import { inviteMember, listPendingInvitations, revokeInvitation } from '../../lib/tenancy/team';
import { asSystem, dbError, makeJob, makeTenant, member, testDb, uniqueSlug } from './db';
import { makeApplication, makeMember } from './fixtures/applications';

const handle = testDb();
const PASSWORD = 'blåbær-sykkel-fjellet-19';

type OutboxRow = {
  id: string;
  recipient: string;
  payload: Record<string, unknown>;
  attempts: number;
  sent_at: string | null;
  failed_at: string | null;
  failure: string | null;
  last_error: string | null;
  next_attempt_at: string;
  rendered_html: string | null;
  rendered_text: string | null;
};

const rowsTo = async (recipient: string, template?: string) =>
  rowsOf<OutboxRow>(
    await handle.owner.execute(sql`
      select id, recipient, payload, attempts, sent_at, failed_at, failure, last_error, next_attempt_at, rendered_html, rendered_text
      from outbox where recipient = ${recipient} ${template ? sql`and template = ${template}` : sql``}
      order by created_at`),
  );
const rowById = async (id: string) =>
  rowsOf<OutboxRow>(
    await handle.owner.execute(sql`
      select id, recipient, payload, attempts, sent_at, failed_at, failure, last_error, next_attempt_at, rendered_html, rendered_text
      from outbox where id = ${id}::uuid`),
  )[0]!;

async function queueReceived(recipient = `${uniqueSlug('kari')}@example.no`): Promise<string> {
  await asSystem((tx) =>
    enqueueEmail(tx, {
      template: 'application-received',
      language: 'nb',
      recipient,
      payload: { fullName: 'Kari Nordmann', jobTitle: 'Utvikler', employerName: 'Acme AS', reference: `SR-${randomUUID().slice(0, 8)}`, retentionDays: 90, fileNames: [], linkedToPrevious: false },
    }),
  );
  return (await rowsTo(recipient))[0]!.id;
}

async function makeOwner(tenantId: string) {
  return asSystem(async (tx) => {
    const [user] = await tx.insert(users).values({ email: `${uniqueSlug('owner')}@example.test`, name: 'Ola Eier', passwordHash: await hashPassword(PASSWORD) }).returning();
    await tx.insert(memberships).values({ tenantId, userId: user!.id, role: 'owner' });
    return user!;
  });
}

async function invite(t: { id: string; name: string }, ownerId: string, email: string) {
  await withTenant({ tenantId: t.id, userId: ownerId }, (tx) => inviteMember(tx, { ...member(t.id, ownerId), tenantName: t.name }, { email, role: 'recruiter', language: 'nb' }));
  return (await rowsTo(email, 'invitation'))[0]!;
}

describe('the lease: no transaction is open while the provider answers', () => {
  it('DEP1: a sender that takes 5 s does not delay a concurrent page query, holds no row lock, and its row is not sent twice', async () => {
    const id = await queueReceived();
    const tenant = await makeTenant(handle);
    let senderStarted!: () => void;
    const started = new Promise<void>((resolve) => (senderStarted = resolve));
    let senderDone = false;
    const slow: Sender = async () => {
      senderStarted();
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      senderDone = true;
    };
    const delivery = deliverDueEmails({ sender: slow, only: [id] });
    await started;

    // A page's read through the tenant door, while the provider is still thinking.
    const pageRows = await withTenant({ tenantId: tenant.id }, (tx) => tx.select({ id: jobs.id }).from(jobs).where(eq(jobs.tenantId, tenant.id)));
    expect(pageRows).toEqual([]);
    expect(senderDone).toBe(false);

    // The row is leased, not locked: another transaction can lock it at once, and a second worker skips it.
    const locked = await asSystem(async (tx) => rowsOf<{ id: string }>(await tx.execute(sql`select id from outbox where id = ${id}::uuid for update nowait`)));
    expect(locked).toHaveLength(1);
    const during = await rowById(id);
    expect(during.attempts).toBe(1);
    expect(new Date(during.next_attempt_at).getTime()).toBeGreaterThan(Date.now());
    expect(await deliverDueEmails({ sender: async () => undefined, only: [id] })).toMatchObject({ sent: 0 });
    expect(senderDone).toBe(false);

    expect(await delivery).toMatchObject({ sent: 1, failed: 0 });
    expect(senderDone).toBe(true);
    expect(await rowById(id)).toMatchObject({ attempts: 1, last_error: null });
    expect((await rowById(id)).sent_at).not.toBeNull();
  }, 20_000);
});

describe('permanent and transient failures', () => {
  it('DEP2: a permanent failure (invalid address) stops at once and is never tried again; a 503 backs off', async () => {
    const bad = await queueReceived();
    const busy = await queueReceived();
    const sender: Sender = async (row) => {
      if (row.id === bad) throw new DeliveryFailure(true, 'invalid_address', 'Resend 422 validation_error');
      throw new DeliveryFailure(false, null, 'Resend 503 application_error');
    };
    expect(await deliverDueEmails({ sender, only: [bad, busy] })).toMatchObject({ sent: 0, failed: 2, stopped: 1 });
    expect(await rowById(bad)).toMatchObject({ attempts: 1, failure: 'invalid_address', sent_at: null, last_error: 'Resend 422 validation_error' });
    expect((await rowById(bad)).failed_at).not.toBeNull();
    expect(await rowById(busy)).toMatchObject({ attempts: 1, failure: null, failed_at: null, last_error: 'Resend 503 application_error' });

    // Even when due again, the failed row is never picked up; the busy one is.
    await handle.owner.execute(sql`update outbox set next_attempt_at = now() - interval '1 second' where id in (${bad}::uuid, ${busy}::uuid)`);
    const tried: string[] = [];
    await deliverDueEmails({ sender: async (row) => void tried.push(row.id), only: [bad, busy] });
    expect(tried).toEqual([busy]);
  });

  it('DEP2: transient failures stop for good after the last try, as gave_up', async () => {
    const id = await queueReceived();
    await handle.owner.execute(sql`update outbox set attempts = ${MAX_ATTEMPTS - 1} where id = ${id}::uuid`);
    await deliverDueEmails({ sender: async () => Promise.reject(new DeliveryFailure(false, null, 'Resend no answer')), only: [id] });
    expect(await rowById(id)).toMatchObject({ attempts: MAX_ATTEMPTS, failure: 'gave_up' });
  });

  it('DEP2: the owner sees on the team page which invitation could not be delivered; another employer cannot ask', async () => {
    const t = await makeTenant(handle);
    const owner = await makeOwner(t.id);
    const good = await invite(t, owner.id, `${uniqueSlug('ok')}@example.test`);
    const bad = await invite(t, owner.id, `${uniqueSlug('typo')}@example.tset`);
    await deliverDueEmails({
      sender: async (row) => {
        if (row.id === bad.id) throw new DeliveryFailure(true, 'invalid_address', 'Resend 422 validation_error');
      },
      only: [good.id, bad.id],
    });
    const pending = await withTenant({ tenantId: t.id, userId: owner.id }, (tx) => listPendingInvitations(tx, member(t.id, owner.id)));
    expect(pending.map((p) => [p.email, p.deliveryFailure]).sort()).toEqual(
      [
        [good.recipient, null],
        [bad.recipient, 'invalid_address'],
      ].sort(),
    );

    // The definer function answers for the door's own tenant only.
    const other = await makeTenant(handle);
    expect(await dbError(withTenant({ tenantId: other.id }, (tx) => tx.execute(sql`select * from public.tenant_email_failures(${t.id}::uuid)`)))).toMatch(/tenant door/);
    // Nor can it queue an email in another employer's name.
    expect(
      await dbError(
        withTenant({ tenantId: other.id }, (tx) =>
          enqueueEmail(tx, { template: 'signupExisting', language: 'nb', recipient: 'x@example.test', payload: { loginUrl: 'x', resetUrl: 'y' }, about: { tenantId: t.id, id: randomUUID() } }),
        ),
      ),
    ).toMatch(/row-level security/);
    // And the runtime role still cannot read the outbox itself.
    expect(await dbError(withTenant({ tenantId: t.id }, (tx) => tx.execute(sql`select recipient from outbox limit 1`)))).toMatch(/permission denied/);
  });
});

describe('stage emails that cannot be delivered', () => {
  it('DEP2: the stage history shows, on the move that asked for it, that the candidate’s email bounced', async () => {
    const tenant = await makeTenant(handle);
    const job = await makeJob(handle, tenant.id);
    const recruiter = await makeMember(handle, tenant.id);
    const app = await makeApplication(handle, tenant.id, job.id, {}, { name: 'cv.pdf', bytes: new Uint8Array([37, 80, 68, 70]) });
    await withTenant(recruiter, (tx) => moveToStage(tx, recruiter, app.id, 'rejected', { notify: true }));
    const [queued] = rowsOf<{ id: string }>(await handle.owner.execute(sql`select id from outbox where tenant_id = ${tenant.id}::uuid and template = 'candidate-rejected'`));
    await deliverDueEmails({ sender: async () => Promise.reject(new DeliveryFailure(true, 'invalid_address', 'Resend 422 validation_error')), only: [queued!.id] });
    const detail = await withTenant(recruiter, (tx) => openApplication(tx, recruiter, app.id));
    expect(detail?.history.map((h) => [h.to, h.notified, h.deliveryFailure])).toEqual([['rejected', 1, 'invalid_address']]);
  });
});

describe('secret links never stay readable after use', () => {
  it('L11: a reset email sent through a real email service keeps neither address, link nor copy', async () => {
    const t = await makeTenant(handle);
    const owner = await makeOwner(t.id);
    const [user] = await handle.owner.select({ email: users.email }).from(users).where(eq(users.id, owner.id));
    await requestPasswordReset({ email: user!.email, ip: null, language: 'nb' });
    const [row] = await rowsTo(user!.email, 'passwordReset');
    await deliverDueEmails({ sender: async () => undefined, only: [row!.id] });
    expect(await rowById(row!.id)).toMatchObject({ recipient: 'erased', payload: {}, rendered_html: null, rendered_text: null });
  });

  it('L11: a captured reset link (dev outbox) is readable until used, then blanked by housekeeping', async () => {
    const t = await makeTenant(handle);
    const owner = await makeOwner(t.id);
    const [user] = await handle.owner.select({ email: users.email }).from(users).where(eq(users.id, owner.id));
    await requestPasswordReset({ email: user!.email, ip: null, language: 'en' });
    const [row] = await rowsTo(user!.email, 'passwordReset');
    await deliverDueEmails({ sender: null, keepCaptured: true, only: [row!.id] });
    const url = String((await rowById(row!.id)).payload.url);
    expect((await rowById(row!.id)).rendered_text).toContain(url);

    await pruneOutbox();
    expect((await rowById(row!.id)).payload.url).toBe(url);

    expect(await resetPassword(new URL(url).searchParams.get('token')!, 'nytt langt passord om fjellet', null)).toEqual({ ok: true });
    await pruneOutbox();
    const after = await rowById(row!.id);
    expect(after).toMatchObject({ recipient: 'erased', payload: {}, rendered_html: null, rendered_text: null });
    expect(JSON.stringify(after)).not.toContain(new URL(url).searchParams.get('token')!);
  });

  it('L11: invitation emails go blank once accepted, withdrawn or expired; an unsent expired one is stopped', async () => {
    const t = await makeTenant(handle);
    const owner = await makeOwner(t.id);
    const accepted = await invite(t, owner.id, `${uniqueSlug('acc')}@example.test`);
    const withdrawn = await invite(t, owner.id, `${uniqueSlug('wd')}@example.test`);
    const expired = await invite(t, owner.id, `${uniqueSlug('exp')}@example.test`);
    const open = await invite(t, owner.id, `${uniqueSlug('open')}@example.test`);
    await deliverDueEmails({ sender: null, keepCaptured: true, only: [accepted.id, withdrawn.id, open.id] });

    const token = new URL(String(accepted.payload.url)).searchParams.get('token')!;
    expect(await acceptInvitation(token, { name: 'Ny Person', password: PASSWORD })).toMatchObject({ ok: true });
    const [pendingWithdrawn] = (await withTenant({ tenantId: t.id, userId: owner.id }, (tx) => listPendingInvitations(tx, member(t.id, owner.id)))).filter((p) => p.email === withdrawn.recipient);
    await withTenant({ tenantId: t.id, userId: owner.id }, (tx) => revokeInvitation(tx, member(t.id, owner.id), pendingWithdrawn!.id));
    await handle.owner.execute(sql`update invitations set expires_at = now() - interval '1 second' where lower(email) = ${expired.recipient}`);

    await pruneOutbox();
    for (const gone of [accepted, withdrawn, expired]) {
      expect(await rowById(gone.id)).toMatchObject({ recipient: 'erased', payload: {}, rendered_html: null, rendered_text: null });
    }
    expect(await rowById(expired.id)).toMatchObject({ sent_at: null, failure: 'expired' });
    expect((await rowById(open.id)).payload.url).toBe(open.payload.url);
    expect((await rowById(open.id)).rendered_text).toContain(String(open.payload.url));
  });
});

describe('housekeeping: nothing grows without end', () => {
  it('DEP4: sent and failed emails lose address, payload and copy after 30 days, keeping only the application reference', async () => {
    const old = await queueReceived();
    const oldFailed = await queueReceived();
    const recent = await queueReceived();
    await deliverDueEmails({ sender: null, keepCaptured: true, only: [old, recent] });
    await deliverDueEmails({ sender: async () => Promise.reject(new DeliveryFailure(true, 'rejected', 'Resend 400 validation_error')), only: [oldFailed] });
    const reference = (await rowById(old)).payload.reference;
    await handle.owner.execute(sql`update outbox set sent_at = now() - interval '31 days' where id = ${old}::uuid`);
    await handle.owner.execute(sql`update outbox set failed_at = now() - interval '31 days' where id = ${oldFailed}::uuid`);
    await handle.owner.execute(sql`update outbox set sent_at = now() - interval '29 days' where id = ${recent}::uuid`);

    const report = await runHousekeeping();
    expect(report.outbox.aged).toBeGreaterThanOrEqual(2);
    expect(await rowById(old)).toMatchObject({ recipient: 'erased', payload: { reference }, rendered_html: null, rendered_text: null });
    expect((await rowById(oldFailed)).recipient).toBe('erased');
    expect((await rowById(oldFailed)).payload).not.toHaveProperty('fullName');
    expect((await rowById(recent)).payload).toHaveProperty('fullName', 'Kari Nordmann');
    expect((await rowById(recent)).rendered_html).not.toBeNull();
  });

  it('DEP3: housekeeping drops rate-limit windows that ended more than a day ago and keeps the current ones', async () => {
    const oldKey = `test-old-${randomUUID()}`;
    const currentKey = `test-current-${randomUUID()}`;
    await handle.owner.execute(sql`insert into rate_limits (key, window_start, count) values (${oldKey}, now() - interval '25 hours', 3), (${currentKey}, now() - interval '10 minutes', 3)`);
    const report = await runHousekeeping();
    expect(report.rateLimits).toBeGreaterThanOrEqual(1);
    const left = rowsOf<{ key: string }>(await handle.owner.execute(sql`select key from rate_limits where key in (${oldKey}, ${currentKey})`));
    expect(left.map((r) => r.key)).toEqual([currentKey]);
  });

  it('DEP4: expired candidate links and portal sessions are deleted on schedule, live ones kept', async () => {
    const live = 'a'.repeat(64);
    const dead = 'b'.repeat(64);
    const key = `${uniqueSlug('kari')}@example.no`;
    await handle.owner.execute(sql`insert into candidate_request_links (token_hash, email_key, expires_at) values (${live}, ${key}, now() + interval '10 minutes'), (${dead}, ${key}, now() - interval '1 minute')`);
    await handle.owner.execute(sql`insert into candidate_portal_sessions (session_hash, email_key, expires_at) values (${dead}, ${key}, now() - interval '1 minute')`);
    await runHousekeeping();
    const links = rowsOf<{ token_hash: string }>(await handle.owner.execute(sql`select token_hash from candidate_request_links where email_key = ${key}`));
    expect(links.map((l) => l.token_hash)).toEqual([live]);
    expect(rowsOf(await handle.owner.execute(sql`select 1 from candidate_portal_sessions where email_key = ${key}`))).toHaveLength(0);
  });
});
