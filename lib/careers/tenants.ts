import 'server-only';
import { eq } from 'drizzle-orm';
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
export async function findTenantBySlug(slug: string): Promise<PublicTenant | null> {
  if (!SLUG.test(slug)) return null;
  return withSystem(
    'tenant-by-slug',
    async (tx) => {
      const [row] = await tx
        .select({ id: tenants.id, slug: tenants.slug, name: tenants.name, intro: tenants.intro, retentionDays: tenants.retentionDays })
        .from(tenants)
        .where(eq(tenants.slug, slug));
      return row ?? null;
    },
  );
}

/**
 * Slug → employer, memoised in this process for a minute (career pages and
 * submissions look it up on every request). Deliberately not in Next's data
 * cache: that cache lives on disk across restarts, and a slug that pointed at
 * another database's tenant (a reset dev or test database) would send every
 * later lookup to the wrong tenant id. Job data is keyed by tenant id, so it
 * cannot go astray that way.
 */
const TENANT_TTL_MS = 60_000;
type Memo = Map<string, { value: PublicTenant | null; expires: number }>;
const tenantMemo: Memo = ((globalThis as { __careersTenantMemo?: Memo }).__careersTenantMemo ??= new Map());

export async function findTenantBySlugMemo(slug: string): Promise<PublicTenant | null> {
  const hit = tenantMemo.get(slug);
  if (hit && hit.expires > Date.now()) return hit.value;
  const value = await findTenantBySlug(slug);
  if (tenantMemo.size > 10_000) tenantMemo.clear();
  tenantMemo.set(slug, { value, expires: Date.now() + TENANT_TTL_MS });
  return value;
}

export function forgetTenantSlug(slug: string): void {
  tenantMemo.delete(slug);
}
