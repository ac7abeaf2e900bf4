import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '@/db/client';
import { withSystem } from '@/db/doors';
import { auditLog, memberships } from '@/db/schema';
import type { TenantCtx } from '@/lib/tenancy/context';

export type AuditEvent =
  | 'sign_in'
  | 'sign_in_failed'
  | 'sign_in_throttled'
  | 'sign_out_everywhere'
  | 'password_changed'
  | 'password_reset_requested'
  | 'password_reset'
  | 'mfa_enabled'
  | 'mfa_disabled'
  | 'member_invited'
  | 'member_joined'
  | 'member_removed'
  | 'member_role_changed'
  | 'staff_candidate_link_sent'
  | 'staff_subscriptions_viewed'
  | 'staff_subscription_adjusted';

export interface AuditEntry {
  event: AuditEvent;
  userId?: string | null;
  tenantId?: string | null;
  detail?: Record<string, unknown>;
  ip?: string | null;
  /** A personal event (sign-in, password, MFA): one row for each tenant the person belongs to, so each owner sees it. */
  fanOutToTenants?: boolean;
}

export async function insertAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  const base = { userId: entry.userId ?? null, event: entry.event, detail: entry.detail ?? {}, ip: entry.ip ?? null };
  if (entry.fanOutToTenants && entry.userId) {
    const rows = await tx.select({ tenantId: memberships.tenantId }).from(memberships).where(eq(memberships.userId, entry.userId));
    if (rows.length > 0) {
      await tx.insert(auditLog).values(rows.map((r) => ({ ...base, tenantId: r.tenantId })));
      return;
    }
  }
  await tx.insert(auditLog).values({ ...base, tenantId: entry.tenantId ?? null });
}

/**
 * Audit lines older than KEPT.auditLogDays go (security review L11: they were kept for ever). The age is decided
 * in SQL by prune_audit_log (drizzle/0039), owned by the only role that may delete them; batches of 5 000, at most
 * 20 a run, each its own short transaction. Returns how many went.
 */
export async function pruneAuditLog(): Promise<number> {
  let total = 0;
  for (let batch = 0; batch < 20; batch++) {
    const gone = await withSystem('audit', async (tx) => Number(rowsOf<{ n: number }>(await tx.execute(sql`select public.prune_audit_log(5000) as n`))[0]?.n ?? 0));
    total += gone;
    if (gone < 5000) break;
  }
  return total;
}

/** Security events that happen outside a tenant's transaction (sign-in, reset). */
export function writeAudit(entry: AuditEntry): Promise<void> {
  return withSystem('audit', (tx) => insertAudit(tx, entry));
}

/** Inside a tenant transaction: RLS only lets the row in for this tenant. */
export async function writeTenantAudit(tx: Tx, ctx: TenantCtx, entry: Omit<AuditEntry, 'tenantId' | 'fanOutToTenants'>): Promise<void> {
  await insertAudit(tx, { ...entry, tenantId: ctx.tenantId });
}

/** The owner's view: this tenant's events, newest first. RLS limits it to the tenant in the transaction. */
export function listAudit(tx: Tx, ctx: TenantCtx, limit = 200) {
  return tx
    .select({ id: auditLog.id, event: auditLog.event, userId: auditLog.userId, detail: auditLog.detail, ip: auditLog.ip, createdAt: auditLog.createdAt })
    .from(auditLog)
    .where(eq(auditLog.tenantId, ctx.tenantId))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit);
}
