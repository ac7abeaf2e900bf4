import autocannon from 'autocannon';
import { groupCpuMs } from './cpu';

/**
 * Bounded load against 127.0.0.1 only: a fixed number of GET requests over a fixed number of connections
 * (autocannon, the same client the figures came from: the fetch client saturated a core of its own at a
 * few thousand requests a second and flattened the static file's figure), reporting requests per second and
 * latency percentiles.
 */
export interface LoadResult {
  requests: number;
  ok: number;
  seconds: number;
  perSecond: number;
  p50: number;
  /** autocannon reports p90, p97.5 and p99, not p95. */
  p97_5: number;
  /** The server's CPU per request (its process group, from /proc), when a `pgid` was given. */
  cpuMsPerRequest?: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * `seconds` of load (autocannon ends a run at its once-a-second tick, so a fixed count of requests would round
 * the time up to whole seconds and flatten fast targets); `expect` is the status that counts as ok (redirects
 * are not followed). Accepts gzip, as browsers do.
 */
export async function load(url: string, { seconds = 5, concurrency = 16, expect = 200, pgid }: { seconds?: number; concurrency?: number; expect?: number; pgid?: number } = {}): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1[:/]/.test(url)) throw new Error('the bench only loads 127.0.0.1');
  let ok = 0;
  const cpuBefore = pgid === undefined ? 0 : groupCpuMs(pgid);
  const result = await autocannon({
    url,
    connections: concurrency,
    duration: seconds,
    headers: { 'accept-encoding': 'gzip' },
    setupClient: (client) => client.on('response', (status: number) => void (status === expect && ok++)),
  });
  const cpuMsPerRequest = pgid === undefined ? undefined : (groupCpuMs(pgid) - cpuBefore) / Math.max(1, result.requests.total);
  return { requests: result.requests.total, ok, seconds, perSecond: result.requests.total / seconds, p50: result.latency.p50, p97_5: result.latency.p97_5, cpuMsPerRequest };
}
