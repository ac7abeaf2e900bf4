import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { users } from '@/db/schema';

/**
 * A new password ends every session of the person (their session version moves
 * on), in the caller's system transaction. Returns the new version, which the
 * session that changed it may carry on with.
 */
export async function storeNewPassword(tx: Tx, userId: string, passwordHash: string): Promise<number> {
  const [row] = await tx
    .update(users)
    .set({ passwordHash, passwordChangedAt: new Date(), sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .returning({ sv: users.sessionVersion });
  return row!.sv;
}

/** Every session of the person ends at its next request (sign out everywhere). */
export async function endAllSessions(tx: Tx, userId: string): Promise<void> {
  await tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, userId));
}
