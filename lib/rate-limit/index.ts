import 'server-only';
import { createHmac } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '@/db/client';
import { withSystem } from '@/db/doors';
import { KEPT } from '@/lib/privacy/periods';
import { derivedKey } from '@/lib/auth/tokens';

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  limit: number;
  /** Seconds until the current window ends. */
  retryAfter: number;
}

/**
 * What is stored for a key (keys carry emails and IPs): HMAC-SHA256 under a server key derived from AUTH_SECRET
 * (dependency review 2026-12, finding 3). A plain hash of an IPv4 address or a guessable email can be reversed by
 * trying them all; without the server key nothing can be tried. Rows written before this change are simply never
 * matched again, and go with the next pruning.
 */
export function storedKeyOf(key: string): string {
  return createHmac('sha256', derivedKey('rate-limit-key')).update(key).digest('hex');
}

/** Where a key's count lives: its keyed hash and the current fixed window. */
function slot(key: string, windowSeconds: number, now: number) {
  const windowStartMs = Math.floor(now / (windowSeconds * 1000)) * windowSeconds * 1000;
  return {
    storedKey: storedKeyOf(key),
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

/**
 * Several limits for one attempt, counted together in one short transaction (one upsert). It commits without
 * waiting for the disk (synchronous_commit off, this transaction only): a count lost in a crash is harmless, and
 * a burst from one client queues on the counter's row lock, held until commit, so an fsync there makes every
 * request of the burst wait for all those before it.
 */
export async function consumeRateLimits(limits: ReadonlyArray<Limit>): Promise<RateLimitResult[]> {
  if (limits.length === 0) return [];
  return withSystem('rate-limit', async (tx) => {
    await tx.execute(sql`set local synchronous_commit = off`);
    return countAttempts(tx, limits);
  });
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

/** The longest window any limit uses (invitations per tenant and day): older windows have ended. */
export const LONGEST_WINDOW_SECONDS = KEPT.rateLimitHours * 3600;

/**
 * Ended windows are useless; housekeeping (lib/retention/housekeeping.ts, every 10 minutes and /api/cron/retention)
 * drops every window that started more than a day ago. Returns how many went.
 */
export async function pruneRateLimits(olderThanSeconds = LONGEST_WINDOW_SECONDS): Promise<number> {
  return withSystem('rate-limit', async (tx) =>
    rowsOf<{ n: number }>(
      await tx.execute(sql`with gone as (delete from rate_limits where window_start < now() - make_interval(secs => ${olderThanSeconds}) returning 1) select count(*)::int as n from gone`),
    )[0]!.n,
  );
}
