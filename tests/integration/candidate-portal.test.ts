import { setLegalHold } from '../../lib/retention/settings';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client';
import { doorCounts, withTenant } from '../../db/doors';
import { applicationCorrections } from '../../db/schema';
import { hashToken } from '../../lib/auth/tokens';
import { addCorrection, eraseFromPortal, openPortal, portalApplications, portalFile } from '../../lib/candidate/portal';
import { candidateExportStream } from '../../lib/candidate/export';
import { requestCandidateLink } from '../../lib/candidate/request-link';
import { exportApplication } from '../../lib/pipeline/export';
import { strFromU8, unzipSync } from 'fflate';
import { deliverDueEmails } from '../../lib/email/worker';
import { openApplication } from '../../lib/pipeline/detail';
import { moveToStage } from '../../lib/pipeline/workflow';
import { dbError, makeJob, makeTenant, refused, scalar, testDb } from './db';
import { makeApplication, makeMember } from './fixtures/applications';
import { askForLink, latestLinkToken, portalSessionFor, someClientIp } from './fixtures/portal';

const handle = testDb();
/** Doors opened between two readings of doorCounts(). */
function diff(before: Record<string, number>, after: Record<string, number>) {
  return Object.fromEntries(Object.entries(after).filter(([k, v]) => v !== (before[k] ?? 0)).map(([k, v]) => [k, v - (before[k] ?? 0)]));
}

const address = (name: string) => `${name}.${randomUUID().slice(0, 8)}@example.no`;

/** Kari applied to Acme and Fjord with one address (different case in one), Ola to Acme. */
async function twoEmployers() {
  const acme = await makeTenant(handle, 'Acme AS');
  const fjord = await makeTenant(handle, 'Fjord AS');
  const anna = await makeMember(handle, acme.id, 'owner');
  const erik = await makeMember(handle, fjord.id, 'owner');
  const acmeJob = await makeJob(handle, acme.id, 'Backend-utvikler');
  const fjordJob = await makeJob(handle, fjord.id, 'Lagerleder');
  const kari = address('kari');
  const atAcme = await makeApplication(handle, acme.id, acmeJob.id, { email: kari, fullName: 'Kari Portal' }, { name: 'Kari_CV.pdf', bytes: new Uint8Array([37, 80, 68, 70, 1, 2, 3]) });
  const atFjord = await makeApplication(handle, fjord.id, fjordJob.id, { email: kari.toUpperCase(), fullName: 'Kari Portal', language: 'en' });
  const ola = address('ola');
  const olaAtAcme = await makeApplication(handle, acme.id, acmeJob.id, { email: ola, fullName: 'Ola Annen' }, { name: 'Ola_CV.pdf', bytes: new Uint8Array([9, 9, 9]) });
  return { acme, fjord, anna, erik, acmeJob, fjordJob, kari, atAcme, atFjord, ola, olaAtAcme };
}

const outboxTo = (email: string, template: string) =>
  handle.owner.execute(sql`select recipient, language, payload from outbox where template = ${template} and lower(recipient) = lower(${email}) order by created_at`).then((r) => rowsOf<{ recipient: string; language: string; payload: Record<string, unknown> }>(r));

describe('the link: single use, 30 minutes, bound to the address, hashed at rest', () => {
  it('works once, and only the hash of its token is stored', async () => {
    const { kari, atAcme, atFjord } = await twoEmployers();
    expect(await askForLink(kari)).toBe(1);
    const token = await latestLinkToken(handle, kari);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await scalar<number>(handle, sql`select count(*)::int from candidate_request_links where token_hash = ${hashToken(token!)}`)).toBe(1);
    expect(await scalar<number>(handle, sql`select count(*)::int from candidate_request_links where token_hash = ${token}`)).toBe(0);
    const session = await openPortal(token!);
    expect(session).toBeTruthy();
    expect(await openPortal(token!)).toBeNull();
    // The session is bound to the address the link was sent to, whatever the case it was typed in.
    const apps = await portalApplications(session);
    expect(apps?.map((a) => a.id).sort()).toEqual([atAcme.id, atFjord.id].sort());
    expect(await scalar<number>(handle, sql`select count(*)::int from candidate_portal_sessions where session_hash = ${hashToken(session!)}`)).toBe(1);
  });

  it('expires after 30 minutes by the database’s clock, and so does the session', async () => {
    const { kari } = await twoEmployers();
    await askForLink(kari);
    const token = (await latestLinkToken(handle, kari))!;
    const minutes = await scalar<number>(handle, sql`select round(extract(epoch from expires_at - created_at) / 60)::int from candidate_request_links where token_hash = ${hashToken(token)}`);
    expect(minutes).toBe(30);
    await handle.owner.execute(sql`update candidate_request_links set expires_at = now() - interval '1 second' where token_hash = ${hashToken(token)}`);
    expect(await openPortal(token)).toBeNull();

    const session = await portalSessionFor(handle, kari);
    expect(await portalApplications(session)).toHaveLength(2);
    await handle.owner.execute(sql`update candidate_portal_sessions set expires_at = now() - interval '1 second' where session_hash = ${hashToken(session)}`);
    expect(await portalApplications(session)).toBeNull();
    expect(await refused(addCorrection(session, randomUUID(), randomUUID(), 'x'))).toBe('portalSession');
  });

  it('refuses a made-up token and a malformed one without touching anything', async () => {
    expect(await openPortal('x'.repeat(43))).toBeNull();
    expect(await openPortal('../../etc')).toBeNull();
    expect(await portalApplications('not-a-session')).toBeNull();
  });
});

describe('enumeration: the same answer, the same work, whether we hold anything', () => {
  it('does the same statements through the same doors for a held and an unknown address; only the held one gets a link', async () => {
    const { kari } = await twoEmployers();
    const stranger = address('nobody');
    // Counted per address, and audit lines of the staff route only this file writes: on PostgreSQL other files
    // share the tables. (The staff route runs the same SQL as the form; only the form adds a per-client limit.)
    const linkRows = () => scalar<number>(handle, sql`select count(*)::int from candidate_request_links where email_key in (lower(${kari}), lower(${stranger}))`);
    const auditRows = () => scalar<number>(handle, sql`select count(*)::int from audit_log where event = 'candidate.link_requested' and detail->>'origin' = 'staff'`);

    async function measure(email: string) {
      const before = { ...doorCounts() };
      const deferred: (() => Promise<void>)[] = [];
      const answer = await requestCandidateLink({ email, locale: 'nb', origin: 'staff' }, { defer: (w) => deferred.push(w) });
      const sync = diff(before, doorCounts());
      const beforeDeferred = { ...doorCounts() };
      for (const w of deferred) await w();
      return { answer, deferred: deferred.length, sync, later: diff(beforeDeferred, doorCounts()) };
    }
    const [links0, audit0] = [await linkRows(), await auditRows()];
    const held = await measure(kari);
    const [links1, audit1] = [await linkRows(), await auditRows()];
    const unknown = await measure(stranger);
    const [links2, audit2] = [await linkRows(), await auditRows()];

    expect(unknown.answer).toEqual(held.answer);
    expect(unknown.deferred).toBe(held.deferred);
    expect(unknown.sync).toEqual(held.sync);
    expect(unknown.later).toEqual(held.later);
    expect(held.later).toEqual({ 'system:candidate-request': 1 });
    expect([links1 - links0, links2 - links1]).toEqual([1, 0]);
    expect([audit1 - audit0, audit2 - audit1]).toEqual([1, 1]);
    expect(await outboxTo(stranger, 'candidate.portal-link')).toEqual([]);
    // The audit lines are the same for both: nothing tells them apart, nothing names the address.
    const lines = rowsOf<{ detail: unknown; purpose: string; tenant_id: string | null; user_id: string | null }>(
      await handle.owner.execute(sql`select detail, purpose, tenant_id, user_id from audit_log where event = 'candidate.link_requested' and detail->>'origin' = 'staff' order by id desc limit 2`),
    );
    expect(lines).toEqual([0, 1].map(() => ({ detail: { origin: 'staff' }, purpose: 'candidate-request', tenant_id: null, user_id: null })));
  });

  it('answers in the same time for a held and an unknown address (what the client waits for: the lookup runs after the response)', async () => {
    const { acme, acmeJob } = await twoEmployers();
    // A fresh held address each round, so the per-address limit never cuts one path short.
    const held: string[] = [];
    for (let i = 0; i < 12; i++) held.push((await makeApplication(handle, acme.id, acmeJob.id, { email: address(`held${i}`) })).email);
    const time = async (email: string) => {
      const start = performance.now();
      await requestCandidateLink({ email, locale: 'nb', origin: 'form', clientIp: someClientIp() }, { defer: () => undefined });
      return performance.now() - start;
    };
    const heldTimes: number[] = [];
    const unknownTimes: number[] = [];
    for (let i = 0; i < 12; i++) {
      // Alternate, so drift in the machine's load hits both alike; a fresh address each round stays under its limit.
      heldTimes.push(await time(held[i]!));
      unknownTimes.push(await time(address(`nobody${i}`)));
    }
    // The fastest of twelve runs of each: on two cores shared with other work, single runs jump between 2 and 20 ms
    // (load from elsewhere), but the best case of the same code path is the same for both.
    const fastest = (xs: number[]) => Math.min(...xs);
    expect(Math.abs(fastest(heldTimes) - fastest(unknownTimes))).toBeLessThan(Math.max(3, 0.5 * fastest(unknownTimes)));
  });

  it('limits requests per address and per client, counted before any lookup', async () => {
    const { kari } = await twoEmployers();
    const runs: number[] = [];
    for (let i = 0; i < 6; i++) runs.push(await askForLink(kari));
    expect(runs).toEqual([1, 1, 1, 1, 1, 0]);
    const ip = someClientIp();
    const perClient: number[] = [];
    for (let i = 0; i < 21; i++) perClient.push(await askForLink(address(`many${i}`), 'nb', ip));
    expect(perClient.filter((n) => n === 0)).toHaveLength(1);
    expect(perClient.at(-1)).toBe(0);
  });
});

describe('the staff route: support sends the link to a candidate who wrote to us', () => {
  it('sends the same single-use link to the address, with no per-client limit, and the audit line says so', async () => {
    const { kari, atAcme } = await twoEmployers();
    const deferred: (() => Promise<void>)[] = [];
    for (let i = 0; i < 3; i++) await requestCandidateLink({ email: kari, locale: 'en', origin: 'staff' }, { defer: (w) => deferred.push(w) });
    expect(deferred).toHaveLength(3);
    for (const w of deferred) await w();
    const links = await outboxTo(kari, 'candidate.portal-link');
    expect(links).toHaveLength(3);
    expect(links[0]).toMatchObject({ language: 'en', payload: { minutes: 30, url: expect.stringContaining('/en/privacy/request/open/') } });
    const session = await openPortal(decodeURIComponent(String(links[0]!.payload.url).split('/').pop()!));
    expect((await portalApplications(session))!.map((a) => a.id)).toContain(atAcme.id);
    expect(await scalar<number>(handle, sql`select count(*)::int from audit_log where event = 'candidate.link_requested' and detail->>'origin' = 'staff'`)).toBeGreaterThanOrEqual(3);
  });
});

describe('her page: every application with that address in every tenant', () => {
  it('lists both employers with a coarse status, the deletion date once filled, and who at the employer opened it', async () => {
    const { acme, anna, acmeJob, kari, atAcme, atFjord, erik } = await twoEmployers();
    await withTenant(anna, (tx) => openApplication(tx, anna, atAcme.id));
    await withTenant(erik, (tx) => moveToStage(tx, erik, atFjord.id, 'interview', { notify: false }));
    // Acme fills the job: its deletion date is the filled date plus Acme's retention days.
    await handle.owner.execute(sql`update jobs set status = 'filled', filled_at = now() where tenant_id = ${acme.id} and id = ${acmeJob.id}`);
    const session = await portalSessionFor(handle, kari);
    const apps = (await portalApplications(session))!;
    const acmeApp = apps.find((a) => a.id === atAcme.id)!;
    const fjordApp = apps.find((a) => a.id === atFjord.id)!;
    expect(acmeApp).toMatchObject({ employerName: 'Acme AS', jobTitle: 'Backend-utvikler', status: 'closed', heldUntil: null });
    const expected = await scalar<string>(handle, sql`select to_char(((now() + interval '90 days') at time zone 'Europe/Oslo')::date, 'YYYY-MM-DD')`);
    expect(acmeApp.deletionOn).toBe(expected);
    expect(acmeApp.access).toEqual([expect.objectContaining({ action: 'view', name: 'Member', staff: false })]);
    expect(acmeApp.files).toEqual([expect.objectContaining({ fileName: 'Kari_CV.pdf', size: 7 })]);
    expect(fjordApp).toMatchObject({ employerName: 'Fjord AS', jobTitle: 'Lagerleder', status: 'in_review', deletionOn: null });
    expect(fjordApp.statusHistory.map((s) => s.status)).toEqual(['received', 'in_review']);
    // Never the employer's stage itself, notes or ratings.
    expect(JSON.stringify(apps)).not.toMatch(/interview|rating|"notes"/);
    expect(await portalFile(session, acme.id, acmeApp.files[0]!.id)).toEqual(new Uint8Array([37, 80, 68, 70, 1, 2, 3]));
  });

  it('a session of one address cannot read, correct, withdraw or download another’s application', async () => {
    const { acme, kari, ola, olaAtAcme } = await twoEmployers();
    const karis = await portalSessionFor(handle, kari);
    const olaFile = await scalar<string>(handle, sql`select id::text from application_files where application_id = ${olaAtAcme.id}`);
    expect((await portalApplications(karis))!.map((a) => a.id)).not.toContain(olaAtAcme.id);
    expect(await refused(addCorrection(karis, acme.id, olaAtAcme.id, 'Ikke min'))).toBe('not_found');
    expect(await eraseFromPortal(karis, [olaAtAcme.id])).toBe(0);
    expect(await refused(portalFile(karis, acme.id, olaFile))).toBe('not_found');
    expect(await scalar<number>(handle, sql`select count(*)::int from applications where id = ${olaAtAcme.id}`)).toBe(1);
    const olas = await portalSessionFor(handle, ola);
    expect((await portalApplications(olas))!.map((a) => a.id)).toEqual([olaAtAcme.id]);
  });

  it('no door role reaches the links, the sessions or the portal functions except the system door', async () => {
    const { acme } = await twoEmployers();
    const anna = await makeMember(handle, acme.id, 'owner');
    for (const table of ['candidate_request_links', 'candidate_portal_sessions']) {
      expect(await dbError(withTenant(anna, (tx) => tx.execute(sql.raw(`select count(*) from ${table}`))))).toMatch(/permission denied/);
    }
    expect(await dbError(withTenant(anna, (tx) => tx.execute(sql`select public.portal_applications('x')`)))).toMatch(/permission denied/);
    expect(await dbError(withTenant(anna, (tx) => tx.execute(sql`select public.portal_erase('x', '{}'::uuid[])`)))).toMatch(/permission denied/);
  });
});

describe('her export: one JSON document and the original files, streamed', () => {
  it('holds every application, its fields, corrections, status history, access log and file bytes; logged without personal data', async () => {
    const { acme, anna, kari, atAcme } = await twoEmployers();
    await withTenant(anna, (tx) => openApplication(tx, anna, atAcme.id));
    const session = await portalSessionFor(handle, kari);
    await addCorrection(session, acme.id, atAcme.id, 'En rettelse');
    const stream = await candidateExportStream(session, 'nb');
    const bytes = new Uint8Array(await new Response(stream!).arrayBuffer());
    const zip = unzipSync(bytes);
    const doc = JSON.parse(strFromU8(zip['seerecruit-data.json']!)) as { legalBasis: string; applications: { employer: string; application: { email: string; fullName: string; phone: string }; corrections: { body: string }[]; files: { path: string; sha256: string }[]; accessLog: { by: string; action: string }[]; statusHistory: { status: string }[] }[] };
    expect(doc.legalBasis).toMatch(/art\. 6/);
    expect(doc.applications.map((a) => a.employer).sort()).toEqual(['Acme AS', 'Fjord AS']);
    const acmeDoc = doc.applications.find((a) => a.employer === 'Acme AS')!;
    expect(acmeDoc.application).toMatchObject({ email: kari, fullName: 'Kari Portal', phone: '+47 912 34 567' });
    expect(acmeDoc.corrections.map((c) => c.body)).toEqual(['En rettelse']);
    expect(acmeDoc.accessLog).toEqual([expect.objectContaining({ by: 'Member', action: 'view' })]);
    expect(acmeDoc.statusHistory.map((s) => s.status)).toEqual(['received']);
    expect(zip[acmeDoc.files[0]!.path]).toEqual(new Uint8Array([37, 80, 68, 70, 1, 2, 3]));
    const [line] = rowsOf<{ detail: unknown; purpose: string; tenant_id: string | null }>(await handle.owner.execute(sql`select detail, purpose, tenant_id from audit_log where event = 'candidate.exported' order by id desc limit 1`));
    expect(line).toEqual({ detail: { applications: 2 }, purpose: 'candidate-request', tenant_id: null });
    expect(await candidateExportStream('no-such-session-token-000000', 'nb')).toBeNull();
  });
});

describe('a correction: stored beside the original, never changed', () => {
  it('is readable by the tenant’s members only, and nobody may edit or delete it', async () => {
    const { acme, fjord, anna, erik, kari, atAcme } = await twoEmployers();
    const session = await portalSessionFor(handle, kari);
    expect(await refused(addCorrection(session, acme.id, atAcme.id, '   '))).toBe('correctionLength');
    expect(await refused(addCorrection(session, acme.id, atAcme.id, 'x'.repeat(2001)))).toBe('correctionLength');
    const id = await addCorrection(session, acme.id, atAcme.id, 'Telefonnummeret mitt er nå +47 400 00 000.');
    const mine = await withTenant(anna, (tx) => tx.select().from(applicationCorrections));
    expect(mine.filter((c) => c.id === id)).toEqual([expect.objectContaining({ applicationId: atAcme.id, body: 'Telefonnummeret mitt er nå +47 400 00 000.' })]);
    expect((await withTenant(erik, (tx) => tx.select().from(applicationCorrections))).filter((c) => c.tenantId === acme.id)).toEqual([]);
    expect(await dbError(withTenant(anna, (tx) => tx.execute(sql`update application_corrections set body = 'endret' where id = ${id}`)))).toMatch(/permission denied|refused/);
    expect(await dbError(withTenant(anna, (tx) => tx.execute(sql`delete from application_corrections where id = ${id}`)))).toMatch(/permission denied|refused/);
    // Not even the table's owner.
    expect(await dbError(handle.owner.execute(sql`update application_corrections set body = 'endret' where id = ${id}`))).toMatch(/refused/);
    expect(await dbError(handle.owner.execute(sql`delete from application_corrections where id = ${id}`))).toMatch(/refused/);
    expect((await portalApplications(session))!.find((a) => a.id === atAcme.id)!.corrections).toEqual([expect.objectContaining({ id, body: 'Telefonnummeret mitt er nå +47 400 00 000.' })]);
    // The employer sees it beside the original on the application's page, and gets it in its own export.
    const opened = await withTenant(anna, (tx) => openApplication(tx, anna, atAcme.id));
    expect(opened!.corrections).toEqual([expect.objectContaining({ id, body: 'Telefonnummeret mitt er nå +47 400 00 000.' })]);
    expect(opened!.application.phone).toBe('+47 912 34 567');
    const exported = await withTenant(anna, (tx) => exportApplication(tx, anna, atAcme.id));
    const doc = JSON.parse(strFromU8(unzipSync(exported!.zip)['application.json']!)) as { corrections: { body: string }[] };
    expect(doc.corrections.map((c) => c.body)).toEqual(['Telefonnummeret mitt er nå +47 400 00 000.']);
    void fjord;
  });
});

describe('withdraw and erase', () => {
  it('withdrawing one leaves a tombstone with reason candidate, queues her receipt and an owners’ notice without personal data', async () => {
    const { fjord, erik, kari, atAcme, atFjord } = await twoEmployers();
    const session = await portalSessionFor(handle, kari);
    await addCorrection(session, fjord.id, atFjord.id, 'Rettelse før jeg trekker den');
    expect(await eraseFromPortal(session, [atFjord.id])).toBe(1);

    expect(await scalar<number>(handle, sql`select count(*)::int from applications where id = ${atFjord.id}`)).toBe(0);
    expect(await scalar<number>(handle, sql`select count(*)::int from application_corrections where application_id = ${atFjord.id}`)).toBe(0);
    expect(await scalar<string>(handle, sql`select reason from erasures where application_id = ${atFjord.id}`)).toBe('candidate');
    const receipts = await outboxTo(kari, 'candidate.erasure-receipt');
    expect(receipts).toHaveLength(1);
    expect(receipts[0]).toMatchObject({ language: 'en', payload: { jobTitle: 'Lagerleder', employerName: 'Fjord AS', reason: 'candidate', files: 0, corrections: 1, emails: 0 } });
    expect(receipts[0]!.payload).not.toHaveProperty('reference');
    expect(JSON.stringify(receipts[0]!.payload)).not.toMatch(/Kari|kari/);
    const backupDays = await scalar<number>(handle, sql`select (payload->>'backupsUntil')::date - (now() at time zone 'Europe/Oslo')::date from outbox where template = 'candidate.erasure-receipt' and lower(recipient) = lower(${kari})`);
    expect(backupDays).toBe(35);

    const erikEmail = await scalar<string>(handle, sql`select email from users where id = ${erik.userId}`);
    const notices = await outboxTo(erikEmail, 'employer.application-withdrawn');
    expect(notices).toEqual([expect.objectContaining({ payload: { jobTitle: 'Lagerleder', count: 1, employerName: 'Fjord AS' } })]);
    expect(JSON.stringify(notices)).not.toMatch(/Kari|kari|T-/i);

    // Her page still shows the other one, and the withdrawn one is gone for the employer too.
    expect((await portalApplications(session))!.map((a) => a.id)).toEqual([atAcme.id]);
    expect(await withTenant(erik, (tx) => openApplication(tx, erik, atFjord.id))).toBeNull();
  });

  it('erasing everything empties her page, ends her session and leaves no link, session or link email', async () => {
    const { anna, kari, atAcme, atFjord } = await twoEmployers();
    const session = await portalSessionFor(handle, kari);
    const apps = (await portalApplications(session))!;
    expect(await eraseFromPortal(session, apps.map((a) => a.id))).toBe(2);
    expect(await portalApplications(session)).toBeNull();
    expect(await scalar<number>(handle, sql`select count(*)::int from applications where id in (${atAcme.id}, ${atFjord.id})`)).toBe(0);
    expect(await scalar<number>(handle, sql`select count(*)::int from candidate_request_links where email_key = lower(${kari})`)).toBe(0);
    expect(await scalar<number>(handle, sql`select count(*)::int from candidate_portal_sessions where email_key = lower(${kari})`)).toBe(0);
    expect(await outboxTo(kari, 'candidate.portal-link')).toEqual([]);
    expect((await outboxTo(kari, 'candidate.erasure-receipt')).map((r) => r.language).sort()).toEqual(['en', 'nb']);
    expect(await withTenant(anna, (tx) => openApplication(tx, anna, atAcme.id))).toBeNull();
    // A new link for an address we no longer hold: the same answer, and nothing is sent.
    await askForLink(kari);
    expect(await latestLinkToken(handle, kari)).toBeNull();
  });

  it('a legal hold set by the employer is shown on her page and keeps that application from withdraw and erase', async () => {
    const { anna, kari, atAcme, atFjord } = await twoEmployers();
    const until = await scalar<string>(handle, sql`select to_char((now() at time zone 'Europe/Oslo')::date + 10, 'YYYY-MM-DD')`);
    await withTenant(anna, (tx) => setLegalHold(tx, anna, { applicationId: atAcme.id }, { reason: 'Tvist om ansettelsen', until }));
    const session = await portalSessionFor(handle, kari);
    const apps = (await portalApplications(session))!;
    expect(apps.find((a) => a.id === atAcme.id)!.heldUntil).toBe(until);
    expect(apps.find((a) => a.id === atFjord.id)!.heldUntil).toBeNull();
    expect(await eraseFromPortal(session, [atAcme.id, atFjord.id])).toBe(1);
    expect(await scalar<number>(handle, sql`select count(*)::int from applications where id = ${atAcme.id}`)).toBe(1);
    expect(await scalar<number>(handle, sql`select count(*)::int from applications where id = ${atFjord.id}`)).toBe(0);
  });

  it('two erasures of the same application at once delete it once and queue one receipt', async () => {
    const { kari, atAcme } = await twoEmployers();
    const session = await portalSessionFor(handle, kari);
    const results = await Promise.allSettled([eraseFromPortal(session, [atAcme.id]), eraseFromPortal(session, [atAcme.id])]);
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
    expect(await scalar<number>(handle, sql`select count(*)::int from erasures where application_id = ${atAcme.id}`)).toBe(1);
    expect((await outboxTo(kari, 'candidate.erasure-receipt')).filter((r) => r.payload.employerName === 'Acme AS')).toHaveLength(1);
  });

  it('once sent, a receipt’s outbox row keeps neither address, payload nor content', async () => {
    const { kari } = await twoEmployers();
    const session = await portalSessionFor(handle, kari);
    const apps = (await portalApplications(session))!;
    await eraseFromPortal(session, apps.map((a) => a.id));
    // Only her receipts: on PostgreSQL other test files share the outbox.
    const ids = rowsOf<{ id: string }>(await handle.owner.execute(sql`select id from outbox where template = 'candidate.erasure-receipt' and lower(recipient) = lower(${kari})`)).map((r) => r.id);
    expect(ids).toHaveLength(2);
    const sent: string[] = [];
    await deliverDueEmails({ batch: 10, only: ids, sender: async (row, email) => void sent.push(`${row.recipient} ${email.subject}`) });
    expect(sent.map((s) => s.toLowerCase())).toEqual([expect.stringContaining(kari.toLowerCase()), expect.stringContaining(kari.toLowerCase())]);
    expect(await outboxTo(kari, 'candidate.erasure-receipt')).toEqual([]);
    const blanked = rowsOf<Record<string, unknown>>(
      await handle.owner.execute(sql`select recipient, payload, rendered_subject, rendered_html, rendered_text from outbox where id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)}) and sent_at is not null`),
    );
    expect(blanked).toEqual([0, 1].map(() => ({ recipient: 'erased', payload: {}, rendered_subject: null, rendered_html: null, rendered_text: null })));
  });

  it('under the capture transport the copy is kept only while the dev outbox is on', async () => {
    const { kari } = await twoEmployers();
    const session = await portalSessionFor(handle, kari);
    const [first, second] = (await portalApplications(session))!;
    const receiptIds = async () => rowsOf<{ id: string }>(await handle.owner.execute(sql`select id from outbox where sent_at is null and lower(recipient) = lower(${kari})`)).map((r) => r.id);
    await eraseFromPortal(session, [first!.id]);
    await deliverDueEmails({ batch: 10, sender: null, keepCaptured: false, only: await receiptIds() });
    expect(await outboxTo(kari, 'candidate.erasure-receipt')).toEqual([]);
    await eraseFromPortal(session, [second!.id]);
    await deliverDueEmails({ batch: 10, sender: null, keepCaptured: true, only: await receiptIds() });
    const kept = rowsOf<{ subject: string }>(await handle.owner.execute(sql`select rendered_subject as subject from outbox where template = 'candidate.erasure-receipt' and lower(recipient) = lower(${kari})`));
    expect(kept).toHaveLength(1);
    expect(kept[0]!.subject).toMatch(/deleted|slettet/);
  });
});
