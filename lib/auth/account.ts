import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { withSystem } from '@/db/doors';
import { recoveryCodes, users } from '@/db/schema';
import { insertAudit } from './audit';
import { hashPassword, verifyPassword } from './password';
import { passwordProblem, type PasswordProblem } from './password-policy';
import { newRecoveryCodes, newTotpSecret, recoveryCodeHash, verifyTotp } from './totp';

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

/** Changing the password bumps the session version: every other session ends at once. */
export async function changePassword(userId: string, current: string, next: string, ip: string | null): Promise<{ ok: true; sv: number } | { ok: false; reason: 'wrongPassword' | PasswordProblem }> {
  const user = await withSystem('own-account', async (tx) => (await tx.select().from(users).where(eq(users.id, userId)))[0]);
  if (!user || !(await verifyPassword(user.passwordHash, current))) return { ok: false, reason: 'wrongPassword' };
  const problem = passwordProblem(next, [user.email, user.name]);
  if (problem) return { ok: false, reason: problem };
  const passwordHash = await hashPassword(next);
  return withSystem(
    'own-account',
    async (tx) => {
      const [row] = await tx
        .update(users)
        .set({ passwordHash, passwordChangedAt: new Date(), sessionVersion: sql`${users.sessionVersion} + 1` })
        .where(eq(users.id, userId))
        .returning({ sv: users.sessionVersion });
      await insertAudit(tx, { event: 'password_changed', userId, ip, fanOutToTenants: true });
      return { ok: true, sv: row!.sv } as const;
    },
  );
}

/** Ends every session of this person, this one included. */
export async function signOutEverywhere(userId: string, ip: string | null): Promise<void> {
  await withSystem(
    'own-account',
    async (tx) => {
      await tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, userId));
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

/** Step 2: the code matches, so the factor is on; ten recovery codes are returned once and stored keyed (totp.ts recoveryCodeHash). */
export async function confirmTotpEnrolment(userId: string, code: string, ip: string | null): Promise<{ ok: true; recoveryCodes: string[] } | { ok: false }> {
  const [user] = await withSystem('own-account', (tx) => tx.select().from(users).where(eq(users.id, userId)));
  if (!user?.totpSecret || user.totpEnabledAt || !/^\d{6}$/.test(code)) return { ok: false };
  const step = await verifyTotp(user.totpSecret, code);
  if (step === null) return { ok: false };
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

/** Turning the factor off needs the password; platform staff cannot turn it off. */
export async function disableTotp(userId: string, password: string, ip: string | null): Promise<{ ok: true } | { ok: false; reason: 'wrongPassword' | 'staffRequired' }> {
  const [user] = await withSystem('own-account', (tx) => tx.select().from(users).where(eq(users.id, userId)));
  if (!user || !(await verifyPassword(user.passwordHash, password))) return { ok: false, reason: 'wrongPassword' };
  if (user.isStaff) return { ok: false, reason: 'staffRequired' };
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
