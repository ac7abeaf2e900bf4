import 'server-only';
import { eq, lt, sql } from 'drizzle-orm';
import { withSystem } from '@/db/doors';
import { recoveryCodes, revokedSessions, users } from '@/db/schema';
import { consumeRateLimit, refundRateLimit } from '@/lib/rate-limit';
import { insertAudit } from './audit';
import { hashPassword, verifyPassword } from './password';
import { passwordProblem, type PasswordProblem } from './password-policy';
import { sessionLimits, type SessionClaims } from './session-policy';
import { newRecoveryCodes, newTotpSecret, recoveryCodeHash, verifyTotp } from './totp';
import { endAllSessions, storeNewPassword } from './password-store';

// A person's own account (password, second factor, sessions) belongs to no
// tenant: these are named system doors, always keyed by the signed-in user's id.

export async function accountOverview(userId: string) {
  return withSystem(
    'own-account',
    async (tx) => {
      const [user] = await tx
        .select({ email: users.email, name: users.name, isStaff: users.isStaff, totpEnabledAt: users.totpEnabledAt, pendingSecret: users.totpSecret })
        .from(users)
        .where(eq(users.id, userId));
      if (!user) return null;
      const [codes] = await tx
        .select({ left: sql<number>`count(*) filter (where ${recoveryCodes.usedAt} is null)::int` })
        .from(recoveryCodes)
        .where(eq(recoveryCodes.userId, userId));
      // Shortly after enrolment the page keeps the confirm form (and its recovery codes) on screen.
      const totpJustEnabled = Boolean(user.totpEnabledAt && Date.now() - user.totpEnabledAt.getTime() < 120_000);
      return { ...user, totpJustEnabled, pendingSecret: user.totpEnabledAt ? null : user.pendingSecret, recoveryCodesLeft: codes?.left ?? 0 };
    },
  );
}

/**
 * Checking the current password for someone already signed in (a session thief
 * does not know it): counted per person before the check, so a stolen session
 * is no unlimited password oracle; a right password gives its attempt back.
 */
export const PASSWORD_CHECK_LIMIT = { limit: 5, windowSeconds: 15 * 60 } as const;

type PasswordCheck = { ok: true; user: typeof users.$inferSelect } | { ok: false; reason: 'wrongPassword' } | { ok: false; reason: 'throttled'; retryAfter: number };

async function checkCurrentPassword(userId: string, password: string): Promise<PasswordCheck> {
  const key = `own-account:password:${userId}`;
  const budget = await consumeRateLimit(key, PASSWORD_CHECK_LIMIT.limit, PASSWORD_CHECK_LIMIT.windowSeconds);
  if (!budget.allowed) return { ok: false, reason: 'throttled', retryAfter: budget.retryAfter };
  const user = await withSystem('own-account', async (tx) => (await tx.select().from(users).where(eq(users.id, userId)))[0]);
  if (!user || !(await verifyPassword(user.passwordHash, password))) return { ok: false, reason: 'wrongPassword' };
  await refundRateLimit(key, PASSWORD_CHECK_LIMIT.windowSeconds);
  return { ok: true, user };
}

export type PasswordRefusal = { ok: false; reason: 'wrongPassword' | PasswordProblem } | { ok: false; reason: 'throttled'; retryAfter: number };

/** Changing the password bumps the session version: every other session ends at once. */
export async function changePassword(userId: string, current: string, next: string, ip: string | null): Promise<{ ok: true; sv: number } | PasswordRefusal> {
  const check = await checkCurrentPassword(userId, current);
  if (!check.ok) return check;
  const { user } = check;
  const problem = passwordProblem(next, [user.email, user.name]);
  if (problem) return { ok: false, reason: problem };
  const passwordHash = await hashPassword(next);
  return withSystem(
    'own-account',
    async (tx) => {
      const sv = await storeNewPassword(tx, userId, passwordHash);
      await insertAudit(tx, { event: 'password_changed', userId, ip, fanOutToTenants: true });
      return { ok: true, sv } as const;
    },
  );
}

/**
 * Signing out here ends this session on the server too: its id goes on the
 * revoked list that checkClaims consults, so a copy of the token is refused
 * from now on, while the person's other browsers stay signed in. A row is
 * useless once the token would have expired anyway; old rows go as new ones come.
 */
export async function endSession(claims: Pick<SessionClaims, 'uid' | 'sid' | 'loginAt'>): Promise<void> {
  const { uid, sid, loginAt } = claims;
  if (!sid) return;
  const expiresAt = new Date(loginAt + sessionLimits().maxMs);
  await withSystem(
    'own-account',
    async (tx) => {
      await tx.delete(revokedSessions).where(lt(revokedSessions.expiresAt, new Date()));
      await tx.insert(revokedSessions).values({ sid, userId: uid, expiresAt }).onConflictDoNothing();
    },
  );
}

/** Ends every session of this person, this one included. */
export async function signOutEverywhere(userId: string, ip: string | null): Promise<void> {
  await withSystem(
    'own-account',
    async (tx) => {
      await endAllSessions(tx, userId);
      await insertAudit(tx, { event: 'sign_out_everywhere', userId, ip, fanOutToTenants: true });
    },
  );
}

/** Step 1 of enrolment: a fresh secret kept as pending until a code proves the app has it. */
export async function startTotpEnrolment(userId: string): Promise<string> {
  const secret = newTotpSecret();
  await withSystem(
    'own-account',
    (tx) => tx.update(users).set({ totpSecret: secret, totpEnabledAt: null }).where(sql`${users.id} = ${userId} and ${users.totpEnabledAt} is null`),
  );
  return secret;
}

/**
 * Step 2: the current password and a code from the app, so a stolen session
 * cannot put its own authenticator on the account. Ten recovery codes are
 * returned once and stored keyed (totp.ts recoveryCodeHash), replacing any
 * older ones.
 */
export async function confirmTotpEnrolment(
  userId: string,
  input: { code: string; password: string },
  ip: string | null,
): Promise<{ ok: true; recoveryCodes: string[] } | { ok: false; reason: 'codeInvalid' | 'wrongPassword' } | { ok: false; reason: 'throttled'; retryAfter: number }> {
  const check = await checkCurrentPassword(userId, input.password);
  if (!check.ok) return check;
  const { user } = check;
  if (!user.totpSecret || user.totpEnabledAt || !/^\d{6}$/.test(input.code)) return { ok: false, reason: 'codeInvalid' };
  const step = await verifyTotp(user.totpSecret, input.code);
  if (step === null) return { ok: false, reason: 'codeInvalid' };
  const codes = newRecoveryCodes();
  await withSystem(
    'own-account',
    async (tx) => {
      // The enrolment code is spent: it cannot also sign in.
      await tx.update(users).set({ totpEnabledAt: new Date(), totpLastStep: step }).where(eq(users.id, userId));
      await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
      await tx.insert(recoveryCodes).values(codes.map((c) => ({ userId, codeHash: recoveryCodeHash(c) })));
      await insertAudit(tx, { event: 'mfa_enabled', userId, ip, fanOutToTenants: true });
    },
  );
  return { ok: true, recoveryCodes: codes };
}

/** Turning the factor off needs the password (counted as in checkCurrentPassword); platform staff cannot turn it off. */
export async function disableTotp(userId: string, password: string, ip: string | null): Promise<{ ok: true } | { ok: false; reason: 'wrongPassword' | 'staffRequired' } | { ok: false; reason: 'throttled'; retryAfter: number }> {
  const check = await checkCurrentPassword(userId, password);
  if (!check.ok) return check;
  if (check.user.isStaff) return { ok: false, reason: 'staffRequired' };
  await withSystem(
    'own-account',
    async (tx) => {
      await tx.update(users).set({ totpSecret: null, totpEnabledAt: null }).where(eq(users.id, userId));
      await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
      await insertAudit(tx, { event: 'mfa_disabled', userId, ip, fanOutToTenants: true });
    },
  );
  return { ok: true };
}
