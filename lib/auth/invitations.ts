import 'server-only';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { withSystem } from '@/db/doors';
import { invitations, memberships, tenants, users } from '@/db/schema';
import { insertAudit } from './audit';
import { hashPassword } from './password';
import { passwordProblem, type PasswordProblem } from './password-policy';
import { hashToken } from './tokens';

/** What the accept page shows: whose invitation, and whether the person already has an account. */
export async function findInvitation(token: string) {
  if (!token || token.length > 200) return null;
  return withSystem(
    'invitation',
    async (tx) => {
      const [row] = await tx
        .select({ tenantId: invitations.tenantId, id: invitations.id, email: invitations.email, role: invitations.role, tenantName: tenants.name, tenantSlug: tenants.slug })
        .from(invitations)
        .innerJoin(tenants, eq(tenants.id, invitations.tenantId))
        .where(and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date())));
      if (!row) return null;
      const [existing] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${row.email.toLowerCase()}`);
      return { ...row, hasAccount: Boolean(existing) };
    },
  );
}

export type AcceptResult = { ok: true; tenantSlug: string; email: string } | { ok: false; reason: 'invalid' | PasswordProblem | 'nameRequired' };

/**
 * Accepting creates the account (with a password that passes the policy) or
 * adds the membership to the existing one. Single use: the invitation row is
 * claimed with a conditional update first.
 */
export async function acceptInvitation(token: string, input: { name?: string; password?: string }): Promise<AcceptResult> {
  const invitation = await findInvitation(token);
  if (!invitation) return { ok: false, reason: 'invalid' };
  let passwordHash: string | null = null;
  if (!invitation.hasAccount) {
    const name = (input.name ?? '').trim();
    if (!name) return { ok: false, reason: 'nameRequired' };
    const problem = passwordProblem(input.password ?? '', [invitation.email, name]);
    if (problem) return { ok: false, reason: problem };
    passwordHash = await hashPassword(input.password!);
  }
  return withSystem(
    'invitation',
    async (tx) => {
      const claimed = await tx
        .update(invitations)
        .set({ acceptedAt: new Date() })
        .where(and(eq(invitations.tenantId, invitation.tenantId), eq(invitations.id, invitation.id), isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date())))
        .returning({ id: invitations.id });
      if (claimed.length === 0) return { ok: false, reason: 'invalid' } as const;
      let [user] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${invitation.email.toLowerCase()}`);
      if (!user) {
        if (!passwordHash) return { ok: false, reason: 'invalid' } as const;
        [user] = await tx.insert(users).values({ email: invitation.email, name: (input.name ?? '').trim(), passwordHash }).returning({ id: users.id });
      }
      await tx.insert(memberships).values({ tenantId: invitation.tenantId, userId: user!.id, role: invitation.role }).onConflictDoNothing();
      await insertAudit(tx, { event: 'member_joined', tenantId: invitation.tenantId, userId: user!.id, detail: { role: invitation.role } });
      return { ok: true, tenantSlug: invitation.tenantSlug, email: invitation.email } as const;
    },
  );
}
