import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { withSystem } from '@/db/doors';
import { memberships, recoveryCodes, tenants, users } from '@/db/schema';
import { consumeRateLimit, consumeRateLimits, countAndPeek, refundRateLimit } from '@/lib/rate-limit';
import { SIGN_IN_LIMITS, signInBuckets, signInVerdict, type SignInBucket, type SignInLimits } from '@/lib/rate-limit/sign-in-buckets';
import { hasControlCharacters } from '@/lib/privacy/clean-text';
import { clientKey } from '@/lib/security/client-ip';
import { writeAudit } from './audit';
import { hashPassword, verifyPassword } from './password';
import { keyedMac, macMatches, signValue, verifySignedValue } from './tokens';
import { recoveryCodeHashes, verifyTotp } from './totp';
import type { SessionClaims } from './session-policy';

export { SIGN_IN_LIMITS };

export type SignInResult =
  | { ok: true; claims: Omit<SessionClaims, 'loginAt' | 'lastActivity'> }
  | { ok: false; reason: 'invalid' | 'throttled'; retryAfter?: number }
  | { ok: false; reason: 'mfa_required'; ticket: string }
  | { ok: false; reason: 'mfa_invalid' };

// A real argon2id hash of a random string: unknown emails take as long as wrong passwords.
let dummyHash: Promise<string> | undefined;
const dummy = () => (dummyHash ??= hashPassword(`no-such-user-${Math.random()}`));

const normalise = (email: string) => email.trim().toLowerCase();

/**
 * What the audit log keeps of an address typed for no account: a truncated
 * keyed hash, enough to see that one address was tried many times, not who.
 */
const typedEmailHash = (email: string) => keyedMac('audit-email', email).toString('hex').slice(0, 16);

/**
 * The sign-in check behind the Credentials provider (a named privileged door:
 * nobody is signed in yet). One generic failure for unknown email and wrong
 * password. Attempts are counted before the expensive work, under the keys of
 * lib/rate-limit/sign-in-buckets; a success gives back only its own pair key.
 * `device` is the known-device cookie, if the browser sent one.
 */
export async function authenticate(
  input: { email: string; password: string; code?: string; ticket?: string; ip?: string | null; device?: string },
  limits: SignInLimits = SIGN_IN_LIMITS,
): Promise<SignInResult> {
  // Second step of a two-factor sign-in: the ticket proves the password was right a moment ago.
  const ticketUser = input.ticket ? readMfaTicket(input.ticket) : null;
  if (input.ticket && !ticketUser) return { ok: false, reason: 'invalid' };
  // No account has a control character in its address, and NUL would fail the lookup (review M7).
  if (hasControlCharacters(input.email)) return { ok: false, reason: 'invalid' };
  const email = normalise(ticketUser?.email ?? input.email);
  const ip = input.ip ?? null;

  // A cheap lookup first: whether the browser is known can only be checked against the account's id.
  const user = await withSystem(
    'sign-in',
    async (tx) => (await tx.select().from(users).where(sql`lower(${users.email}) = ${email}`).limit(1))[0],
  );
  const device = user && input.device ? knownDeviceOf(input.device, user.id) : null;
  const buckets = signInBuckets({ email, client: clientKey(ip), device }, limits);
  const pair = buckets.find((b) => b.kind === 'pair')!;
  const failureCounters = buckets.filter((b) => b.kind !== 'pair');
  const counts = await countAndPeek([pair], failureCounters);
  const verdict = signInVerdict(
    [{ bucket: pair, ...counts.counted[0]! }, ...failureCounters.map((bucket, i) => ({ bucket, ...counts.peeked[i]! }))],
    device !== null,
    limits,
  );
  /** A failure counts against this client and this account; a success never does. */
  const failed = () => consumeRateLimits(failureCounters);
  const who = user ? { userId: user.id, detail: { email } } : { userId: null, detail: { emailHash: typedEmailHash(email) } };
  if (verdict.kind === 'throttled') {
    // One row per binding key and window (review L11): the audit log cannot be deleted, so a flood must not grow it.
    const binding = throttlingBucket([{ bucket: pair, ...counts.counted[0]! }, ...failureCounters.map((bucket, i) => ({ bucket, ...counts.peeked[i]! }))], device !== null);
    const first = await consumeRateLimit(`audit:sign-in-throttled:${binding.key}`, 1, binding.windowSeconds);
    if (first.allowed) await writeAudit({ event: 'sign_in_throttled', ...who, ip, detail: { ...who.detail, limit: binding.kind } });
    return { ok: false, reason: 'throttled', retryAfter: verdict.retryAfter };
  }
  // Past the account-wide ceiling a browser that signed in before still gets in, a little later.
  if (verdict.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, verdict.delayMs));

  const passwordOk = ticketUser
    ? user?.id === ticketUser.uid
    : await verifyPassword(user?.passwordHash ?? (await dummy()), input.password);
  if (!user || !passwordOk) {
    await Promise.all([failed(), writeAudit({ event: 'sign_in_failed', ...who, ip, fanOutToTenants: true })]);
    return { ok: false, reason: 'invalid' };
  }

  if (user.totpEnabledAt && user.totpSecret) {
    const code = (input.code ?? '').replace(/\s+/g, '');
    if (!code) {
      // The password was right: give the attempt back, the second step counts on its own.
      await refundRateLimit(pair.key, pair.windowSeconds);
      return { ok: false, reason: 'mfa_required', ticket: mfaTicket(user.id, email) };
    }
    const valid = /^\d{6}$/.test(code) ? await spendTotpCode(user.id, user.totpSecret, user.totpLastStep, code) : await redeemRecoveryCode(user.id, code);
    if (!valid) {
      await Promise.all([failed(), writeAudit({ event: 'sign_in_failed', userId: user.id, detail: { email, step: 'second factor' }, ip, fanOutToTenants: true })]);
      return { ok: false, reason: 'mfa_invalid' };
    }
  }

  // Only this account-and-client key: the client's and the account's failure counts stay as they are.
  await refundRateLimit(pair.key, pair.windowSeconds);
  const slugs = await withSystem(
    'sign-in',
    (tx) => tx.select({ slug: tenants.slug }).from(memberships).innerJoin(tenants, eq(tenants.id, memberships.tenantId)).where(eq(memberships.userId, user.id)),
  );
  await writeAudit({ event: 'sign_in', userId: user.id, detail: { mfa: Boolean(user.totpEnabledAt) }, ip, fanOutToTenants: true });
  return {
    ok: true,
    claims: {
      uid: user.id,
      sv: user.sessionVersion,
      tenants: slugs.map((s) => s.slug).sort(),
      staff: user.isStaff,
      mustEnrolMfa: user.isStaff && !user.totpEnabledAt,
    },
  };
}

/**
 * The widest counter that refused this attempt (the account's ceiling, then the client's, then the pair), as
 * signInVerdict reads them: the throttled audit row is written once per window of that key.
 */
function throttlingBucket(counted: ReadonlyArray<{ bucket: SignInBucket; allowed: boolean }>, knownDevice: boolean): SignInBucket {
  const binding = counted.filter((c) => !c.allowed && (c.bucket.kind === 'pair' || !knownDevice)).map((c) => c.bucket);
  const order: SignInBucket['kind'][] = ['account', 'client', 'pair'];
  return order.map((kind) => binding.find((b) => b.kind === kind)).find((b) => b !== undefined) ?? counted[0]!.bucket;
}

/** The known-device cookie: set at a successful sign-in, kept ~90 days, sent only to the sign-in page. */
export const KNOWN_DEVICE_COOKIE = 'sr_device';
export const KNOWN_DEVICE_DAYS = 90;

/**
 * "This browser signed in to this account before": an expiry, a random id and
 * a MAC over both and the account's id. It says nothing about the person (the id
 * is only inside the MAC), and it only counts for the account it was made for.
 */
export function knownDeviceValue(userId: string, now: number = Date.now()): string {
  const expires = (now + KNOWN_DEVICE_DAYS * 86_400_000).toString(36);
  const id = randomBytes(12).toString('base64url');
  return `${expires}.${id}.${keyedMac('known-device', `${userId}.${expires}.${id}`).toString('base64url')}`;
}

/** The browser's id when the cookie is ours, unexpired and made for this account; else null. */
export function knownDeviceOf(value: string, userId: string, now: number = Date.now()): string | null {
  const [expires, id, mac, extra] = value.split('.');
  if (!expires || !id || !mac || extra !== undefined) return null;
  if (!(parseInt(expires, 36) > now)) return null;
  return macMatches(keyedMac('known-device', `${userId}.${expires}.${id}`), Buffer.from(mac, 'base64url')) ? id : null;
}

/**
 * A code from the app works once: it must be later than the last one accepted, and
 * moving the recorded step forward is the check, so two requests racing with the
 * same code cannot both pass.
 */
async function spendTotpCode(userId: string, secret: string, lastStep: number | null, code: string): Promise<boolean> {
  const step = await verifyTotp(secret, code, lastStep);
  if (step === null) return false;
  const moved = await withSystem(
    'sign-in',
    (tx) =>
      tx
        .update(users)
        .set({ totpLastStep: step })
        .where(sql`${users.id} = ${userId} and (${users.totpLastStep} is null or ${users.totpLastStep} < ${step})`)
        .returning({ id: users.id }),
  );
  return moved.length === 1;
}

/** A recovery code works once: marking it used is the check (keyed rows, and unkeyed ones from before; see totp.ts). */
async function redeemRecoveryCode(userId: string, code: string): Promise<boolean> {
  const hashes = recoveryCodeHashes(code);
  if (hashes.length === 0) return false;
  const used = await withSystem(
    'sign-in',
    (tx) =>
      tx
        .update(recoveryCodes)
        .set({ usedAt: new Date() })
        .where(and(eq(recoveryCodes.userId, userId), inArray(recoveryCodes.codeHash, hashes), isNull(recoveryCodes.usedAt)))
        .returning({ userId: recoveryCodes.userId }),
  );
  return used.length === 1;
}

const TICKET_MS = 5 * 60_000;

/** A short-lived, signed "password was right" ticket carried to the code step in a hidden field. */
function mfaTicket(uid: string, email: string): string {
  return signValue(JSON.stringify({ uid, email, exp: Date.now() + TICKET_MS }));
}

function readMfaTicket(ticket: string): { uid: string; email: string } | null {
  const raw = verifySignedValue(ticket);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as { uid?: unknown; email?: unknown; exp?: unknown };
    if (typeof parsed.uid !== 'string' || typeof parsed.email !== 'string' || typeof parsed.exp !== 'number') return null;
    return parsed.exp > Date.now() ? { uid: parsed.uid, email: parsed.email } : null;
  } catch {
    return null;
  }
}
