import 'server-only';
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '@/db/client';
import { accessLog, users } from '@/db/schema';
import type { MemberCtx, TenantCtx } from '@/lib/tenancy/context';

export type AccessAction = (typeof accessLog.$inferInsert)['action'];

/** Who opened what: written in the same transaction as the read it records. */
export async function recordAccess(tx: Tx, ctx: MemberCtx, applicationId: string, action: AccessAction, detail?: string) {
  await tx.insert(accessLog).values({ tenantId: ctx.tenantId, userId: ctx.userId, applicationId, action, detail: detail ?? null });
}

/** The access log for owners, newest first, optionally for one member or application. */
export async function listAccessLog(
  tx: Tx,
  ctx: TenantCtx,
  filter: { userId?: string; applicationId?: string; action?: AccessAction; beforeId?: number; limit?: number } = {},
) {
  const limit = Math.min(filter.limit ?? 50, 200);
  const conditions = [eq(accessLog.tenantId, ctx.tenantId)];
  if (filter.userId) conditions.push(eq(accessLog.userId, filter.userId));
  if (filter.applicationId) conditions.push(eq(accessLog.applicationId, filter.applicationId));
  if (filter.action) conditions.push(eq(accessLog.action, filter.action));
  if (filter.beforeId) conditions.push(lt(accessLog.id, filter.beforeId));
  return tx
    .select({
      id: accessLog.id,
      at: accessLog.createdAt,
      action: accessLog.action,
      applicationId: accessLog.applicationId,
      detail: accessLog.detail,
      userId: accessLog.userId,
      member: sql<string | null>`coalesce(${users.name}, ${users.email})`,
    })
    .from(accessLog)
    .leftJoin(users, eq(users.id, accessLog.userId))
    .where(and(...conditions))
    .orderBy(desc(accessLog.id))
    .limit(limit);
}

/**
 * Platform staff who appear in this tenant's access log, by id, with their
 * names (drizzle/0033 staff_in_access_log: staff are not members, so the tenant
 * door does not show them otherwise). Owners only; the database checks it.
 */
export async function staffInAccessLog(tx: Tx): Promise<Map<string, string>> {
  const rows = rowsOf<{ user_id: string; name: string }>(await tx.execute(sql`select user_id, name from public.staff_in_access_log()`));
  return new Map(rows.map((r) => [r.user_id, r.name]));
}
