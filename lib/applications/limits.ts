import { createHmac } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '@/db/client';

/**
 * Limits on public submissions, kept in Postgres (table rate_limits, the same
 * fixed windows as lib/rate-limit) so they hold across servers. Keys are keyed
 * hashes: the table never holds an IP or an email. Both counters go up in one
 * atomic statement before the work, so a burst cannot overshoot. It runs in
 * the submission's own transaction (one commit per submission, not two); the
 * counts are committed whatever the outcome, since refusals commit too.
 */
export const APPLY_LIMITS = {
  perIp: { limit: Number(process.env.APPLY_LIMIT_PER_IP ?? 30), windowSeconds: 600 },
  perEmail: { limit: Number(process.env.APPLY_LIMIT_PER_EMAIL ?? 5), windowSeconds: 3600 },
};

function keyed(kind: string, value: string): string {
  const secret = process.env.AUTH_SECRET ?? 'seerecruit-rate-limit';
  return `apply:${kind}:${createHmac('sha256', secret).update(value).digest('base64url').slice(0, 32)}`;
}

function windowOf(now: number, seconds: number) {
  const startMs = Math.floor(now / (seconds * 1000)) * seconds * 1000;
  return { start: new Date(startMs).toISOString(), retryAfter: Math.max(1, Math.ceil((startMs + seconds * 1000 - now) / 1000)) };
}

/** Seconds to wait when either limit is exceeded, else null. */
export async function countApplyAttempt(tx: Tx, ip: string, email: string): Promise<number | null> {
  const now = Date.now();
  const ipKey = keyed('ip', ip);
  const emailKey = keyed('email', email.toLowerCase());
  const ipWindow = windowOf(now, APPLY_LIMITS.perIp.windowSeconds);
  const emailWindow = windowOf(now, APPLY_LIMITS.perEmail.windowSeconds);
  const counts = rowsOf<{ key: string; count: number }>(
    await tx.execute(sql`
      insert into rate_limits (key, window_start, count)
      values (${ipKey}, ${ipWindow.start}, 1), (${emailKey}, ${emailWindow.start}, 1)
      on conflict (key, window_start) do update set count = rate_limits.count + 1
      returning key, count`),
  );
  const countOf = (key: string) => Number(counts.find((r) => r.key === key)?.count ?? 1);
  if (countOf(ipKey) > APPLY_LIMITS.perIp.limit) return ipWindow.retryAfter;
  if (countOf(emailKey) > APPLY_LIMITS.perEmail.limit) return emailWindow.retryAfter;
  return null;
}
