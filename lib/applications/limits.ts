import type { Tx } from '@/db/client';
import { countAttempts } from '@/lib/rate-limit';

/**
 * Limits on public submissions, per IP address and per email. Counted in the
 * submission's own transaction (one commit per submission, not two); the counts
 * are committed whatever the outcome, since refusals commit too.
 */
export const APPLY_LIMITS = {
  perIp: { limit: Number(process.env.APPLY_LIMIT_PER_IP ?? 30), windowSeconds: 600 },
  perEmail: { limit: Number(process.env.APPLY_LIMIT_PER_EMAIL ?? 5), windowSeconds: 3600 },
};

/** Seconds to wait when either limit is exceeded, else null. */
export async function countApplyAttempt(tx: Tx, ip: string, email: string): Promise<number | null> {
  const [byIp, byEmail] = await countAttempts(tx, [
    { key: `apply:ip:${ip}`, ...APPLY_LIMITS.perIp },
    { key: `apply:email:${email.toLowerCase()}`, ...APPLY_LIMITS.perEmail },
  ]);
  if (!byIp!.allowed) return byIp!.retryAfter;
  if (!byEmail!.allowed) return byEmail!.retryAfter;
  return null;
}
