import type { Role } from '@/db/schema';

/**
 * Who is asking, for which tenant. Every tenant function takes `(tx, ctx, …)`:
 * the transaction of the caller's door and this context, whose tenant id is
 * required (never optional: a missing tenant must not widen a query).
 */
export interface TenantCtx {
  readonly tenantId: string;
}

/** A signed-in member of the tenant, as the database says now (never as the token says). */
export interface MemberCtx extends TenantCtx {
  readonly userId: string;
  readonly role: Role;
  readonly tenantSlug: string;
  readonly tenantName: string;
}
