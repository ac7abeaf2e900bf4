import { eq, sql } from 'drizzle-orm';
import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client';
import { withTenant } from '../../db/doors';
import { memberships, tenants, users } from '../../db/schema';
import { acceptInvitation, findInvitation } from '../../lib/auth/invitations';
import { hashPassword } from '../../lib/auth/password';
import { authenticate } from '../../lib/auth/sign-in';
import { hashToken } from '../../lib/auth/tokens';
import { newTotpSecret } from '../../lib/auth/totp';
import { templates } from '../../lib/email/templates';
import { landingFor } from '../../lib/tenancy/memberships';
import { confirmSignup, findPendingSignup, signUpEmployer } from '../../lib/tenancy/signup';
import { INVITATION_LIMITS, inviteMember } from '../../lib/tenancy/team';
import { asSystem, dbError, makeTenant, member, testDb, uniqueSlug, refused } from './db';
import { freshOrgNumber } from '../fixtures/org-numbers';

// Promises of review findings H1 (verified email, invitations bound to their person),
// L4 (no enumeration through sign-up or the MFA step) and L10 (email abuse).

process.env.AUTH_SECRET ??= 'integration-only-secret-0123456789abcdef';
const handle = testDb();
const PASSWORD = 'blåbær-sykkel-fjellet-19';
const SQUATTER_PASSWORD = 'squatter-knows-this-one-77';
const OTHER_PASSWORD = 'Tr4ktor og kanel i mai';
let passwordHash: Promise<string> | undefined;

const freshEmail = (prefix: string) => `${uniqueSlug(prefix)}@example.test`;
const freshIp = () => `10.30.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

async function makeUser(role: 'owner' | 'recruiter' | null, tenantId?: string, opts: { email?: string; name?: string } = {}) {
  const email = opts.email ?? freshEmail('u');
  return asSystem(async (tx) => {
    const [user] = await tx.insert(users).values({ email, name: opts.name ?? 'Person', passwordHash: await (passwordHash ??= hashPassword(PASSWORD)) }).returning();
    if (role && tenantId) await tx.insert(memberships).values({ tenantId, userId: user!.id, role });
    return user!;
  });
}

async function emailsTo(recipient: string) {
  return rowsOf<{ template: string; payload: Record<string, string> }>(
    await handle.owner.execute(sql`select template, payload from outbox where recipient = ${recipient} order by created_at`),
  );
}

async function linkToken(recipient: string, template: string): Promise<string> {
  const email = (await emailsTo(recipient)).filter((e) => e.template === template).at(-1);
  if (!email) throw new Error(`no ${template} email to ${recipient}`);
  return new URL(email.payload.url!).searchParams.get('token')!;
}

async function invite(tenant: { id: string; name: string }, inviterId: string, email: string) {
  await withTenant({ tenantId: tenant.id, userId: inviterId }, (tx) => inviteMember(tx, { ...member(tenant.id, inviterId), tenantName: tenant.name }, { email, role: 'recruiter', language: 'en' }));
  return linkToken(email.toLowerCase(), 'invitation');
}

async function tenantIdsOf(email: string): Promise<string[]> {
  const rows = rowsOf<{ tenant_id: string }>(
    await handle.owner.execute(sql`select m.tenant_id from memberships m join users u on u.id = m.user_id where lower(u.email) = ${email.toLowerCase()}`),
  );
  return rows.map((r) => r.tenant_id).sort();
}

const countUsers = async (email: string) => rowsOf(await handle.owner.execute(sql`select 1 from users where lower(email) = ${email.toLowerCase()}`)).length;
const countTenants = async (slug: string) => rowsOf(await handle.owner.execute(sql`select 1 from tenants where slug = ${slug}`)).length;


describe('sign-up with a verified email (H1)', () => {
  it('H1: signing up does not create a usable account until the emailed link is opened', async () => {
    const email = freshEmail('owner');
    const slug = uniqueSlug('firma');
    expect(await signUpEmployer({ companyName: 'Firma AS', orgNumber: freshOrgNumber(), slug, name: 'Kari', email, password: PASSWORD }, freshIp(), 'en')).toEqual({ ok: true });

    // Nothing usable yet: no person, no tenant, no sign-in.
    expect(await countUsers(email)).toBe(0);
    expect(await countTenants(slug)).toBe(0);
    expect(await authenticate({ email, password: PASSWORD, ip: freshIp() })).toMatchObject({ ok: false });

    // The link's token is stored only as its hash, next to an argon2 hash of the password.
    const token = await linkToken(email, 'signupVerify');
    const [pending] = rowsOf<{ token_hash: string; password_hash: string }>(await handle.owner.execute(sql`select token_hash, password_hash from pending_signups where email = ${email}`));
    expect(pending!.token_hash).toBe(hashToken(token));
    expect(pending!.token_hash).not.toContain(token);
    expect(pending!.password_hash).toMatch(/^\$argon2/);
    expect(await findPendingSignup(token)).toEqual({ companyName: 'Firma AS', orgNumber: expect.stringMatching(/^[0-9]{9}$/), slug, email });

    // Opening the link creates the tenant, the person and the owner membership together.
    expect(await confirmSignup(token)).toEqual({ ok: true, slug, email });
    const signIn = await authenticate({ email, password: PASSWORD, ip: freshIp() });
    expect(signIn.ok && signIn.claims.tenants).toEqual([slug]);
    // Single use, and the pending row is gone.
    expect(await confirmSignup(token)).toEqual({ ok: false, reason: 'invalid' });
    expect(rowsOf(await handle.owner.execute(sql`select 1 from pending_signups where email = ${email}`))).toHaveLength(0);

    // A link past its 30 minutes creates nothing.
    const late = freshEmail('late');
    const lateSlug = uniqueSlug('late');
    await signUpEmployer({ companyName: 'Sent AS', orgNumber: freshOrgNumber(), slug: lateSlug, name: 'Ola', email: late, password: PASSWORD }, freshIp());
    await handle.owner.execute(sql`update pending_signups set expires_at = now() - interval '1 minute' where email = ${late}`);
    expect(await confirmSignup(await linkToken(late, 'signupVerify'))).toEqual({ ok: false, reason: 'invalid' });
    expect(await countTenants(lateSlug)).toBe(0);
    expect(await confirmSignup('not-a-token')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('H1: a pending sign-up does not block the address or the slug', async () => {
    const slug = uniqueSlug('wanted');
    const first = freshEmail('first');
    const second = freshEmail('second');
    expect(await signUpEmployer({ companyName: 'Første AS', orgNumber: freshOrgNumber(), slug, name: 'Kari', email: first, password: PASSWORD }, freshIp())).toEqual({ ok: true });
    // The slug is not held by a pending sign-up.
    expect(await signUpEmployer({ companyName: 'Andre AS', orgNumber: freshOrgNumber(), slug, name: 'Ola', email: second, password: PASSWORD }, freshIp())).toEqual({ ok: true });
    const firstToken = await linkToken(first, 'signupVerify');
    expect(await confirmSignup(await linkToken(second, 'signupVerify'))).toEqual({ ok: true, slug, email: second });
    // Taken meanwhile: the first sign-up is kept and asks for another slug.
    expect(await confirmSignup(firstToken)).toEqual({ ok: false, reason: 'slug', problem: 'slugTaken' });
    expect(await findPendingSignup(firstToken)).toMatchObject({ slug });
    expect(await confirmSignup(firstToken, { slug: 'account' })).toEqual({ ok: false, reason: 'slug', problem: 'slugReserved' });
    const otherSlug = uniqueSlug('other');
    expect(await confirmSignup(firstToken, { slug: otherSlug })).toEqual({ ok: true, slug: otherSlug, email: first });

    // A new sign-up for the same address replaces the pending one: the old link stops working.
    const again = freshEmail('again');
    await signUpEmployer({ companyName: 'Gammel AS', orgNumber: freshOrgNumber(), slug: uniqueSlug('old'), name: 'Per', email: again, password: PASSWORD }, freshIp());
    const oldToken = await linkToken(again, 'signupVerify');
    const newSlug = uniqueSlug('new');
    await signUpEmployer({ companyName: 'Ny AS', orgNumber: freshOrgNumber(), slug: newSlug, name: 'Per', email: again.toUpperCase(), password: OTHER_PASSWORD }, freshIp());
    const newToken = await linkToken(again, 'signupVerify');
    expect(newToken).not.toBe(oldToken);
    expect(rowsOf(await handle.owner.execute(sql`select 1 from pending_signups where lower(email) = ${again}`))).toHaveLength(1);
    expect(await confirmSignup(oldToken)).toEqual({ ok: false, reason: 'invalid' });
    expect(await confirmSignup(newToken)).toEqual({ ok: true, slug: newSlug, email: again });
    expect((await authenticate({ email: again, password: OTHER_PASSWORD, ip: freshIp() })).ok).toBe(true);

    // The address stays free for an invitation: the person creates an account through it.
    const pendingOnly = freshEmail('pending');
    await signUpEmployer({ companyName: 'Venter AS', orgNumber: freshOrgNumber(), slug: uniqueSlug('wait'), name: 'Liv', email: pendingOnly, password: SQUATTER_PASSWORD }, freshIp());
    const team = await makeTenant(handle, 'Team AS');
    const owner = await makeUser('owner', team.id);
    const invitationToken = await invite(team, owner.id, pendingOnly);
    expect(await findInvitation(invitationToken)).toMatchObject({ hasAccount: false });
    expect(await acceptInvitation(invitationToken, { name: 'Liv', password: PASSWORD })).toMatchObject({ ok: true, tenantSlug: team.slug });
    // The pending link, opened later, creates nothing over the account that now exists.
    expect(await confirmSignup(await linkToken(pendingOnly, 'signupVerify'))).toEqual({ ok: false, reason: 'accountExists' });
    expect(await tenantIdsOf(pendingOnly)).toEqual([team.id]);
  });

  it('L4: sign-up answers the same for a known and an unknown address', async () => {
    const known = await makeUser('owner', (await makeTenant(handle)).id);
    const unknown = freshEmail('unknown');
    const knownSlug = uniqueSlug('k');
    const unknownSlug = uniqueSlug('u');
    const a = await signUpEmployer({ companyName: 'Kjent AS', orgNumber: freshOrgNumber(), slug: knownSlug, name: 'Kari', email: known.email, password: OTHER_PASSWORD }, freshIp());
    const b = await signUpEmployer({ companyName: 'Ukjent AS', orgNumber: freshOrgNumber(), slug: unknownSlug, name: 'Kari', email: unknown, password: OTHER_PASSWORD }, freshIp());
    expect(a).toEqual({ ok: true });
    expect(b).toEqual(a);
    // The known address hears that it has an account, with links to sign in and to reset; nothing is created or changed.
    const [told] = await emailsTo(known.email);
    expect(told).toMatchObject({ template: 'signupExisting' });
    expect(told!.payload.loginUrl).toMatch(/\/login$/);
    expect(told!.payload.resetUrl).toMatch(/\/login\/forgot$/);
    expect(told!.payload.url).toBeUndefined();
    expect(rowsOf(await handle.owner.execute(sql`select 1 from pending_signups where lower(email) = ${known.email}`))).toHaveLength(0);
    expect(await countTenants(knownSlug)).toBe(0);
    const [after] = await asSystem((tx) => tx.select().from(users).where(eq(users.id, known.id)));
    expect(after!.passwordHash).toBe(known.passwordHash);
    expect((await authenticate({ email: known.email, password: OTHER_PASSWORD, ip: freshIp() })).ok).toBe(false);
    // The unknown one gets the link.
    expect((await emailsTo(unknown)).map((e) => e.template)).toEqual(['signupVerify']);
  });

  it('sign-up is limited per client and per address', async () => {
    const ip = freshIp();
    const email = freshEmail('many');
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await signUpEmployer({ companyName: 'Mange AS', orgNumber: freshOrgNumber(), slug: uniqueSlug('m'), name: 'Kari', email, password: PASSWORD }, freshIp()));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, false]);
    expect(results[3]).toEqual({ ok: false, throttled: true, errors: {} });
    const perClient = [];
    for (let i = 0; i < 11; i++) perClient.push(await signUpEmployer({ companyName: 'Mange AS', orgNumber: freshOrgNumber(), slug: uniqueSlug('m'), name: 'Kari', email: freshEmail('c'), password: PASSWORD }, ip));
    expect(perClient.filter((r) => r.ok)).toHaveLength(10);
  });
});

describe('one employer area per organisation number (issue 15)', () => {
  const signUp = (over: Partial<{ companyName: string; orgNumber: string; slug: string; email: string }> = {}) => {
    const input = { companyName: 'Nummer AS', orgNumber: freshOrgNumber(), slug: uniqueSlug('nr'), name: 'Kari', email: freshEmail('nr'), password: PASSWORD, ...over };
    return signUpEmployer(input, freshIp(), 'en').then((result) => ({ result, ...input }));
  };
  const tenantByNumber = async (orgNumber: string) =>
    rowsOf<{ slug: string; name: string }>(await handle.owner.execute(sql`select slug, name from tenants where org_number = ${orgNumber}`));

  it('the number, typed with spaces, is kept as nine digits on the pending sign-up and on the tenant its link creates', async () => {
    const digits = freshOrgNumber();
    const typed = ` ${digits.slice(0, 3)} ${digits.slice(3, 6)}\u00a0${digits.slice(6)} `;
    const { result, email, slug } = await signUp({ orgNumber: typed });
    expect(result).toEqual({ ok: true });
    const [pending] = rowsOf<{ org_number: string }>(await handle.owner.execute(sql`select org_number from pending_signups where email = ${email}`));
    expect(pending!.org_number).toBe(digits);
    // Nothing holds the number before the link is opened.
    expect(await tenantByNumber(digits)).toEqual([]);
    const token = await linkToken(email, 'signupVerify');
    expect(await findPendingSignup(token)).toEqual({ companyName: 'Nummer AS', orgNumber: digits, slug, email });
    expect(await confirmSignup(token)).toEqual({ ok: true, slug, email });
    expect(await tenantByNumber(digits)).toEqual([{ slug, name: 'Nummer AS' }]);
  });

  it('a second sign-up with a number in use gets the same answer as any other; its inbox says how to reach the owners, never who they are', async () => {
    const first = await signUp({ companyName: 'Eier Hemmelig AS' });
    await confirmSignup(await linkToken(first.email, 'signupVerify'));
    const fresh = await signUp();
    const again = await signUp({ orgNumber: first.orgNumber.replace(/^(...)(...)/, '$1 $2 ') });
    // The form cannot tell a number in use from a new one.
    expect(again.result).toEqual({ ok: true });
    expect(again.result).toEqual(fresh.result);
    // Nothing pending, nothing created, no link: only the email that says what to do.
    expect(rowsOf(await handle.owner.execute(sql`select 1 from pending_signups where email = ${again.email}`))).toHaveLength(0);
    expect(await countTenants(again.slug)).toBe(0);
    const mails = await emailsTo(again.email);
    expect(mails.map((m) => m.template)).toEqual(['signupOrgTaken']);
    expect(mails[0]!.payload).toEqual({ orgNumber: first.orgNumber });
    const rendered = await templates.signupOrgTaken({ orgNumber: first.orgNumber }, 'en');
    expect(rendered.text).toContain('invite you');
    expect(rendered.text).toContain('support@seerecruit.com');
    for (const secret of [first.email, 'Eier Hemmelig', 'Kari', first.slug]) {
      expect(rendered.text).not.toContain(secret);
      expect(rendered.html).not.toContain(secret);
    }
    // The owner is not told anything either, and the tenant is unchanged.
    expect((await emailsTo(first.email)).map((m) => m.template)).toEqual(['signupVerify']);
    expect(await tenantByNumber(first.orgNumber)).toEqual([{ slug: first.slug, name: 'Eier Hemmelig AS' }]);
  });

  it('the answer for a number in use counts against the same sign-up limits', async () => {
    const taken = await signUp();
    await confirmSignup(await linkToken(taken.email, 'signupVerify'));
    const email = freshEmail('probe');
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push((await signUp({ email, orgNumber: taken.orgNumber })).result);
    expect(answers.map((a) => a.ok)).toEqual([true, true, true, false]);
    expect(answers[3]).toEqual({ ok: false, throttled: true, errors: {} });
  });

  it('a pending sign-up holds no number: the first link opened wins, the other creates nothing and is told the same way', async () => {
    const orgNumber = freshOrgNumber();
    const a = await signUp({ orgNumber });
    const b = await signUp({ orgNumber });
    expect([a.result, b.result]).toEqual([{ ok: true }, { ok: true }]);
    const tokenA = await linkToken(a.email, 'signupVerify');
    const tokenB = await linkToken(b.email, 'signupVerify');
    expect(await confirmSignup(tokenB)).toEqual({ ok: true, slug: b.slug, email: b.email });
    expect(await confirmSignup(tokenA)).toEqual({ ok: false, reason: 'orgNumberTaken' });
    // It can never succeed, so it is gone; no person or tenant was made for it.
    expect(await findPendingSignup(tokenA)).toBeNull();
    expect(await countUsers(a.email)).toBe(0);
    expect(await countTenants(a.slug)).toBe(0);
    expect(await tenantByNumber(orgNumber)).toEqual([{ slug: b.slug, name: 'Nummer AS' }]);
  });

  it('two links for one number opened at the same moment make one tenant', async () => {
    const orgNumber = freshOrgNumber();
    const both = [await signUp({ orgNumber }), await signUp({ orgNumber })];
    const tokens = await Promise.all(both.map((s) => linkToken(s.email, 'signupVerify')));
    const results = await Promise.all(tokens.map((t) => confirmSignup(t)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'orgNumberTaken' }]);
    expect(await tenantByNumber(orgNumber)).toHaveLength(1);
  });

  it('the database itself keeps one tenant per number, only valid numbers, and lets nobody change a number afterwards', async () => {
    const orgNumber = freshOrgNumber();
    const [kept] = await asSystem((tx) => tx.insert(tenants).values({ slug: uniqueSlug('db'), name: 'Først AS', orgNumber }).returning());
    expect(await dbError(asSystem((tx) => tx.insert(tenants).values({ slug: uniqueSlug('db'), name: 'Kopi AS', orgNumber })))).toMatch(/tenants_org_number_key/);
    // Nine digits with the right check digit, nothing else (the same rule as lib/tenancy/org-number.ts).
    const wrongCheck = orgNumber.slice(0, 8) + ((Number(orgNumber[8]) + 1) % 10);
    for (const bad of [wrongCheck, orgNumber.slice(0, 8), `${orgNumber.slice(0, 3)} ${orgNumber.slice(3)}`, 'abcdefghi']) {
      expect(await dbError(asSystem((tx) => tx.insert(tenants).values({ slug: uniqueSlug('db'), name: 'Feil AS', orgNumber: bad }))), bad).toMatch(/tenants_org_number_valid/);
    }
    // Tenants from before sign-up asked for a number may have none, as many as there are.
    await asSystem((tx) => tx.insert(tenants).values([{ slug: uniqueSlug('old'), name: 'Gammel AS' }, { slug: uniqueSlug('old'), name: 'Eldre AS' }]));
    // Neither a member (tenant door) nor the system door may change the number.
    const other = freshOrgNumber();
    expect(await dbError(withTenant({ tenantId: kept!.id }, (tx) => tx.update(tenants).set({ orgNumber: other }).where(eq(tenants.id, kept!.id))))).toMatch(/permission denied/);
    expect(await dbError(asSystem((tx) => tx.update(tenants).set({ orgNumber: other }).where(eq(tenants.id, kept!.id))))).toMatch(/permission denied/);
    expect(await tenantByNumber(orgNumber)).toHaveLength(1);
  });

  it('the number and the slug get field errors; a slug left empty is proposed from the name', async () => {
    const base = { companyName: 'Firma AS', slug: uniqueSlug('f'), name: 'Kari', email: freshEmail('f'), password: PASSWORD };
    const valid = freshOrgNumber();
    const wrongCheck = valid.slice(0, 8) + ((Number(valid[8]) + 1) % 10);
    expect(await signUpEmployer({ ...base, orgNumber: '' }, freshIp())).toEqual({ ok: false, errors: { orgNumber: 'required' } });
    expect(await signUpEmployer({ ...base, orgNumber: '12345678' }, freshIp())).toEqual({ ok: false, errors: { orgNumber: 'orgNumberShape' } });
    expect(await signUpEmployer({ ...base, orgNumber: `NO${valid}MVA` }, freshIp())).toEqual({ ok: false, errors: { orgNumber: 'orgNumberShape' } });
    expect(await signUpEmployer({ ...base, orgNumber: wrongCheck }, freshIp())).toEqual({ ok: false, errors: { orgNumber: 'orgNumberCheck' } });
    for (const reserved of ['dashboard', 'careers', 'en', 'signup']) {
      expect(await signUpEmployer({ ...base, orgNumber: valid, slug: reserved }, freshIp())).toEqual({ ok: false, errors: { slug: 'slugReserved' } });
    }
    expect(await signUpEmployer({ ...base, orgNumber: valid, slug: 'a--b' }, freshIp())).toEqual({ ok: false, errors: { slug: 'slugShape' } });
    expect(await signUpEmployer({ ...base, orgNumber: valid, slug: 'x'.repeat(41) }, freshIp())).toEqual({ ok: false, errors: { slug: 'slugShape' } });

    // Left empty: proposed from the name, shown back with any other error, and used when all is well.
    const tag = uniqueSlug('x').slice(2);
    const name = `Ørsta Båt ${tag} AS`;
    const proposed = `orsta-bat-${tag}`;
    expect(await signUpEmployer({ ...base, companyName: name, slug: '', orgNumber: wrongCheck }, freshIp())).toEqual({ ok: false, errors: { orgNumber: 'orgNumberCheck' }, proposedSlug: proposed });
    const email = freshEmail('prop');
    expect(await signUpEmployer({ ...base, email, companyName: name, slug: '  ', orgNumber: valid }, freshIp())).toEqual({ ok: true });
    expect(await confirmSignup(await linkToken(email, 'signupVerify'))).toEqual({ ok: true, slug: proposed, email });
    // The proposal taken: the form says so and shows it, to be changed.
    expect(await signUpEmployer({ ...base, email: freshEmail('prop'), companyName: name, slug: '', orgNumber: freshOrgNumber() }, freshIp())).toEqual({
      ok: false,
      errors: { slug: 'slugTaken' },
      proposedSlug: proposed,
    });
  });
});

describe('invitations bound to their person (H1)', () => {
  it('H1: an invitation to an existing account is accepted only by a session of that account', async () => {
    // The review's scenario: a squatter signs up with the address an employer will invite, with a password they know.
    const victimAddress = freshEmail('hr');
    await signUpEmployer({ companyName: 'Squat AS', orgNumber: freshOrgNumber(), slug: uniqueSlug('squat'), name: 'Squatter', email: victimAddress, password: SQUATTER_PASSWORD }, freshIp());
    const victim = await makeTenant(handle, 'Victim AS');
    const victimOwner = await makeUser('owner', victim.id);
    const token = await invite(victim, victimOwner.id, victimAddress);
    // The real person opens the invitation and accepts (no session: the link proves the address).
    const accepted = await acceptInvitation(token, { name: 'Real Person', password: PASSWORD });
    expect(accepted).toMatchObject({ ok: true, tenantSlug: victim.slug });
    // The squatter's password does not open the victim tenant (nor anything else).
    const squatter = await authenticate({ email: victimAddress, password: SQUATTER_PASSWORD, ip: freshIp() });
    expect(squatter.ok).toBe(false);
    const real = await authenticate({ email: victimAddress, password: PASSWORD, ip: freshIp() });
    expect(real.ok && real.claims.tenants).toEqual([victim.slug]);

    // An address that has an account: only a session of that account accepts (emails compared case-insensitively).
    const other = await makeTenant(handle, 'Other AS');
    const existing = await makeUser('owner', other.id, { email: `Mixed.${uniqueSlug('case')}@Example.test` });
    const stranger = await makeUser(null);
    const team = await makeTenant(handle, 'Team AS');
    const teamOwner = await makeUser('owner', team.id);
    const second = await invite(team, teamOwner.id, existing.email);
    expect(await findInvitation(second)).toMatchObject({ hasAccount: true, viewer: 'none' });
    expect(await acceptInvitation(second, {})).toEqual({ ok: false, reason: 'signInFirst' });
    expect(await acceptInvitation(second, { name: 'Stranger', password: PASSWORD }, stranger.id)).toEqual({ ok: false, reason: 'signInFirst' });
    expect(await findInvitation(second, stranger.id)).toMatchObject({ viewer: 'other' });
    expect(await tenantIdsOf(existing.email)).toEqual([other.id]);
    expect(await tenantIdsOf(stranger.email)).toEqual([]);
    // The refusals did not use the link up.
    expect(await findInvitation(second, existing.id)).toMatchObject({ viewer: 'invitee' });
    expect(await acceptInvitation(second, {}, existing.id)).toMatchObject({ ok: true, tenantSlug: team.slug, signedIn: true });
    expect(await tenantIdsOf(existing.email)).toEqual([other.id, team.id].sort());
    expect(await acceptInvitation(second, {}, existing.id)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('MFA landing (L4)', () => {
  it('L4: the MFA step lands where the authenticated person belongs, whatever email the form carries', async () => {
    const mine = await makeTenant(handle, 'Mine AS');
    const theirs = await makeTenant(handle, 'Theirs AS');
    const person = await makeUser('owner', mine.id);
    const victim = await makeUser('owner', theirs.id);
    const secret = newTotpSecret();
    await asSystem((tx) => tx.update(users).set({ totpSecret: secret, totpEnabledAt: new Date() }).where(eq(users.id, person.id)));
    const ip = freshIp();
    const first = await authenticate({ email: person.email, password: PASSWORD, ip });
    expect(first).toMatchObject({ ok: false, reason: 'mfa_required' });
    const ticket = (first as { ticket: string }).ticket;
    // The second step's form carries another person's email: the ticket's person is who signs in, and lands at home.
    const second = await authenticate({ email: victim.email, password: '', code: await generate({ secret }), ticket, ip });
    expect(second.ok && second.claims.uid).toBe(person.id);
    expect(await landingFor(second.ok ? second.claims.uid : '')).toEqual({ path: `/dashboard/${mine.slug}`, forced: false });
    expect(await landingFor(victim.id)).toEqual({ path: `/dashboard/${theirs.slug}`, forced: false });
  });
});

describe('email abuse (L10)', () => {
  it('L10: invitations are limited per tenant and inviter', async () => {
    const tenant = await makeTenant(handle, 'Busy AS');
    const owners = await Promise.all([makeUser('owner', tenant.id), makeUser('owner', tenant.id), makeUser('owner', tenant.id)]);
    const send = (inviterId: string) =>
      refused(withTenant({ tenantId: tenant.id, userId: inviterId }, (tx) => inviteMember(tx, { ...member(tenant.id, inviterId), tenantName: tenant.name }, { email: freshEmail('inv'), role: 'recruiter', language: 'nb' })));
    const { perInviterPerHour, perTenantPerDay } = INVITATION_LIMITS;
    expect(perInviterPerHour).toBeLessThan(perTenantPerDay);
    // One inviter: up to the hourly limit, then refused.
    for (let i = 0; i < perInviterPerHour; i++) expect(await send(owners[0]!.id)).toBe('accepted');
    expect(await send(owners[0]!.id)).toBe('invitationsThrottled');
    // Others in the tenant: until the tenant's daily limit, then refused for everyone.
    let sent = perInviterPerHour;
    for (const owner of owners.slice(1)) {
      for (let i = 0; i < perInviterPerHour && sent < perTenantPerDay; i++, sent++) expect(await send(owner.id)).toBe('accepted');
    }
    expect(sent).toBe(perTenantPerDay);
    expect(await send(owners[2]!.id)).toBe('invitationsThrottled');
    const count = await handle.owner.execute(sql`select count(*)::int as n from invitations where tenant_id = ${tenant.id}`);
    expect(rowsOf<{ n: number }>(count)[0]!.n).toBe(perTenantPerDay);
    // Another tenant is not affected.
    const calm = await makeTenant(handle, 'Calm AS');
    const calmOwner = await makeUser('owner', calm.id);
    await invite(calm, calmOwner.id, freshEmail('calm'));
  });

  it('L10: names with control characters or web addresses are refused with a field error; stored names stay clean', async () => {
    const email = freshEmail('ctl');
    const slug = uniqueSlug('ctl');
    // Refused, not cleaned (M7: one rule for every text field), and nothing is created.
    expect(await signUpEmployer({ companyName: 'Firma\r\nBcc: boss\u0000 AS', orgNumber: freshOrgNumber(), slug, name: 'Kari\u0085\u202e Nordmann\t', email, password: PASSWORD }, freshIp())).toEqual({
      ok: false,
      errors: { companyName: 'controlCharacters', name: 'controlCharacters' },
    });
    expect(await signUpEmployer({ companyName: 'Your password expires: evil.example', orgNumber: freshOrgNumber(), slug, name: 'IT at https://x.example', email, password: PASSWORD }, freshIp())).toEqual({
      ok: false,
      errors: { companyName: 'link', name: 'link' },
    });
    // Bidirectional marks and runs of spaces are still cleaned away from what is stored.
    await signUpEmployer({ companyName: 'Firma   AS', orgNumber: freshOrgNumber(), slug, name: 'Kari\u202e Nordmann ', email, password: PASSWORD }, freshIp());
    await confirmSignup(await linkToken(email, 'signupVerify'));
    const [tenant] = await asSystem((tx) => tx.select().from(tenants).where(eq(tenants.slug, slug)));
    expect(tenant!.name).toBe('Firma AS');
    const [owner] = await asSystem((tx) => tx.select().from(users).where(eq(users.email, email)));
    expect(owner!.name).toBe('Kari Nordmann');

    // At invitation acceptance too: refused with the name field's error, then accepted once clean.
    const invited = freshEmail('inv');
    const token = await invite({ id: tenant!.id, name: tenant!.name }, owner!.id, invited);
    expect(await acceptInvitation(token, { name: '\u001b[31mOla\r\n\u009bNordmann', password: PASSWORD })).toEqual({ ok: false, reason: 'controlCharacters' });
    expect(await acceptInvitation(token, { name: 'Ola www.evil.example', password: PASSWORD })).toEqual({ ok: false, reason: 'nameLink' });
    expect(await acceptInvitation(token, { name: 'Ola  Nordmann', password: PASSWORD })).toMatchObject({ ok: true });
    const [joined] = await asSystem((tx) => tx.select().from(users).where(eq(users.email, invited)));
    expect(joined!.name).toBe('Ola Nordmann');

    // The invitation email: the tenant's and the inviter's names cleaned and shortened, whatever the payload says.
    const mail = await templates.invitation(
      { url: 'https://app.example/login/invitation?token=x', tenantName: `${'Å'.repeat(100)}\r\nX`, inviterName: 'Evil\nSubject: Your password expires', role: 'recruiter', days: 7 },
      'en',
    );
    expect(mail.subject).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(mail.subject).toContain('Evil Subject: Your password expires');
    expect(mail.subject).toContain(`${'Å'.repeat(59)}…`);
    expect(mail.subject).not.toContain('Å'.repeat(60));
  });
});
