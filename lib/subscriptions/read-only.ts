import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { subscriptions } from '@/db/schema';
import { Refused } from '@/lib/errors';
import type { TenantCtx } from '@/lib/tenancy/context';

/**
 * An expired subscription leaves the dashboard read-only (issue 15, part 5): jobs, applications and settings
 * refuse changes with a message that links to the subscription page. Export, erasure, legal holds, the team and
 * the subscription page itself do not call this: what the policy promises candidates and subscribers keeps
 * working, and the owner can always renew. The database backs the most visible case up: no job of an expired
 * tenant can be published (drizzle/0043).
 */
export async function assertSubscriptionWritable(tx: Tx, ctx: TenantCtx): Promise<void> {
  const [row] = await tx.select({ status: subscriptions.status }).from(subscriptions).where(eq(subscriptions.tenantId, ctx.tenantId));
  if (row?.status === 'expired') throw new Refused('subscriptionExpired', undefined, { link: 'subscription' });
}
