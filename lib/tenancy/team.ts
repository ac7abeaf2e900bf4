import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '@/db/client';
import { invitations, memberships, users } from '@/db/schema';
import { withLocalePrefix } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { refusalCode } from '@/db/refusal';
import { writeTenantAudit } from '@/lib/auth/audit';
import { hashToken, newToken } from '@/lib/auth/tokens';
import type { FailureCategory } from '@/lib/email/delivery';
import { emailFailures } from '@/lib/email/failures';
import { enqueueEmail } from '@/lib/email/outbox';
import { Refused } from '@/lib/errors';
import { isUuid } from '@/lib/ids';
import { cleanName } from '@/lib/privacy/clean-text';
import { countAttempts } from '@/lib/rate-limit';
import { appUrl } from '@/lib/settings/env';
import { assertCanInvite } from '@/lib/subscriptions/limits';
import type { MemberCtx, TenantCtx } from './context';
import type { Role } from './roles';

/** Members of one tenant. The tenant id is required and in the WHERE; RLS limits it again. */
export function listMembers(tx: Tx, ctx: TenantCtx) {
  return tx
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role, since: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.tenantId, ctx.tenantId))
    .orderBy(asc(users.name), asc(users.email));
}

/** Pending invitations, each with why its email could not be delivered (null while it is on its way or arrived). */
export async function listPendingInvitations(tx: Tx, ctx: TenantCtx) {
  const pending = await tx
    .select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(and(eq(invitations.tenantId, ctx.tenantId), isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date())))
    .orderBy(desc(invitations.createdAt));
  const failures = pending.length > 0 ? await emailFailures(tx, ctx) : new Map<string, FailureCategory>();
  return pending.map((invitation) => ({ ...invitation, deliveryFailure: failures.get(invitation.id) ?? null }));
}

async function membershipOf(tx: Tx, tenantId: string, userId: string) {
  if (!isUuid(userId)) return null;
  const [row] = await tx
    .select({ role: memberships.role, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId)));
  return row ?? null;
}

/** Runs a membership definer function (drizzle/0014), turning its refusals into ours. */
async function membershipChange(tx: Tx, statement: ReturnType<typeof sql>): Promise<boolean> {
  try {
    const [row] = rowsOf<{ done: boolean }>(await tx.execute(statement));
    return Boolean(row?.done);
  } catch (error) {
    const code = refusalCode(error);
    if (code === 'last_owner') throw new Refused('lastOwner');
    if (code === 'not_owner') throw new Refused('forbidden');
    throw error;
  }
}

/**
 * An owner changes a member's role. The runtime role may not write memberships: the database function
 * change_member_role checks that the signed-in member is an owner of this tenant, locks the owners and
 * keeps the last one.
 */
export async function changeMemberRole(tx: Tx, ctx: MemberCtx, userId: string, role: Role): Promise<void> {
  const current = await membershipOf(tx, ctx.tenantId, userId);
  if (!current) throw new Refused('not_found');
  if (current.role === role) return;
  if (!(await membershipChange(tx, sql`select public.change_member_role(${userId}::uuid, ${role}) as done`))) throw new Refused('not_found');
  await writeTenantAudit(tx, ctx, { event: 'member_role_changed', userId: ctx.userId, detail: { member: userId, memberEmail: current.email, from: current.role, to: role } });
}

/** Removing a member ends their sessions at once (session version bump in the same transaction). */
export async function removeMember(tx: Tx, ctx: MemberCtx, userId: string): Promise<void> {
  const current = await membershipOf(tx, ctx.tenantId, userId);
  if (!current) throw new Refused('not_found');
  // One definer function checks the caller is an owner, keeps the last owner, deletes the membership (this
  // tenant's only) and bumps the person's session version.
  if (!(await membershipChange(tx, sql`select public.remove_member(${userId}::uuid) as done`))) throw new Refused('not_found');
  await writeTenantAudit(tx, ctx, { event: 'member_removed', userId: ctx.userId, detail: { member: userId, memberEmail: current.email, role: current.role } });
}

export const INVITATION_DAYS = 7;
/**
 * Invitations are email sent in our name to addresses the inviter chooses
 * (review L10): so many per tenant a day and per inviter an hour. Sized so a
 * team can still bring its people in on its first day.
 */
export const INVITATION_LIMITS = { perTenantPerDay: 50, perInviterPerHour: 20 } as const;

/**
 * An invitation by email; only the hash of the link's token is stored. Counted
 * against the limits in the same transaction, before any work: a refusal rolls
 * the count back too, so only sent invitations count.
 */
export async function inviteMember(tx: Tx, ctx: MemberCtx, input: { email: string; role: Role; language: Locale }): Promise<void> {
  const email = input.email.trim().toLowerCase();
  const existing = await tx
    .select({ userId: users.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, ctx.tenantId), sql`lower(${users.email}) = ${email}`));
  if (existing.length > 0) throw new Refused('alreadyMember', 'email');
  // Seats: members and invitations still waiting, within the plan (before the rate-limit count, so a refusal costs none).
  await assertCanInvite(tx, ctx);
  const counts = await countAttempts(tx, [
    { key: `invite:tenant:${ctx.tenantId}`, limit: INVITATION_LIMITS.perTenantPerDay, windowSeconds: 86_400 },
    { key: `invite:inviter:${ctx.userId}`, limit: INVITATION_LIMITS.perInviterPerHour, windowSeconds: 3600 },
  ]);
  if (counts.some((c) => !c.allowed)) throw new Refused('invitationsThrottled');
  const [who] = await tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, ctx.userId));
  const token = newToken();
  const invitationId = randomUUID();
  await tx.insert(invitations).values({
    tenantId: ctx.tenantId,
    id: invitationId,
    email,
    role: input.role,
    tokenHash: hashToken(token),
    invitedBy: ctx.userId,
    expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
  });
  await enqueueEmail(tx, {
    template: 'invitation',
    language: input.language,
    recipient: email,
    payload: {
      url: `${appUrl()}${withLocalePrefix(input.language, '/login/invitation')}?token=${encodeURIComponent(token)}`,
      tenantName: ctx.tenantName,
      inviterName: cleanName(who?.name ?? '') || who?.email || 'SeeRecruit',
      role: input.role,
      days: INVITATION_DAYS,
    },
    about: { tenantId: ctx.tenantId, id: invitationId },
  });
  await writeTenantAudit(tx, ctx, { event: 'member_invited', userId: ctx.userId, detail: { email, role: input.role } });
}

export async function revokeInvitation(tx: Tx, ctx: TenantCtx, invitationId: string): Promise<void> {
  if (!isUuid(invitationId)) throw new Refused('not_found');
  const deleted = await tx
    .delete(invitations)
    .where(and(eq(invitations.tenantId, ctx.tenantId), eq(invitations.id, invitationId), isNull(invitations.acceptedAt)))
    .returning({ id: invitations.id });
  if (deleted.length === 0) throw new Refused('not_found');
}
