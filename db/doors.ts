import { sql } from 'drizzle-orm';
import { db, type Db, type Tx } from './client';

/**
 * The only ways to the data. Each opens a transaction and switches to a
 * non-owner role, so row-level security and the immutability triggers bite.
 */
export interface TenantContext {
  /** Required, never optional: a missing tenant must not widen a query. */
  readonly tenantId: string;
  /** The signed-in member, when there is one (public candidate work has none). */
  readonly userId?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function asRole<T>(role: 'app_runtime' | 'app_system' | 'app_purge', settings: Record<string, string>, fn: (tx: Tx) => Promise<T>, handle: Db = db()): Promise<T> {
  return handle.transaction(async (tx) => {
    // One round trip for the settings and the role (setting "role" is SET LOCAL ROLE):
    // every transaction pays it, and under load each round trip waits for a core.
    const assignments = [...Object.entries(settings), ['role', role] as const].map(([name, value]) => sql`set_config(${name}, ${value}, true)`);
    await tx.execute(sql`select ${sql.join(assignments, sql`, `)}`);
    return fn(tx);
  });
}

/** Tenant work: RLS limits every statement to `ctx.tenantId`, whatever its WHERE says. */
export function withTenant<T>(ctx: TenantContext, fn: (tx: Tx) => Promise<T>, handle?: Db): Promise<T> {
  if (!ctx || typeof ctx.tenantId !== 'string' || !UUID.test(ctx.tenantId)) {
    throw new Error('withTenant needs a tenant id');
  }
  if (ctx.userId !== undefined && !UUID.test(ctx.userId)) throw new Error('withTenant: bad user id');
  return asRole('app_runtime', { 'app.tenant_id': ctx.tenantId, 'app.user_id': ctx.userId ?? '' }, fn, handle);
}

/**
 * Platform work that belongs to no single tenant: sign-in lookups, the email
 * worker, sign-up, invitations. Callers are few and named by `purpose`.
 */
export function withSystem<T>(purpose: string, fn: (tx: Tx) => Promise<T>, handle?: Db): Promise<T> {
  return asRole('app_system', { 'app.purpose': purpose }, fn, handle);
}

/** The single path the database lets delete submitted applications and their files. */
export function withPurge<T>(purpose: string, fn: (tx: Tx) => Promise<T>, handle?: Db): Promise<T> {
  return asRole('app_purge', { 'app.purpose': purpose }, fn, handle);
}
