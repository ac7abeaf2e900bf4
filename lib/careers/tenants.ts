import 'server-only';
import { and, asc, eq, gte, isNull, or } from 'drizzle-orm';
import { withSystem } from '@/db/doors';
import { jobs, subscriptions, tenants } from '@/db/schema';
import { osloToday } from '@/lib/time/oslo';

export interface PublicTenant {
  id: string;
  slug: string;
  name: string;
  intro: string;
  retentionDays: number;
  /** False while the subscription is expired: the career site says the employer is not taking applications. */
  takingApplications: boolean;
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
        .select({ id: tenants.id, slug: tenants.slug, name: tenants.name, intro: tenants.intro, retentionDays: tenants.retentionDays, status: subscriptions.status })
        .from(tenants)
        .leftJoin(subscriptions, eq(subscriptions.tenantId, tenants.id))
        .where(eq(tenants.slug, slug));
      if (!row) return null;
      const { status, ...tenant } = row;
      return { ...tenant, takingApplications: status !== 'expired' };
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

/** An employer with open jobs, as the sitemap needs it: where its pages are, nothing else. */
export interface SitemapTenant {
  id: string;
  slug: string;
}

/**
 * Employers with at least one published job whose closing day has not passed, by slug. A system read
 * (it spans employers) of two columns of `tenants`; the jobs themselves are then read per employer
 * through the tenant door and the careers cache, as the career pages read them.
 */
export async function listTenantsWithOpenJobs(today: string = osloToday()): Promise<SitemapTenant[]> {
  return withSystem('careers-sitemap', (tx) =>
    tx
      .selectDistinct({ id: tenants.id, slug: tenants.slug })
      .from(tenants)
      .innerJoin(jobs, eq(jobs.tenantId, tenants.id))
      .where(and(eq(jobs.status, 'published'), or(isNull(jobs.closesOn), gte(jobs.closesOn, today))))
      .orderBy(asc(tenants.slug)),
  );
}

/**
 * The same list, memoised in this process for a minute (a crawler, or anyone, may fetch the sitemap as
 * often as it likes; this is one query a minute at most). Not in Next's data cache, for the reason
 * findTenantBySlugMemo gives. Which jobs are open is decided again per employer, so a stale entry here
 * can only list an employer a minute late or early, never a closed job.
 */
type TenantsMemo = { value: SitemapTenant[]; expires: number; today: string };
const sitemapMemo = (globalThis as { __careersSitemapTenants?: { current?: TenantsMemo } }).__careersSitemapTenants ??= {};

export async function listTenantsWithOpenJobsMemo(): Promise<SitemapTenant[]> {
  const today = osloToday();
  const hit = sitemapMemo.current;
  if (hit && hit.expires > Date.now() && hit.today === today) return hit.value;
  const value = await listTenantsWithOpenJobs(today);
  sitemapMemo.current = { value, expires: Date.now() + TENANT_TTL_MS, today };
  return value;
}

/** An employer published, closed or renamed something: the next sitemap asks the database again. */
export function forgetTenantsWithOpenJobs(): void {
  sitemapMemo.current = undefined;
}
