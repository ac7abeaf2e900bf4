import 'server-only';
import { logServerError } from '@/lib/server/log';
import { appUrl, selfOrigin, settings } from '@/lib/settings/env';
import { osloNextMidnight } from '@/lib/time/oslo';

/**
 * Closing dates end at Oslo midnight, and a cached career page must not show an apply button after that. Next's
 * tags can only be expired from inside a request, so at each midnight this server asks its own
 * /api/cron/careers (on the loopback port, with the cron secret), which expires every career page at once.
 * A scheduler can call the same route instead (Vercel Cron at 22:00 and 23:00 UTC covers both offsets).
 * Not on any visitor's request path.
 */
export function startDayBoundaryTimer(now: () => Date = () => new Date()): void {
  const secret = settings().CRON_SECRET;
  if (!secret) return; // development: nothing is cached there
  const schedule = () => {
    // A second past midnight, and at most a day ahead (setTimeout's limit is about 24.8 days).
    const wait = Math.min(osloNextMidnight(now()).getTime() - now().getTime() + 1_000, 86_400_000);
    const timer = setTimeout(() => {
      fetch(`${selfOrigin() ?? appUrl()}/api/cron/careers`, { method: 'POST', headers: { Authorization: `Bearer ${secret}` }, signal: AbortSignal.timeout(10_000) })
        .then((response) => {
          if (!response.ok) throw new Error(`answered ${response.status}`);
        })
        .catch((error: unknown) => logServerError('expiring career pages at midnight failed', error))
        .finally(schedule);
    }, wait);
    timer.unref();
  };
  schedule();
}
