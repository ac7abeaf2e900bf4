import { sql } from 'drizzle-orm';
import { db, type Db, type Tx } from './client';

/**
 * The only ways to the data. Each opens a transaction and switches to a
 * non-owner role, so row-level security and the immutability triggers bite.
 * Nothing here can delete a submitted application: that happens only inside
 * the purge functions of drizzle/0013 (owned by app_purge, which the app's
 * login cannot become), called through lib/erasure/erase.ts.
 */
export interface TenantContext {
  /** Required, never optional: a missing tenant must not widen a query. */
  readonly tenantId: string;
  /** The signed-in member, when there is one (public candidate work has none). */
  readonly userId?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Tenant work: RLS limits every statement to `ctx.tenantId`, whatever its WHERE says. */
export function withTenant<T>(ctx: TenantContext, fn: (tx: Tx) => Promise<T>, handle: Db = db()): Promise<T> {
  if (!ctx || typeof ctx.tenantId !== 'string' || !UUID.test(ctx.tenantId)) {
    throw new Error('withTenant needs a tenant id');
  }
  if (ctx.userId !== undefined && !UUID.test(ctx.userId)) throw new Error('withTenant: bad user id');
  const userId = ctx.userId ?? null;
  return handle.transaction(async (tx) => {
    // One round trip: the role (setting "role" is SET LOCAL ROLE) and the door's record of tenant and member,
    // which the policies read (drizzle/0012). door_enter refuses a second, different tenant in this transaction.
    await tx.execute(sql`select set_config('role', 'app_runtime', true), public.door_enter(${ctx.tenantId}::uuid, ${userId}::uuid)`);
    return fn(tx);
  });
}

/**
 * Platform work that belongs to no single tenant: sign-in lookups, the email
 * worker, sign-up, invitations. Callers are few and named by `purpose`.
 */
export function withSystem<T>(purpose: string, fn: (tx: Tx) => Promise<T>, handle: Db = db()): Promise<T> {
  return handle.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.purpose', ${purpose}, true), set_config('role', 'app_system', true)`);
    return fn(tx);
  });
}
