import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client';
import { withTenant } from '../../db/doors';
import { auditLog, invitations, memberships, tenants, users } from '../../db/schema';
import { changePassword, signOutEverywhere } from '../../lib/auth/account';
import { listAudit, writeAudit } from '../../lib/auth/audit';
import { acceptInvitation } from '../../lib/auth/invitations';
import { hashPassword } from '../../lib/auth/password';
import { requestPasswordReset, resetPassword } from '../../lib/auth/password-reset';
import { checkClaims } from '../../lib/auth/session';
import type { SessionClaims } from '../../lib/auth/session-policy';
import { authenticate, SIGN_IN_LIMITS } from '../../lib/auth/sign-in';
import { hashToken } from '../../lib/auth/tokens';
import { newTotpSecret } from '../../lib/auth/totp';
import { changeMemberRole, inviteMember, listMembers, listPendingInvitations, removeMember, revokeInvitation } from '../../lib/tenancy/team';
import { dbError, makeTenant, testDb, uniqueSlug, asSystem, member, refused } from './db';
import { freshOrgNumber } from '../fixtures/org-numbers';

process.env.AUTH_SECRET ??= 'integration-only-secret-0123456789abcdef';
const handle = testDb();
const PASSWORD = 'blåbær-sykkel-fjellet-19';
let passwordHash: Promise<string> | undefined;

async function makeUser(role: 'owner' | 'recruiter' | null, tenantId?: string, name = 'Person') {
  const email = `${uniqueSlug('u')}@example.test`;
  return asSystem(async (tx) => {
      const [user] = await tx.insert(users).values({ email, name, passwordHash: await (passwordHash ??= hashPassword(PASSWORD)) }).returning();
      if (role && tenantId) await tx.insert(memberships).values({ tenantId, userId: user!.id, role });
      return user!;
    }
  );
}

const claimsFor = (user: { id: string; sessionVersion: number }): SessionClaims => ({
  // Every token carries a session id since L5 (checkClaims refuses one without).
  sid: randomUUID(),
  uid: user.id,
  sv: user.sessionVersion,
  loginAt: Date.now(),
  lastActivity: Date.now(),
  tenants: [],
  staff: false,
  mustEnrolMfa: false,
});


describe('row-level security behind the data functions (the wrapper bypassed)', () => {
  it('team, invitation and audit reads with another tenant’s id return nothing', async () => {
    const a = await makeTenant(handle, 'Alpha AS');
    const b = await makeTenant(handle, 'Beta AS');
    const bOwner = await makeUser('owner', b.id, 'Beta Secret Owner');
    await withTenant({ tenantId: b.id, userId: bOwner.id }, (tx) =>
      inviteMember(tx, { ...member(b.id, bOwner.id), tenantName: b.name }, { email: 'new@beta.test', role: 'recruiter', language: 'nb' })
    );
    await writeAudit({ event: 'sign_in', userId: bOwner.id, fanOutToTenants: true });

    // Inside A's transaction, asking for B by id: the WHERE says B, RLS says A.
    const seen = await withTenant(
      { tenantId: a.id },
      async (tx) => ({ members: await listMembers(tx, { tenantId: b.id }), invitations: await listPendingInvitations(tx, { tenantId: b.id }), audit: await listAudit(tx, { tenantId: b.id }) })
    );
    expect(seen).toEqual({ members: [], invitations: [], audit: [] });
    // The same functions in B's own transaction do see B's rows (the test is not vacuous).
    const own = await withTenant({ tenantId: b.id }, async (tx) => ({ members: await listMembers(tx, { tenantId: b.id }), audit: await listAudit(tx, { tenantId: b.id }) }));
    expect(own.members.map((m) => m.name)).toEqual(['Beta Secret Owner']);
    expect(own.audit.length).toBeGreaterThan(0);
  });

  it('changes aimed at another tenant’s member or invitation find nothing and change nothing', async () => {
    const a = await makeTenant(handle);
    const b = await makeTenant(handle);
    const aOwner = await makeUser('owner', a.id);
    const bOwner = await makeUser('owner', b.id);
    const bRecruiter = await makeUser('recruiter', b.id);
    const [invitation] = await asSystem((tx) => tx.insert(invitations).values({ tenantId: b.id, email: 'x@b.test', role: 'recruiter', tokenHash: hashToken(uniqueSlug('t')), expiresAt: new Date(Date.now() + 86_400_000) }).returning()
    );
    const asA = <T>(fn: Parameters<typeof withTenant<T>>[1]) => withTenant({ tenantId: a.id, userId: aOwner.id }, fn);
    // Even passing B's tenant id explicitly, inside A's door.
    expect(await refused(asA((tx) => removeMember(tx, member(b.id, aOwner.id), bRecruiter.id)))).toBe('not_found');
    expect(await refused(asA((tx) => changeMemberRole(tx, member(b.id, aOwner.id), bOwner.id, 'recruiter')))).toBe('not_found');
    expect(await refused(asA((tx) => revokeInvitation(tx, { tenantId: b.id }, invitation!.id)))).toBe('not_found');
    const bMembers = await withTenant({ tenantId: b.id }, (tx) => listMembers(tx, { tenantId: b.id }));
    expect(bMembers.map((m) => [m.userId, m.role]).sort()).toEqual([[bOwner.id, 'owner'], [bRecruiter.id, 'recruiter']].sort());
  });

  it('the removal function acts in the caller’s tenant only: people of other employers keep membership and sessions', async () => {
    const a = await makeTenant(handle);
    const b = await makeTenant(handle);
    const elsewhere = await makeUser('recruiter', b.id);
    // The function also checks that the caller is an owner of the door's tenant (drizzle/0014).
    const owners: Record<string, string> = { [a.id]: (await makeUser('owner', a.id)).id, [b.id]: (await makeUser('owner', b.id)).id };
    const remove = (tenantId: string, userId: string) =>
      withTenant({ tenantId, userId: owners[tenantId] }, async (tx) => rowsOf<{ r: boolean }>(await tx.execute(sql`select remove_member(${userId}::uuid) as r`))[0]!.r);
    const versionOf = async (id: string) =>
      (await asSystem((tx) => tx.select({ v: users.sessionVersion }).from(users).where(eq(users.id, id))))[0]!.v;
    const before = await versionOf(elsewhere.id);
    expect(await remove(a.id, elsewhere.id)).toBe(false);
    expect(await versionOf(elsewhere.id)).toBe(before);
    expect(await withTenant({ tenantId: b.id }, (tx) => listMembers(tx, { tenantId: b.id }))).toEqual(expect.arrayContaining([expect.objectContaining({ userId: elsewhere.id })]));
    // In its own tenant it removes and signs out.
    expect(await remove(b.id, elsewhere.id)).toBe(true);
    expect(await versionOf(elsewhere.id)).toBe(before + 1);
    // The old, broader function is gone.
    expect(await dbError(withTenant({ tenantId: a.id }, (tx) => tx.execute(sql`select revoke_sessions_of_removed_member(${elsewhere.id}::uuid)`)))).toMatch(/does not exist/);
  });
});

describe('the last owner stays', () => {
  it('cannot be removed or demoted; with a second owner both work', async () => {
    const t = await makeTenant(handle);
    const owner = await makeUser('owner', t.id);
    const other = await makeUser('recruiter', t.id);
    const asOwner = <T>(fn: Parameters<typeof withTenant<T>>[1]) => withTenant({ tenantId: t.id, userId: owner.id }, fn);
    expect(await refused(asOwner((tx) => removeMember(tx, member(t.id, owner.id), owner.id)))).toBe('lastOwner');
    expect(await refused(asOwner((tx) => changeMemberRole(tx, member(t.id, owner.id), owner.id, 'recruiter')))).toBe('lastOwner');
    await asOwner((tx) => changeMemberRole(tx, member(t.id, owner.id), other.id, 'owner'));
    await asOwner((tx) => changeMemberRole(tx, member(t.id, owner.id), owner.id, 'recruiter'));
    const roles = await withTenant({ tenantId: t.id }, (tx) => listMembers(tx, { tenantId: t.id }));
    expect(Object.fromEntries(roles.map((r) => [r.userId, r.role]))).toEqual({ [owner.id]: 'recruiter', [other.id]: 'owner' });
  });
});

describe('instant revocation: a bumped session version ends old tokens', () => {
  it('password change, sign out everywhere, removal and reset each invalidate the token', async () => {
    const t = await makeTenant(handle);
    const owner = await makeUser('owner', t.id);
    const person = await makeUser('recruiter', t.id);

    let claims = claimsFor(person);
    expect((await checkClaims(claims, Date.now())).ok).toBe(true);

    const changed = await changePassword(person.id, PASSWORD, 'Tr4ktor og kanel i mai', null);
    expect(changed.ok).toBe(true);
    expect(await checkClaims(claims, Date.now())).toEqual({ ok: false, reason: 'revoked' });
    claims = { ...claims, sv: (changed as { sv: number }).sv };
    expect((await checkClaims(claims, Date.now())).ok).toBe(true);

    await signOutEverywhere(person.id, null);
    expect(await checkClaims(claims, Date.now())).toEqual({ ok: false, reason: 'revoked' });
    claims = { ...claims, sv: claims.sv + 1 };

    await withTenant({ tenantId: t.id, userId: owner.id }, (tx) => removeMember(tx, member(t.id, owner.id), person.id));
    expect(await checkClaims(claims, Date.now())).toEqual({ ok: false, reason: 'revoked' });
    claims = { ...claims, sv: claims.sv + 1 };

    await requestPasswordReset({ email: person.email, ip: null, language: 'nb' });
    // The link's token only exists in the email; take it from the outbox row.
    const [row] = rowsOf<{ payload: { url: string } }>(await handle.owner.execute(sql`select payload from outbox where recipient = ${person.email} order by created_at desc limit 1`));
    const token = new URL(row!.payload.url).searchParams.get('token')!;
    expect(await resetPassword(token, 'short', null)).toEqual({ ok: false, reason: 'tooShort' });
    expect(await resetPassword(token, 'nytt langt passord om fjellet', null)).toEqual({ ok: true });
    expect(await checkClaims(claims, Date.now())).toEqual({ ok: false, reason: 'revoked' });
    // Single use.
    expect(await resetPassword(token, 'et annet langt passord i mai', null)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('idle and expired tokens are refused by the wrapper’s check too', async () => {
    const person = await makeUser(null);
    const now = Date.now();
    expect((await checkClaims({ ...claimsFor(person), lastActivity: now - 31 * 60_000 }, now)).ok).toBe(false);
    expect(await checkClaims({ ...claimsFor(person), loginAt: now - 13 * 3_600_000, lastActivity: now }, now)).toEqual({ ok: false, reason: 'expired' });
  });
});

describe('sign-in hardening', () => {
  it('gives the same answer for an unknown email and a wrong password', async () => {
    const person = await makeUser(null);
    const wrong = await authenticate({ email: person.email, password: 'not the password at all', ip: '10.0.0.1' });
    const unknown = await authenticate({ email: `${uniqueSlug('nobody')}@example.test`, password: 'not the password at all', ip: '10.0.0.1' });
    expect(wrong).toEqual({ ok: false, reason: 'invalid' });
    expect(unknown).toEqual(wrong);
    const ok = await authenticate({ email: person.email.toUpperCase(), password: PASSWORD, ip: '10.0.0.1' });
    expect(ok.ok).toBe(true);
  });

  it('throttles an account after repeated failures (a wait, counted in Postgres); successes do not count', async () => {
    const person = await makeUser(null);
    const ip = `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 3; i++) expect((await authenticate({ email: person.email, password: PASSWORD, ip })).ok).toBe(true);
    for (let i = 0; i < SIGN_IN_LIMITS.pair.limit; i++) {
      expect(await authenticate({ email: person.email, password: `wrong ${i}`, ip })).toEqual({ ok: false, reason: 'invalid' });
    }
    const blocked = await authenticate({ email: person.email, password: PASSWORD, ip });
    expect(blocked.ok).toBe(false);
    expect((blocked as { reason: string }).reason).toBe('throttled');
    expect((blocked as { retryAfter: number }).retryAfter).toBeGreaterThan(0);
    const events = await asSystem((tx) => tx.select({ event: auditLog.event }).from(auditLog).where(eq(auditLog.userId, person.id)));
    expect(events.filter((e) => e.event === 'sign_in_failed').length).toBe(SIGN_IN_LIMITS.pair.limit);
  });
});

describe('second factor', () => {
  async function withTotp() {
    const person = await makeUser(null);
    const secret = newTotpSecret();
    await asSystem((tx) => tx.update(users).set({ totpSecret: secret, totpEnabledAt: new Date() }).where(eq(users.id, person.id)));
    return { person, secret, ip: `10.2.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` };
  }

  it('a code from the app works once, even inside its 30 seconds; a later code works', async () => {
    const { person, secret, ip } = await withTotp();
    expect(await authenticate({ email: person.email, password: PASSWORD, ip })).toMatchObject({ ok: false, reason: 'mfa_required' });
    const code = await generate({ secret });
    expect((await authenticate({ email: person.email, password: PASSWORD, code, ip })).ok).toBe(true);
    // Seen over someone's shoulder, or replayed from a captured request: refused.
    expect(await authenticate({ email: person.email, password: PASSWORD, code, ip })).toEqual({ ok: false, reason: 'mfa_invalid' });
    // The next step's code (the phone's clock a little ahead) still passes.
    const next = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    expect((await authenticate({ email: person.email, password: PASSWORD, code: next, ip })).ok).toBe(true);
    expect(await authenticate({ email: person.email, password: PASSWORD, code: next, ip })).toEqual({ ok: false, reason: 'mfa_invalid' });
  });

  it('two sign-ins racing with one fresh code: exactly one passes', async () => {
    const { person, secret, ip } = await withTotp();
    const code = await generate({ secret });
    const results = await Promise.all([0, 1].map(() => authenticate({ email: person.email, password: PASSWORD, code, ip })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'mfa_invalid' }]);
  });
});

describe('invitations', () => {
  it('creates the account once; the link then stops working', async () => {
    const t = await makeTenant(handle);
    const owner = await makeUser('owner', t.id);
    const email = `${uniqueSlug('inv')}@example.test`;
    await withTenant({ tenantId: t.id, userId: owner.id }, (tx) =>
      inviteMember(tx, { ...member(t.id, owner.id), tenantName: t.name }, { email, role: 'recruiter', language: 'en' })
    );
    const [row] = rowsOf<{ payload: { url: string } }>(await handle.owner.execute(sql`select payload from outbox where recipient = ${email} and template = 'invitation'`));
    const token = new URL(row!.payload.url).searchParams.get('token')!;
    expect(await acceptInvitation(token, { name: 'New Person', password: 'password1234' })).toEqual({ ok: false, reason: 'tooWeak' });
    expect(await acceptInvitation(token, { name: 'New Person', password: PASSWORD })).toMatchObject({ ok: true, tenantSlug: t.slug });
    expect(await acceptInvitation(token, { name: 'New Person', password: PASSWORD })).toEqual({ ok: false, reason: 'invalid' });
    const members = await withTenant({ tenantId: t.id }, (tx) => listMembers(tx, { tenantId: t.id }));
    expect(members.find((m) => m.email === email)?.role).toBe('recruiter');
  });
});

describe('the account area’s address is reserved', () => {
  it('refuses an employer with the slug "account"', async () => {
    const message = await dbError(asSystem((tx) => tx.insert(tenants).values({ slug: 'account', name: 'Account AS' })));
    expect(message).toMatch(/tenants_slug_not_reserved/);
  });
});

describe('employer sign-up', () => {
  it('creates the tenant and its first owner; refuses sensitive numbers, reserved and taken addresses', async () => {
    const { signUpEmployer } = await import('../../lib/tenancy/signup');
    const slug = uniqueSlug('new');
    const email = `${uniqueSlug('owner')}@example.test`;
    const sensitive = await signUpEmployer({ companyName: 'Firma 4111 1111 1111 1111', orgNumber: freshOrgNumber(), slug, name: 'Kari', email, password: PASSWORD }, null);
    expect(sensitive).toEqual({ ok: false, errors: { companyName: 'sensitiveNumber' } });
    expect(await signUpEmployer({ companyName: 'Firma AS', orgNumber: freshOrgNumber(), slug: 'account', name: 'Kari', email, password: PASSWORD }, null)).toEqual({ ok: false, errors: { slug: 'slugReserved' } });
    expect(await signUpEmployer({ companyName: 'Firma AS', orgNumber: freshOrgNumber(), slug, name: 'Kari', email, password: 'password1234' }, null)).toEqual({ ok: false, errors: { password: 'tooWeak' } });
    expect(await signUpEmployer({ companyName: 'Firma AS', orgNumber: freshOrgNumber(), slug, name: 'Kari', email, password: PASSWORD }, null)).toEqual({ ok: true });
    // The tenant and its owner exist once the emailed link is opened (review H1).
    const [link] = rowsOf<{ payload: { url: string } }>(await handle.owner.execute(sql`select payload from outbox where recipient = ${email} and template = 'signupVerify'`));
    const { confirmSignup } = await import('../../lib/tenancy/signup');
    expect(await confirmSignup(new URL(link!.payload.url).searchParams.get('token')!)).toEqual({ ok: true, slug, email });
    expect(await signUpEmployer({ companyName: 'Annet AS', orgNumber: freshOrgNumber(), slug, name: 'Ola', email: `x${email}`, password: PASSWORD }, null)).toEqual({ ok: false, errors: { slug: 'slugTaken' } });
    const signIn = await authenticate({ email, password: PASSWORD, ip: '10.9.9.9' });
    expect(signIn.ok && signIn.claims.tenants).toEqual([slug]);
  });
});
