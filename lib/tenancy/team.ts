import { and, asc, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { invitations, memberships, users, type Role } from '@/db/schema';
import { rowsOf } from '@/db/client';
import { refusalCode } from '@/db/refusal';
import { writeTenantAudit } from '@/lib/auth/audit';
import { hashToken, newToken } from '@/lib/auth/tokens';
import { enqueueEmail } from '@/lib/email/outbox';
import { ActionRefused } from './guard';

/** Members of one tenant. The tenant id is required and in the WHERE; RLS limits it again. */
export function listMembers(tx: Tx, tenantId: string) {
  return tx
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role, since: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.tenantId, tenantId))
    .orderBy(asc(users.name), asc(users.email));
}

export function listPendingInvitations(tx: Tx, tenantId: string) {
  return tx
    .select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(and(eq(invitations.tenantId, tenantId), isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date())))
    .orderBy(desc(invitations.createdAt));
}

async function membershipOf(tx: Tx, tenantId: string, userId: string) {
  const [row] = await tx
    .select({ role: memberships.role, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId)));
  return row ?? null;
}

/** Runs a membership definer function (drizzle/0014), turning its refusals into ActionRefused. */
async function membershipChange(tx: Tx, statement: ReturnType<typeof sql>): Promise<boolean> {
  try {
    const [row] = rowsOf<{ done: boolean }>(await tx.execute(statement));
    return Boolean(row?.done);
  } catch (error) {
    const code = refusalCode(error);
    if (code === 'last_owner') throw new ActionRefused('lastOwner');
    if (code === 'not_owner') throw new ActionRefused('forbidden');
    throw error;
  }
}

/**
 * The runtime role may not write memberships: the database function change_member_role checks that the
 * signed-in member is an owner of this tenant, locks the owners and keeps the last one.
 */
export async function changeMemberRole(tx: Tx, tenantId: string, actorId: string, userId: string, role: Role): Promise<void> {
  const current = await membershipOf(tx, tenantId, userId);
  if (!current) throw new ActionRefused('not_found');
  if (current.role === role) return;
  if (!(await membershipChange(tx, sql`select public.change_member_role(${userId}::uuid, ${role}) as done`))) throw new ActionRefused('not_found');
  await writeTenantAudit(tx, tenantId, { event: 'member_role_changed', userId: actorId, detail: { member: userId, memberEmail: current.email, from: current.role, to: role } });
}

/** Removing a member ends their sessions at once (session version bump in the same transaction). */
export async function removeMember(tx: Tx, tenantId: string, actorId: string, userId: string): Promise<void> {
  const current = await membershipOf(tx, tenantId, userId);
  if (!current) throw new ActionRefused('not_found');
  // One definer function checks the caller is an owner, keeps the last owner, deletes the membership (this
  // tenant's only) and bumps the person's session version.
  if (!(await membershipChange(tx, sql`select public.remove_member(${userId}::uuid) as done`))) throw new ActionRefused('not_found');
  await writeTenantAudit(tx, tenantId, { event: 'member_removed', userId: actorId, detail: { member: userId, memberEmail: current.email, role: current.role } });
}

export const INVITATION_DAYS = 7;

/** An invitation by email; only the hash of the link's token is stored. */
export async function inviteMember(
  tx: Tx,
  tenant: { tenantId: string; tenantName: string },
  inviter: { userId: string },
  input: { email: string; role: Role; language: 'nb' | 'en'; appUrl: string },
): Promise<void> {
  const email = input.email.trim().toLowerCase();
  const existing = await tx
    .select({ userId: users.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, tenant.tenantId), sql`lower(${users.email}) = ${email}`));
  if (existing.length > 0) throw new ActionRefused('alreadyMember', 'email');
  const [who] = await tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, inviter.userId));
  const token = newToken();
  await tx.insert(invitations).values({
    tenantId: tenant.tenantId,
    email,
    role: input.role,
    tokenHash: hashToken(token),
    invitedBy: inviter.userId,
    expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
  });
  const path = input.language === 'en' ? '/en/login/invitation' : '/login/invitation';
  await enqueueEmail(tx, {
    template: 'invitation',
    language: input.language,
    recipient: email,
    payload: {
      url: `${input.appUrl.replace(/\/$/, '')}${path}?token=${encodeURIComponent(token)}`,
      tenantName: tenant.tenantName,
      inviterName: who?.name || who?.email || 'SeeRecruit',
      role: input.role,
      days: INVITATION_DAYS,
    },
  });
  await writeTenantAudit(tx, tenant.tenantId, { event: 'member_invited', userId: inviter.userId, detail: { email, role: input.role } });
}

export async function revokeInvitation(tx: Tx, tenantId: string, invitationId: string): Promise<void> {
  const deleted = await tx
    .delete(invitations)
    .where(and(eq(invitations.tenantId, tenantId), eq(invitations.id, invitationId), isNull(invitations.acceptedAt)))
    .returning({ id: invitations.id });
  if (deleted.length === 0) throw new ActionRefused('not_found');
}
