import 'server-only';
import { desc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { subscriptionEvents } from '@/db/schema';
import type { TenantCtx } from '@/lib/tenancy/context';

export type SubscriptionEvent = typeof subscriptionEvents.$inferSelect;

/** The whole history, newest first (it is short: a few events a year). */
export function subscriptionHistory(tx: Tx, ctx: TenantCtx): Promise<SubscriptionEvent[]> {
  return tx.select().from(subscriptionEvents).where(eq(subscriptionEvents.tenantId, ctx.tenantId)).orderBy(desc(subscriptionEvents.at), desc(subscriptionEvents.id));
}
