import 'server-only';
import type { Tx } from '@/db/client';
import { countAttempts } from '@/lib/rate-limit';
import { settings } from '@/lib/settings/env';

/**
 * Limits on public submissions, per IP address and per email (APPLY_LIMIT_PER_IP
 * per 10 minutes, APPLY_LIMIT_PER_EMAIL per hour). Counted in the submission's
 * own transaction (one commit per submission, not two); the counts are committed
 * whatever the outcome, since refusals commit too.
 */
export function applyLimits() {
  const s = settings();
  return {
    perIp: { limit: s.APPLY_LIMIT_PER_IP, windowSeconds: 600 },
    perEmail: { limit: s.APPLY_LIMIT_PER_EMAIL, windowSeconds: 3600 },
  };
}

/** Seconds to wait when either limit is exceeded, else null. */
export async function countApplyAttempt(tx: Tx, ip: string, email: string): Promise<number | null> {
  const limits = applyLimits();
  const [byIp, byEmail] = await countAttempts(tx, [
    { key: `apply:ip:${ip}`, ...limits.perIp },
    { key: `apply:email:${email.toLowerCase()}`, ...limits.perEmail },
  ]);
  if (!byIp!.allowed) return byIp!.retryAfter;
  if (!byEmail!.allowed) return byEmail!.retryAfter;
  return null;
}
