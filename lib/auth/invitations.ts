import 'server-only';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { withSystem } from '@/db/doors';
import { invitations, memberships, tenants, users } from '@/db/schema';
import { cleanName } from '@/lib/privacy/clean-text';
import { invitationName, type InvitationNameProblem } from './invitation-name';
import { insertAudit } from './audit';
import { hashPassword } from './password';
import { passwordProblem, type PasswordProblem } from './password-policy';
import { hashToken } from './tokens';

/**
 * Who may accept: nobody needs to be signed in when the address has no account
 * yet (the link proves the address); an existing account only from a session
 * of that very account (`invitee`). `other` is a session of someone else.
 */
export type InvitationViewer = 'invitee' | 'other' | 'none';

async function accountFor(tx: Tx, email: string) {
  const [row] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return row ?? null;
}

/** The signed-in person against the invitation: their email, compared case-insensitively. */
async function viewerOf(tx: Tx, invitationEmail: string, viewerUid: string | null): Promise<InvitationViewer> {
  if (!viewerUid) return 'none';
  const [viewer] = await tx.select({ email: users.email }).from(users).where(eq(users.id, viewerUid));
  if (!viewer) return 'none';
  return viewer.email.toLowerCase() === invitationEmail.toLowerCase() ? 'invitee' : 'other';
}

async function openInvitation(tx: Tx, token: string) {
  const [row] = await tx
    .select({ tenantId: invitations.tenantId, id: invitations.id, email: invitations.email, role: invitations.role, tenantName: tenants.name, tenantSlug: tenants.slug })
    .from(invitations)
    .innerJoin(tenants, eq(tenants.id, invitations.tenantId))
    .where(and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date())));
  return row ?? null;
}

/**
 * What the accept page shows: whose invitation, whether the address already
 * has an account, and whether the session (uid from the checked session, or
 * null) is that account's.
 */
export async function findInvitation(token: string, viewerUid: string | null = null) {
  if (!token || token.length > 200) return null;
  return withSystem('invitation', async (tx) => {
    const row = await openInvitation(tx, token);
    if (!row) return null;
    const existing = await accountFor(tx, row.email);
    return { ...row, hasAccount: Boolean(existing), viewer: await viewerOf(tx, row.email, viewerUid) };
  });
}

export type AcceptResult = { ok: true; tenantSlug: string; email: string; signedIn: boolean } | { ok: false; reason: 'invalid' | PasswordProblem | InvitationNameProblem | 'signInFirst' };

/**
 * Accepting creates the account (with a password that passes the policy), or
 * adds the membership to an existing account, but only for a session of that
 * account: the link alone must not hand a tenant to whoever registered the
 * address first (review H1). Single use: the invitation row is claimed with a
 * conditional update, after the checks, in the same transaction.
 */
export async function acceptInvitation(token: string, input: { name?: string; password?: string }, viewerUid: string | null = null): Promise<AcceptResult> {
  const invitation = await findInvitation(token, viewerUid);
  if (!invitation) return { ok: false, reason: 'invalid' };
  if (invitation.hasAccount && invitation.viewer !== 'invitee') return { ok: false, reason: 'signInFirst' };
  let passwordHash: string | null = null;
  const name = cleanName(input.name ?? '');
  if (!invitation.hasAccount) {
    const checked = invitationName(input.name ?? '');
    if (!checked.ok) return { ok: false, reason: checked.reason };
    const problem = passwordProblem(input.password ?? '', [invitation.email, name]);
    if (problem) return { ok: false, reason: problem };
    passwordHash = await hashPassword(input.password!);
  }
  return withSystem('invitation', async (tx): Promise<AcceptResult> => {
    // Checked again inside the transaction: an account may have appeared since the page was drawn.
    let user = await accountFor(tx, invitation.email);
    if (user && (await viewerOf(tx, invitation.email, viewerUid)) !== 'invitee') return { ok: false, reason: 'signInFirst' };
    if (!user && !passwordHash) return { ok: false, reason: 'invalid' };
    const claimed = await tx
      .update(invitations)
      .set({ acceptedAt: new Date() })
      .where(and(eq(invitations.tenantId, invitation.tenantId), eq(invitations.id, invitation.id), isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date())))
      .returning({ id: invitations.id });
    if (claimed.length === 0) return { ok: false, reason: 'invalid' };
    const signedIn = Boolean(user);
    user ??= (await tx.insert(users).values({ email: invitation.email, name, passwordHash: passwordHash! }).returning({ id: users.id }))[0]!;
    await tx.insert(memberships).values({ tenantId: invitation.tenantId, userId: user.id, role: invitation.role }).onConflictDoNothing();
    await insertAudit(tx, { event: 'member_joined', tenantId: invitation.tenantId, userId: user.id, detail: { role: invitation.role } });
    return { ok: true, tenantSlug: invitation.tenantSlug, email: invitation.email, signedIn };
  });
}
