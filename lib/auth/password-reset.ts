import 'server-only';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { withSystem } from '@/db/doors';
import { passwordResetTokens, users } from '@/db/schema';
import { enqueueEmail } from '@/lib/email/outbox';
import { withLocalePrefix } from '@/i18n/paths';
import { appUrl } from '@/lib/settings/env';
import { consumeRateLimit } from '@/lib/rate-limit';
import { insertAudit } from './audit';
import { hashPassword } from './password';
import { passwordProblem, type PasswordProblem } from './password-policy';
import { hashToken, newToken } from './tokens';
import { storeNewPassword } from './password-store';

export const RESET_MINUTES = 30;

/**
 * Always answers the same way, whether the address has an account or not.
 * Throttled per address and per IP so the form cannot be used to flood an inbox.
 */
export async function requestPasswordReset(input: { email: string; ip: string | null; language: 'nb' | 'en' }): Promise<void> {
  const email = input.email.trim().toLowerCase();
  const [byEmail, byIp] = await Promise.all([
    consumeRateLimit(`reset:email:${email}`, 3, 3600),
    consumeRateLimit(`reset:ip:${input.ip ?? 'unknown'}`, 20, 3600),
  ]);
  if (!byEmail.allowed || !byIp.allowed) return;
  await withSystem(
    'password-reset',
    async (tx) => {
      const [user] = await tx.select({ id: users.id, email: users.email }).from(users).where(sql`lower(${users.email}) = ${email}`);
      if (!user) return;
      const token = newToken();
      await tx.insert(passwordResetTokens).values({ tokenHash: hashToken(token), userId: user.id, expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000) });
      await enqueueEmail(tx, {
        template: 'passwordReset',
        language: input.language,
        recipient: user.email,
        payload: { url: `${appUrl()}${withLocalePrefix(input.language, '/login/reset')}?token=${encodeURIComponent(token)}`, minutes: RESET_MINUTES },
      });
      await insertAudit(tx, { event: 'password_reset_requested', userId: user.id, ip: input.ip, fanOutToTenants: true });
    },
  );
}

export async function resetTokenIsUsable(token: string): Promise<boolean> {
  if (!token || token.length > 200) return false;
  const rows = await withSystem(
    'password-reset',
    (tx) =>
      tx
        .select({ userId: passwordResetTokens.userId })
        .from(passwordResetTokens)
        .where(and(eq(passwordResetTokens.tokenHash, hashToken(token)), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, new Date()))),
  );
  return rows.length === 1;
}

/** Single use: the token is claimed by a conditional update; the new password ends every session. */
export async function resetPassword(token: string, password: string, ip: string | null): Promise<{ ok: true } | { ok: false; reason: 'invalid' | PasswordProblem }> {
  if (!(await resetTokenIsUsable(token))) return { ok: false, reason: 'invalid' };
  const owner = await withSystem(
    'password-reset',
    async (tx) => {
      const [row] = await tx
        .select({ email: users.email, name: users.name })
        .from(passwordResetTokens)
        .innerJoin(users, eq(users.id, passwordResetTokens.userId))
        .where(eq(passwordResetTokens.tokenHash, hashToken(token)));
      return row;
    },
  );
  const problem = passwordProblem(password, owner ? [owner.email, owner.name] : []);
  if (problem) return { ok: false, reason: problem };
  const passwordHash = await hashPassword(password);
  return withSystem(
    'password-reset',
    async (tx) => {
      const [claimed] = await tx
        .update(passwordResetTokens)
        .set({ usedAt: new Date() })
        .where(and(eq(passwordResetTokens.tokenHash, hashToken(token)), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, new Date())))
        .returning({ userId: passwordResetTokens.userId });
      if (!claimed) return { ok: false, reason: 'invalid' } as const;
      await storeNewPassword(tx, claimed.userId, passwordHash);
      // Other outstanding links for this person stop working too.
      await tx.update(passwordResetTokens).set({ usedAt: new Date() }).where(and(eq(passwordResetTokens.userId, claimed.userId), isNull(passwordResetTokens.usedAt)));
      await insertAudit(tx, { event: 'password_reset', userId: claimed.userId, ip, fanOutToTenants: true });
      return { ok: true } as const;
    },
  );
}
