/**
 * Bounded load against 127.0.0.1 only: a fixed number of GET requests with a
 * fixed concurrency, reporting requests per second and latency percentiles.
 */
export interface LoadResult {
  requests: number;
  ok: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** `expect` is the status that counts as ok (a redirect is not followed when one is expected). */
export async function load(url: string, { requests = 400, concurrency = 8, expect = 200 } = {}): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1[:/]/.test(url)) throw new Error('the bench only loads 127.0.0.1');
  const latencies: number[] = [];
  let next = 0;
  let ok = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next++;
        const t0 = performance.now();
        const response = await fetch(url, { redirect: expect >= 300 && expect < 400 ? 'manual' : 'follow' });
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (response.status === expect) ok++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { requests, ok, seconds, perSecond: requests / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}
