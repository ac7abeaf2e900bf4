import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { withSystem } from '@/db/doors';
import { tenants } from '@/db/schema';

export interface PublicTenant {
  id: string;
  slug: string;
  name: string;
  intro: string;
  retentionDays: number;
}

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/;

/**
 * The one public lookup of an employer by the slug in a career-site URL.
 * A system read (no tenant is known yet), limited to what candidates may see.
 */
export async function findTenantBySlug(slug: string, handle?: Db): Promise<PublicTenant | null> {
  if (!SLUG.test(slug)) return null;
  return withSystem(
    'career site tenant lookup',
    async (tx) => {
      const [row] = await tx
        .select({ id: tenants.id, slug: tenants.slug, name: tenants.name, intro: tenants.intro, retentionDays: tenants.retentionDays })
        .from(tenants)
        .where(eq(tenants.slug, slug));
      return row ?? null;
    },
    handle,
  );
}
