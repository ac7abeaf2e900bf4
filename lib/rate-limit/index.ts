import 'server-only';
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '@/db/client';
import { withSystem } from '@/db/doors';

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  limit: number;
  /** Seconds until the current window ends. */
  retryAfter: number;
}

/** Where a key's count lives: its hash (keys carry emails and IPs) and the current fixed window. */
function slot(key: string, windowSeconds: number, now: number) {
  const windowStartMs = Math.floor(now / (windowSeconds * 1000)) * windowSeconds * 1000;
  return {
    storedKey: createHash('sha256').update(key).digest('hex'),
    windowStart: new Date(windowStartMs).toISOString(),
    retryAfter: Math.max(1, Math.ceil((windowStartMs + windowSeconds * 1000 - now) / 1000)),
  };
}

/**
 * Count one attempt against each limit, in the caller's transaction, with one
 * atomic upsert *before* the work, so a burst of concurrent requests cannot
 * overshoot. Fixed windows kept in Postgres hold across app servers; only a
 * hash of each key is stored.
 */
export async function countAttempts(
  tx: Tx,
  limits: ReadonlyArray<{ key: string; limit: number; windowSeconds: number }>,
  now: number = Date.now(),
): Promise<RateLimitResult[]> {
  const slots = limits.map((l) => slot(l.key, l.windowSeconds, now));
  const rows = rowsOf<{ key: string; count: number }>(
    await tx.execute(sql`
      insert into rate_limits (key, window_start, count)
      values ${sql.join(slots.map((s) => sql`(${s.storedKey}, ${s.windowStart}, 1)`), sql`, `)}
      on conflict (key, window_start) do update set count = rate_limits.count + 1
      returning key, count`),
  );
  return limits.map((l, i) => {
    const count = Number(rows.find((r) => r.key === slots[i]!.storedKey)?.count ?? 1);
    return { allowed: count <= l.limit, count, limit: l.limit, retryAfter: slots[i]!.retryAfter };
  });
}

type Limit = { key: string; limit: number; windowSeconds: number };

/** Several limits for one attempt, counted together in one short transaction (one upsert). */
export async function consumeRateLimits(limits: ReadonlyArray<Limit>): Promise<RateLimitResult[]> {
  if (limits.length === 0) return [];
  return withSystem('rate-limit', (tx) => countAttempts(tx, limits));
}

/**
 * Count `counted` now, before the work, and read where `peeked` stand without
 * counting (failure counters, which the caller counts only when the work fails):
 * one transaction. A peeked limit allows the attempt while it is below its limit.
 */
export async function countAndPeek(counted: ReadonlyArray<Limit>, peeked: ReadonlyArray<Limit>, now: number = Date.now()): Promise<{ counted: RateLimitResult[]; peeked: RateLimitResult[] }> {
  return withSystem('rate-limit', async (tx) => {
    const countedResults = counted.length ? await countAttempts(tx, counted, now) : [];
    const slots = peeked.map((l) => slot(l.key, l.windowSeconds, now));
    const rows = slots.length
      ? rowsOf<{ key: string; count: number }>(
          await tx.execute(sql`select key, count from rate_limits where ${sql.join(slots.map((s) => sql`(key = ${s.storedKey} and window_start = ${s.windowStart})`), sql` or `)}`),
        )
      : [];
    const peekedResults = peeked.map((l, i) => {
      const count = Number(rows.find((r) => r.key === slots[i]!.storedKey)?.count ?? 0);
      return { allowed: count < l.limit, count, limit: l.limit, retryAfter: slots[i]!.retryAfter };
    });
    return { counted: countedResults, peeked: peekedResults };
  });
}

/** One limit, counted in its own short transaction. */
export async function consumeRateLimit(key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
  const [result] = await withSystem('rate-limit', (tx) => countAttempts(tx, [{ key, limit, windowSeconds }]));
  return result!;
}

/**
 * Give back one unit of the current window (e.g. a sign-in that succeeded), so
 * only failures count towards the wait. Still counted-before-the-work: the
 * refund only happens after the work proved harmless.
 */
export async function refundRateLimit(key: string, windowSeconds: number): Promise<void> {
  const { storedKey, windowStart } = slot(key, windowSeconds, Date.now());
  await withSystem(
    'rate-limit',
    (tx) => tx.execute(sql`update rate_limits set count = greatest(count - 1, 0) where key = ${storedKey} and window_start = ${windowStart}`),
  );
}

/** Old windows are useless; drop them now and then (called from the cron/interval worker). */
export async function pruneRateLimits(olderThanSeconds = 86_400): Promise<void> {
  await withSystem(
    'rate-limit',
    (tx) => tx.execute(sql`delete from rate_limits where window_start < now() - make_interval(secs => ${olderThanSeconds})`),
  );
}
