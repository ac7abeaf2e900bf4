import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { withSystem } from '@/db/doors';
import { memberships, tenants } from '@/db/schema';

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
