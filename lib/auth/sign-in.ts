import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { withSystem } from '@/db/doors';
import { memberships, recoveryCodes, tenants, users } from '@/db/schema';
import { consumeRateLimit, refundRateLimit } from '@/lib/rate-limit';
import { writeAudit } from './audit';
import { hashPassword, verifyPassword } from './password';
import { hashToken, signValue, verifySignedValue } from './tokens';
import { verifyTotp } from './totp';
import type { SessionClaims } from './session-policy';

/** Failed attempts allowed before a short wait: per account and per address. */
export const SIGN_IN_LIMITS = {
  account: { limit: 5, windowSeconds: 15 * 60 },
  ip: { limit: 100, windowSeconds: 15 * 60 },
} as const;

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
 * The sign-in check behind the Credentials provider (a named privileged door:
 * nobody is signed in yet). One generic failure for unknown email and wrong
 * password; attempts are counted before the work and refunded on success, so
 * only failures lead to a wait, never to a permanent lock.
 */
export async function authenticate(
  input: { email: string; password: string; code?: string; ticket?: string; ip?: string | null },
  ): Promise<SignInResult> {
  // Second step of a two-factor sign-in: the ticket proves the password was right a moment ago.
  const ticketUser = input.ticket ? readMfaTicket(input.ticket) : null;
  if (input.ticket && !ticketUser) return { ok: false, reason: 'invalid' };
  const email = normalise(ticketUser?.email ?? input.email);
  const ip = input.ip ?? 'unknown';
  const accountKey = `sign-in:account:${email}`;
  const ipKey = `sign-in:ip:${ip}`;
  const [byAccount, byIp] = await Promise.all([
    consumeRateLimit(accountKey, SIGN_IN_LIMITS.account.limit, SIGN_IN_LIMITS.account.windowSeconds),
    consumeRateLimit(ipKey, SIGN_IN_LIMITS.ip.limit, SIGN_IN_LIMITS.ip.windowSeconds),
  ]);
  if (!byAccount.allowed || !byIp.allowed) {
    await writeAudit({ event: 'sign_in_throttled', detail: { email }, ip });
    return { ok: false, reason: 'throttled', retryAfter: Math.max(byAccount.allowed ? 0 : byAccount.retryAfter, byIp.allowed ? 0 : byIp.retryAfter) };
  }

  const user = await withSystem(
    'sign-in',
    async (tx) => (await tx.select().from(users).where(sql`lower(${users.email}) = ${email}`).limit(1))[0],
  );
  const passwordOk = ticketUser
    ? user?.id === ticketUser.uid
    : await verifyPassword(user?.passwordHash ?? (await dummy()), input.password);
  if (!user || !passwordOk) {
    await writeAudit({ event: 'sign_in_failed', userId: user?.id ?? null, detail: { email }, ip, fanOutToTenants: true });
    return { ok: false, reason: 'invalid' };
  }

  if (user.totpEnabledAt && user.totpSecret) {
    const code = (input.code ?? '').replace(/\s+/g, '');
    if (!code) {
      // The password was right: give the attempt back, the second step counts on its own.
      await refundRateLimit(accountKey, SIGN_IN_LIMITS.account.windowSeconds);
      return { ok: false, reason: 'mfa_required', ticket: mfaTicket(user.id, email) };
    }
    const valid = /^\d{6}$/.test(code) ? await spendTotpCode(user.id, user.totpSecret, user.totpLastStep, code) : await redeemRecoveryCode(user.id, code);
    if (!valid) {
      await writeAudit({ event: 'sign_in_failed', userId: user.id, detail: { email, step: 'second factor' }, ip, fanOutToTenants: true });
      return { ok: false, reason: 'mfa_invalid' };
    }
  }

  await Promise.all([
    refundRateLimit(accountKey, SIGN_IN_LIMITS.account.windowSeconds),
    refundRateLimit(ipKey, SIGN_IN_LIMITS.ip.windowSeconds),
  ]);
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

/** A recovery code works once: marking it used is the check. */
async function redeemRecoveryCode(userId: string, code: string): Promise<boolean> {
  const codeHash = hashToken(code.toLowerCase());
  const used = await withSystem(
    'sign-in',
    (tx) =>
      tx
        .update(recoveryCodes)
        .set({ usedAt: new Date() })
        .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
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
