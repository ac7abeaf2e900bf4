import 'server-only';
import { notFound } from 'next/navigation';
import type { Tx } from '@/db/client';
import { withTenant } from '@/db/doors';
import { requireIdentity, type Person } from '@/lib/auth/session';
import type { MemberCtx } from './context';
import type { Role } from './roles';

/** The person's membership of the tenant with this slug, from the database (never from the token). */
export function memberOf(person: Person, userId: string, slug: string): MemberCtx | null {
  const m = person.memberships.find((x) => x.tenantSlug === slug);
  return m ? { tenantId: m.tenantId, tenantSlug: m.tenantSlug, tenantName: m.tenantName, role: m.role, userId } : null;
}

/**
 * For pages: signed in (idle, absolute and version checked), a member of this
 * tenant in the database, and, when asked, an owner. Anything else is the same
 * 404 as a tenant that does not exist. Shares the request's one identity query.
 */
export async function requireMember(slug: string, opts: { role?: Role } = {}): Promise<MemberCtx> {
  const { claims, person } = await requireIdentity();
  const member = memberOf(person, claims.uid, slug);
  if (!member) notFound();
  if (opts.role === 'owner' && member.role !== 'owner') notFound();
  return member;
}

/** Run tenant reads for a page inside the RLS door, as this member. */
export function asMember<T>(member: MemberCtx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withTenant(member, fn);
}
