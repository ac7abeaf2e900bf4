import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { withSystem } from '@/db/doors';
import { memberships, tenants, users } from '@/db/schema';

/** The tenants a person belongs to (for the /dashboard chooser): their own memberships only. */
export function tenantsOf(userId: string, handle?: Db) {
  return withSystem(
    'own memberships',
    (tx) =>
      tx
        .select({ slug: tenants.slug, name: tenants.name, role: memberships.role })
        .from(memberships)
        .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
        .where(eq(memberships.userId, userId))
        .orderBy(asc(tenants.name)),
    handle,
  );
}

/**
 * Where a person goes right after signing in (when no callbackUrl says
 * otherwise): staff without a second factor to enrolment, one tenant straight
 * in, several to the chooser. Resolved here rather than by a redirect chain.
 */
export async function landingPath(email: string, handle?: Db): Promise<string> {
  return withSystem(
    'sign-in landing',
    async (tx) => {
      const [user] = await tx.select({ id: users.id, staff: users.isStaff, totp: users.totpEnabledAt }).from(users).where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);
      if (!user) return '/dashboard';
      if (user.staff && !user.totp) return '/dashboard/account/security';
      const mine = await tx.select({ slug: tenants.slug }).from(memberships).innerJoin(tenants, eq(tenants.id, memberships.tenantId)).where(eq(memberships.userId, user.id));
      return mine.length === 1 ? `/dashboard/${mine[0]!.slug}` : '/dashboard';
    },
    handle,
  );
}
