import { randomInt, randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { auditLog, recoveryCodes, users } from '../../db/schema';
import { changePassword, confirmTotpEnrolment, disableTotp, endSession, startTotpEnrolment } from '../../lib/auth/account';
import { hashPassword } from '../../lib/auth/password';
import { checkClaims } from '../../lib/auth/session';
import type { SessionClaims } from '../../lib/auth/session-policy';
import { authenticate, knownDeviceValue, SIGN_IN_LIMITS } from '../../lib/auth/sign-in';
import { hashToken } from '../../lib/auth/tokens';
import { newRecoveryCodes } from '../../lib/auth/totp';
import { asSystem, startClearOfWindowEnds, testDb, uniqueSlug } from './db';

// Its limits count in 15-minute windows.
startClearOfWindowEnds(900);

// Findings M8, L5 and L12 of reviews/security-2026-12.md: sign-in that an
// attacker cannot turn against the owner. Addresses are random per test, so a
// shared Postgres keeps no count from an earlier run in the way.
process.env.AUTH_SECRET ??= 'integration-only-secret-0123456789abcdef';
testDb();
const PASSWORD = 'blåbær-sykkel-fjellet-19';
let passwordHash: Promise<string> | undefined;

async function makeUser() {
  const email = `${uniqueSlug('u')}@example.test`;
  return asSystem(async (tx) => (await tx.insert(users).values({ email, name: 'Person', passwordHash: await (passwordHash ??= hashPassword(PASSWORD)) }).returning())[0]!);
}

const ipv4 = () => `198.18.${randomInt(256)}.${randomInt(1, 255)}`;
const hex = () => randomInt(1, 0xffff).toString(16);
/** A random /64: its prefix, to which the caller adds the interface part. */
const ipv6Prefix = () => `2001:db8:${hex()}:${hex()}`;

const claimsOf = (user: { id: string; sessionVersion: number }, sid: string = randomUUID()): SessionClaims => ({
  uid: user.id,
  sv: user.sessionVersion,
  loginAt: Date.now(),
  lastActivity: Date.now(),
  tenants: [],
  staff: false,
  mustEnrolMfa: false,
  sid,
});

const reason = (result: Awaited<ReturnType<typeof authenticate>>) => (result.ok ? 'ok' : result.reason);

async function enrolTotp(userId: string) {
  const secret = await startTotpEnrolment(userId);
  return { secret, code: await generate({ secret }) };
}

// Each attempt that reaches the password costs an argon2 hash: on two loaded cores, minutes.
const slow = { timeout: 120_000 };

describe('M8: sign-in throttling cannot be turned against the owner', slow, () => {
  it('M8: a stranger’s wrong passwords from another address do not lock the owner out', async () => {
    const limits = { ...SIGN_IN_LIMITS, pair: { limit: 5, windowSeconds: 900 } };
    const owner = await makeUser();
    const stranger = ipv4();
    for (let i = 0; i < 5; i++) expect(reason(await authenticate({ email: owner.email, password: `guess ${i}`, ip: stranger }, limits))).toBe('invalid');
    // The stranger now waits…
    expect(reason(await authenticate({ email: owner.email, password: 'one more guess', ip: stranger }, limits))).toBe('throttled');
    expect(reason(await authenticate({ email: owner.email, password: PASSWORD, ip: stranger }, limits))).toBe('throttled');
    // …and the owner, elsewhere, does not.
    expect(reason(await authenticate({ email: owner.email, password: PASSWORD, ip: ipv4() }, limits))).toBe('ok');
  });

  it('M8: a success refunds only its own key', async () => {
    const mine = await makeUser();
    const victim = await makeUser();
    // The review's spray: a guess at someone else, then a sign-in to one's own account, again and again.
    const spray = async (limits: typeof SIGN_IN_LIMITS, ip: string, rounds: number) => {
      for (let i = 0; i < rounds; i++) {
        expect(reason(await authenticate({ email: victim.email, password: `guess ${i}`, ip }, limits))).toBe('invalid');
        expect(reason(await authenticate({ email: mine.email, password: PASSWORD, ip }, limits))).toBe('ok');
      }
    };
    // The victim's key from this client is not refunded by the attacker's own successes…
    const pairOnly = { ...SIGN_IN_LIMITS, pair: { limit: 3, windowSeconds: 900 } };
    const first = ipv4();
    await spray(pairOnly, first, 3);
    expect(reason(await authenticate({ email: victim.email, password: PASSWORD, ip: first }, pairOnly))).toBe('throttled');
    // …nor is the client's failure count: three failures from it, and the next attempt waits, whichever account.
    const clientOnly = { ...SIGN_IN_LIMITS, pair: { limit: 100, windowSeconds: 900 }, client: { limit: 3, windowSeconds: 900 } };
    const second = ipv4();
    await spray(clientOnly, second, 2);
    expect(reason(await authenticate({ email: victim.email, password: 'guess 3', ip: second }, clientOnly))).toBe('invalid');
    expect(reason(await authenticate({ email: mine.email, password: PASSWORD, ip: second }, clientOnly))).toBe('throttled');
  });

  it('M8: IPv6 addresses in one /64 share a budget (and IPv4-mapped IPv6 counts as IPv4)', async () => {
    const limits = { ...SIGN_IN_LIMITS, pair: { limit: 3, windowSeconds: 900 } };
    const owner = await makeUser();
    const block = ipv6Prefix();
    for (const host of ['::1', '::2', ':ffff:ffff:ffff:fffe']) expect(reason(await authenticate({ email: owner.email, password: 'guess', ip: `${block}${host}` }, limits))).toBe('invalid');
    expect(reason(await authenticate({ email: owner.email, password: PASSWORD, ip: `${block}:1234:5678:9abc:def0` }, limits))).toBe('throttled');
    expect(reason(await authenticate({ email: owner.email, password: PASSWORD, ip: `${ipv6Prefix()}::1` }, limits))).toBe('ok');

    const other = await makeUser();
    const v4 = ipv4();
    for (let i = 0; i < 3; i++) expect(reason(await authenticate({ email: other.email, password: 'guess', ip: `::ffff:${v4}` }, limits))).toBe('invalid');
    expect(reason(await authenticate({ email: other.email, password: PASSWORD, ip: v4 }, limits))).toBe('throttled');
  });

  it('M8: past the account-wide ceiling only a browser that signed in to the account before gets in, slowed', async () => {
    const limits = { ...SIGN_IN_LIMITS, account: { limit: 4, windowSeconds: 900 }, knownDeviceDelayMs: 300 };
    const owner = await makeUser();
    const someoneElse = await makeUser();
    const device = knownDeviceValue(owner.id);
    // Guesses spread over many addresses, each well inside its own pair budget.
    for (let i = 0; i < limits.account.limit; i++) expect(reason(await authenticate({ email: owner.email, password: `guess ${i}`, ip: ipv4() }, limits))).toBe('invalid');
    expect(reason(await authenticate({ email: owner.email, password: PASSWORD, ip: ipv4() }, limits))).toBe('throttled');
    // A cookie made for another account, or altered, proves nothing here.
    expect(reason(await authenticate({ email: owner.email, password: PASSWORD, ip: ipv4(), device: knownDeviceValue(someoneElse.id) }, limits))).toBe('throttled');
    const [expires, id, mac] = device.split('.');
    const later = (parseInt(expires!, 36) + 86_400_000).toString(36);
    expect(reason(await authenticate({ email: owner.email, password: PASSWORD, ip: ipv4(), device: `${later}.${id}.${mac}` }, limits))).toBe('throttled');
    expect(reason(await authenticate({ email: owner.email, password: PASSWORD, ip: ipv4(), device: knownDeviceValue(owner.id, Date.now() - 91 * 86_400_000) }, limits))).toBe('throttled');
    // The owner's own browser: in, after a short wait.
    const started = Date.now();
    expect(reason(await authenticate({ email: owner.email, password: PASSWORD, ip: ipv4(), device }, limits))).toBe('ok');
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    // The cookie itself names nobody.
    expect(device).not.toContain(owner.id);
    expect(device).not.toContain(owner.id.replace(/-/g, ''));
  });

  it('M8: a failure for an address with no account keeps only a keyed hash of what was typed', async () => {
    const local = uniqueSlug('ghost');
    const ip = ipv4();
    for (const email of [`${local}@example.test`, `${local}@example.test`, `other-${local}@example.test`]) {
      expect(reason(await authenticate({ email, password: 'whatever it was', ip }))).toBe('invalid');
    }
    const rows = await asSystem((tx) => tx.select({ detail: auditLog.detail }).from(auditLog).where(and(eq(auditLog.ip, ip), eq(auditLog.event, 'sign_in_failed'), isNull(auditLog.userId))));
    expect(rows).toHaveLength(3);
    expect(JSON.stringify(rows)).not.toContain(local);
    const hashes = rows.map((r) => r.detail.emailHash as string);
    expect(hashes.every((h) => /^[0-9a-f]{16}$/.test(h))).toBe(true);
    expect(hashes[0]).toBe(hashes[1]);
    expect(hashes[2]).not.toBe(hashes[0]);
  });
});

describe('L11: what a failed or throttled sign-in leaves in the audit log', slow, () => {
  it('L11: a flood of throttled attempts writes one row per key and window, and never the address typed', async () => {
    const limits = { ...SIGN_IN_LIMITS, pair: { limit: 2, windowSeconds: 900 } };
    const typed = `${uniqueSlug('flood')}@example.test`;
    const [ip, otherIp] = [ipv4(), ipv4()];
    const outcomes: string[] = [];
    for (let i = 0; i < 8; i++) outcomes.push(reason(await authenticate({ email: typed, password: 'hunter2 maybe', ip }, limits)));
    expect(outcomes).toEqual(['invalid', 'invalid', ...Array(6).fill('throttled')]);
    for (let i = 0; i < 4; i++) await authenticate({ email: typed, password: 'hunter2 maybe', ip: otherIp }, limits);

    const rows = await asSystem((tx) =>
      tx.select({ event: auditLog.event, ip: auditLog.ip, detail: auditLog.detail }).from(auditLog).where(and(eq(auditLog.event, 'sign_in_throttled'), isNull(auditLog.userId))),
    );
    const ours = rows.filter((r) => r.ip === ip || r.ip === otherIp);
    // Six throttled attempts from one client, two from the other: one row each.
    expect(ours.map((r) => r.ip).sort()).toEqual([ip, otherIp].sort());
    const failed = await asSystem((tx) => tx.select({ detail: auditLog.detail }).from(auditLog).where(and(eq(auditLog.event, 'sign_in_failed'), eq(auditLog.ip, ip))));
    expect(failed).toHaveLength(2);
    // A keyed hash of the address, never the address (nor its local part or domain).
    for (const row of [...ours, ...failed]) {
      expect(JSON.stringify(row.detail)).not.toContain(typed.split('@')[0]!);
      expect(row.detail.emailHash).toMatch(/^[0-9a-f]{16}$/);
    }
  });
});

describe('L5: sign-out ends the session, and account changes need the current password', slow, () => {
  it('L5: a token copied before sign-out is refused after it', async () => {
    const person = await makeUser();
    const here = claimsOf(person);
    const otherBrowser = claimsOf(person);
    expect((await checkClaims(here, Date.now())).ok).toBe(true);
    const copied = { ...here };
    await endSession(here);
    expect(await checkClaims(copied, Date.now())).toEqual({ ok: false, reason: 'revoked' });
    // Signing out one browser leaves the person's other browsers signed in.
    expect((await checkClaims(otherBrowser, Date.now())).ok).toBe(true);
    // A token without a session id could never be signed out alone: refused.
    expect(await checkClaims({ ...otherBrowser, sid: undefined }, Date.now())).toEqual({ ok: false, reason: 'revoked' });
  });

  it('L5: turning on TOTP needs the current password', async () => {
    const person = await makeUser();
    const { code } = await enrolTotp(person.id);
    expect(await confirmTotpEnrolment(person.id, { code, password: 'not my password' }, null)).toEqual({ ok: false, reason: 'wrongPassword' });
    const [row] = await asSystem((tx) => tx.select({ on: users.totpEnabledAt }).from(users).where(eq(users.id, person.id)));
    expect(row!.on).toBeNull();
    const confirmed = await confirmTotpEnrolment(person.id, { code, password: PASSWORD }, null);
    expect(confirmed.ok).toBe(true);
  });

  it('L5: checks of the current password are limited per person, so a session is no password oracle', async () => {
    const person = await makeUser();
    const bystander = await makeUser();
    for (let i = 0; i < 5; i++) expect(await changePassword(person.id, `guess ${i}`, 'Tr4ktor og kanel i mai', null)).toEqual({ ok: false, reason: 'wrongPassword' });
    // Even the right password now waits, on every form that checks it.
    expect(await changePassword(person.id, PASSWORD, 'Tr4ktor og kanel i mai', null)).toMatchObject({ ok: false, reason: 'throttled' });
    expect(await disableTotp(person.id, PASSWORD, null)).toMatchObject({ ok: false, reason: 'throttled' });
    const { code } = await enrolTotp(person.id);
    expect(await confirmTotpEnrolment(person.id, { code, password: PASSWORD }, null)).toMatchObject({ ok: false, reason: 'throttled' });
    // Someone else's budget is their own.
    expect((await changePassword(bystander.id, PASSWORD, 'Tr4ktor og kanel i mai', null)).ok).toBe(true);
  });
});

describe('L12: recovery codes', slow, () => {
  it('L12: recovery codes carry at least 80 bits and are stored keyed', async () => {
    // 16 characters of Crockford base32 (5 bits each) = 80 bits.
    const shape = /^[0-9a-hjkmnp-tv-z]{16}$/;
    for (const c of newRecoveryCodes(50)) expect(c.replace(/-/g, '')).toMatch(shape);
    const person = await makeUser();
    const { code } = await enrolTotp(person.id);
    const confirmed = await confirmTotpEnrolment(person.id, { code, password: PASSWORD }, null);
    if (!confirmed.ok) throw new Error('enrolment failed');
    const codes = confirmed.recoveryCodes;
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c.replace(/-/g, '')).toMatch(shape);
    const stored = (await asSystem((tx) => tx.select({ h: recoveryCodes.codeHash }).from(recoveryCodes).where(eq(recoveryCodes.userId, person.id)))).map((r) => r.h);
    expect(stored).toHaveLength(10);
    const unkeyed = codes.flatMap((c) => [hashToken(c), hashToken(c.replace(/-/g, '')), hashToken(c.toUpperCase())]);
    expect(stored.filter((h) => unkeyed.includes(h))).toEqual([]);
    expect(stored.every((h) => /^k1:[0-9a-f]{64}$/.test(h))).toBe(true);
    // Each works once, however it is typed.
    const ip = ipv4();
    const typed = codes[1]!.toUpperCase().replace(/-/g, ' ');
    expect(reason(await authenticate({ email: person.email, password: PASSWORD, code: typed.replace(/\s+/g, ''), ip }))).toBe('ok');
    expect(reason(await authenticate({ email: person.email, password: PASSWORD, code: codes[1]!, ip }))).toBe('mfa_invalid');
  });

  it('codes made before L12 (unkeyed SHA-256) keep working until the person turns two-step verification on again', async () => {
    const person = await makeUser();
    const { code } = await enrolTotp(person.id);
    expect((await confirmTotpEnrolment(person.id, { code, password: PASSWORD }, null)).ok).toBe(true);
    const old = ['ab12c-3de45', '0f0f0-a1b2c'];
    await asSystem((tx) => tx.insert(recoveryCodes).values(old.map((c) => ({ userId: person.id, codeHash: hashToken(c) }))));
    const ip = ipv4();
    expect(reason(await authenticate({ email: person.email, password: PASSWORD, code: old[0]!, ip }))).toBe('ok');
    // Off and on again: every code is replaced by keyed ones, the old ones stop working.
    expect(await disableTotp(person.id, PASSWORD, null)).toEqual({ ok: true });
    const again = await enrolTotp(person.id);
    expect((await confirmTotpEnrolment(person.id, { code: again.code, password: PASSWORD }, null)).ok).toBe(true);
    expect(reason(await authenticate({ email: person.email, password: PASSWORD, code: old[1]!, ip }))).toBe('mfa_invalid');
    const left = await asSystem((tx) => tx.select({ h: recoveryCodes.codeHash }).from(recoveryCodes).where(eq(recoveryCodes.userId, person.id)));
    expect(left.filter((r) => !r.h.startsWith('k1:'))).toEqual([]);
  });
});
