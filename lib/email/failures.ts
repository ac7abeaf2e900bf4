import 'server-only';
import { sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '@/db/client';
import type { TenantCtx } from '@/lib/tenancy/context';
import { failureCategories, type FailureCategory } from './delivery';

/**
 * Which of this employer's emails (invitations, stage emails) can never be delivered, by the id they are about:
 * the newest failure of each. Read through tenant_email_failures (drizzle/0037), which answers for the door's
 * tenant only and never with the address or the content; the runtime role cannot read the outbox itself.
 */
export async function emailFailures(tx: Tx, ctx: TenantCtx): Promise<Map<string, FailureCategory>> {
  const rows = rowsOf<{ about: string; failure: string }>(await tx.execute(sql`select about, failure from public.tenant_email_failures(${ctx.tenantId}::uuid)`));
  const failures = new Map<string, FailureCategory>();
  for (const row of rows) {
    const category = (failureCategories as readonly string[]).includes(row.failure) ? (row.failure as FailureCategory) : 'rejected';
    if (!failures.has(row.about)) failures.set(row.about, category);
  }
  return failures;
}

/** The message key (messages/<locale>/dashboard.json EmailDelivery) for a failure. */
export function failureMessageKey(category: FailureCategory): 'invalid_address' | 'rejected' | 'sender_setup' | 'gave_up' | 'other' {
  return category === 'invalid_address' || category === 'rejected' || category === 'sender_setup' || category === 'gave_up' ? category : 'other';
}
