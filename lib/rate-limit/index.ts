import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '@/db/client';
import { withSystem } from '@/db/doors';

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  limit: number;
  /** Seconds until the current window ends. */
  retryAfter: number;
}

/**
 * Fixed-window counter kept in Postgres so it holds across app servers.
 * The increment is one atomic upsert done *before* the work, so a burst of
 * concurrent requests cannot overshoot the limit. Keys often hold an email or
 * an IP address, so only their SHA-256 is stored.
 */
export async function consumeRateLimit(key: string, limit: number, windowSeconds: number, handle?: Db): Promise<RateLimitResult> {
  const now = Date.now();
  const windowStartMs = Math.floor(now / (windowSeconds * 1000)) * windowSeconds * 1000;
  const windowStart = new Date(windowStartMs).toISOString();
  const storedKey = createHash('sha256').update(key).digest('hex');
  const count = await withSystem(
    'rate limit',
    async (tx) => {
      const rows = rowsOf<{ count: number }>(
        await tx.execute(sql`
          insert into rate_limits (key, window_start, count) values (${storedKey}, ${windowStart}, 1)
          on conflict (key, window_start) do update set count = rate_limits.count + 1
          returning count`),
      );
      return Number(rows[0]?.count ?? 1);
    },
    handle,
  );
  return {
    allowed: count <= limit,
    count,
    limit,
    retryAfter: Math.max(1, Math.ceil((windowStartMs + windowSeconds * 1000 - now) / 1000)),
  };
}

/** Old windows are useless; drop them now and then (called from the cron/interval worker). */
export async function pruneRateLimits(olderThanSeconds = 86_400, handle?: Db): Promise<void> {
  await withSystem(
    'rate limit prune',
    (tx) => tx.execute(sql`delete from rate_limits where window_start < now() - make_interval(secs => ${olderThanSeconds})`),
    handle,
  );
}

/**
 * Give back one unit of the current window (e.g. a sign-in that succeeded), so
 * only failures count towards the wait. Still counted-before-the-work: the
 * refund only happens after the work proved harmless.
 */
export async function refundRateLimit(key: string, windowSeconds: number, handle?: Db): Promise<void> {
  const windowStartMs = Math.floor(Date.now() / (windowSeconds * 1000)) * windowSeconds * 1000;
  const windowStart = new Date(windowStartMs).toISOString();
  await withSystem(
    'rate limit refund',
    (tx) => tx.execute(sql`update rate_limits set count = greatest(count - 1, 0) where key = ${key} and window_start = ${windowStart}`),
    handle,
  );
}
