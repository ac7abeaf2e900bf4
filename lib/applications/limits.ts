import { createHmac } from 'node:crypto';
import { consumeRateLimit } from '@/lib/rate-limit';
import type { Db } from '@/db/client';

/**
 * Limits on public submissions, kept in Postgres so they hold across servers.
 * Keys are keyed hashes: the rate-limit table never holds an IP or an email.
 */
export const APPLY_LIMITS = {
  perIp: { limit: Number(process.env.APPLY_LIMIT_PER_IP ?? 30), windowSeconds: 600 },
  perEmail: { limit: Number(process.env.APPLY_LIMIT_PER_EMAIL ?? 5), windowSeconds: 3600 },
};

function keyed(kind: string, value: string): string {
  const secret = process.env.AUTH_SECRET ?? 'seerecruit-rate-limit';
  return `apply:${kind}:${createHmac('sha256', secret).update(value).digest('base64url').slice(0, 32)}`;
}

/** Seconds to wait when either limit is exceeded, else null. Counted before the work. */
export async function applyRateLimit(ip: string, email: string, handle?: Db): Promise<number | null> {
  const byIp = await consumeRateLimit(keyed('ip', ip), APPLY_LIMITS.perIp.limit, APPLY_LIMITS.perIp.windowSeconds, handle);
  if (!byIp.allowed) return byIp.retryAfter;
  const byEmail = await consumeRateLimit(keyed('email', email.toLowerCase()), APPLY_LIMITS.perEmail.limit, APPLY_LIMITS.perEmail.windowSeconds, handle);
  return byEmail.allowed ? null : byEmail.retryAfter;
}
