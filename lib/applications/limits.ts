import 'server-only';
import type { Tx } from '@/db/client';
import { consumeRateLimits, countAttempts } from '@/lib/rate-limit';
import { settings } from '@/lib/settings/env';

/**
 * Limits on public submissions (M6, security review 2026-12):
 * - per client (IP), APPLY_LIMIT_PER_IP per 10 minutes: every request to the
 *   apply endpoint, counted in its own short committed transaction before a
 *   byte of the body is read, so junk, refusals and requests that later fail in
 *   the database all count against the client that sent them;
 * - per address at one employer, APPLY_LIMIT_PER_EMAIL per hour: only
 *   applications that are stored count (the count is rolled back with anything
 *   that is not stored), so nobody can use up Kari's allowance by posting junk
 *   with her address, and a limit at one employer never stops her at another.
 */
export function applyLimits() {
  const s = settings();
  return {
    perIp: { limit: s.APPLY_LIMIT_PER_IP, windowSeconds: 600 },
    perEmail: { limit: s.APPLY_LIMIT_PER_EMAIL, windowSeconds: 3600 },
  };
}

declare const counted: unique symbol;
/** Proof that this request was counted against its client: receiveApplication takes nothing else. */
export type CountedAttempt = { readonly [counted]: true };

/** Count one request against its client, committed at once. Seconds to wait when over the limit, else the proof. */
export async function countClientAttempt(ip: string): Promise<{ wait: number } | { attempt: CountedAttempt }> {
  const [byIp] = await consumeRateLimits([{ key: `apply:ip:${ip}`, ...applyLimits().perIp }]);
  return byIp!.allowed ? { attempt: {} as CountedAttempt } : { wait: byIp!.retryAfter };
}

/**
 * Count a stored application against its address at this employer, in the
 * transaction that stored it (after the insert): seconds to wait when this one
 * is over the limit, and the caller then rolls the transaction back, count and
 * application alike. The counter's row lock orders concurrent stores.
 */
export async function countStoredApplication(tx: Tx, tenantId: string, email: string): Promise<number | null> {
  const [byEmail] = await countAttempts(tx, [{ key: `apply:email:${tenantId}:${email.toLowerCase()}`, ...applyLimits().perEmail }]);
  return byEmail!.allowed ? null : byEmail!.retryAfter;
}
