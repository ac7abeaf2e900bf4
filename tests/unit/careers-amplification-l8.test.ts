import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { careersPageStatus, forgetAvailability } from '../../lib/edge/page-status';
import { selfOrigin } from '../../lib/settings/env';

// The data cache as Next keeps it: whatever the function resolves to is persisted under its key.
const persisted = new Map<string, unknown>();
vi.mock('next/cache', () => ({
  revalidateTag: () => undefined,
  unstable_cache:
    <T>(fn: () => Promise<T>, keyParts: string[]) =>
    async () => {
      const key = keyParts.join('/');
      if (persisted.has(key)) return persisted.get(key) as T;
      const value = await fn();
      persisted.set(key, value);
      return value;
    },
}));
const loadJob = vi.fn(async (_ctx: { tenantId: string }, slug: string) => (slug === 'lager' ? { slug: 'lager', title: 'Lager' } : null));
vi.mock('../../lib/careers/jobs', () => ({
  loadJob: (ctx: { tenantId: string }, slug: string) => loadJob(ctx, slug),
  loadJobSlugs: async () => ['lager', 'kokk'],
  loadOpenJobs: async () => [],
}));
vi.mock('../../lib/careers/tenants', () => ({ findTenantBySlugMemo: async () => null, forgetTenantSlug: () => undefined }));
const { cachedJob } = await import('../../lib/careers/cache');

const PUBLIC = 'https://seerecruit.example';
const INTERNAL = 'http://127.0.0.1:4123';
const at = (path: string) => new URL(path, 'http://visitor.example');
const answering = () => vi.fn<(url: string, init: RequestInit) => Promise<Response>>(async () => Response.json({ availability: 'open' }));

describe('L8: the middleware self-fetch cannot be amplified', () => {
  beforeEach(() => forgetAvailability());
  afterEach(() => vi.useRealTimers());

  it('L8: a flood of random slugs evicts only the least recently used answers, never the whole memo', async () => {
    const fetcher = answering();
    const self = { origin: INTERNAL, now: () => 1_000 };
    await careersPageStatus(at('/careers/acme/popular'), 'GET', PUBLIC, fetcher, self);
    for (let i = 0; i < 1_500; i++) {
      await careersPageStatus(at(`/careers/acme/random-${i}`), 'GET', PUBLIC, fetcher, self);
      // A real visitor keeps reading the popular job while the flood goes on.
      if (i % 100 === 0) await careersPageStatus(at('/careers/acme/popular'), 'GET', PUBLIC, fetcher, self);
    }
    fetcher.mockClear();
    await careersPageStatus(at('/careers/acme/popular'), 'GET', PUBLIC, fetcher, self);
    // The 999 newest flood answers are all still there (a memo cleared when full would have lost most of them).
    for (const i of [501, 600, 998, 1_200, 1_499]) await careersPageStatus(at(`/careers/acme/random-${i}`), 'GET', PUBLIC, fetcher, self);
    expect(fetcher).not.toHaveBeenCalled();
    // The oldest flood entries went, one by one.
    await careersPageStatus(at('/careers/acme/random-0'), 'GET', PUBLIC, fetcher, self);
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it('L8: the availability is asked on the internal address, not through the public one', async () => {
    const fetcher = answering();
    await careersPageStatus(at('/careers/acme/lager'), 'GET', PUBLIC, fetcher, { origin: INTERNAL });
    expect(fetcher.mock.calls.map((c) => c[0])).toEqual([`${INTERNAL}/api/careers/acme/lager/availability`]);
    expect(selfOrigin({ PORT: '4123' })).toBe(INTERNAL);
    expect(selfOrigin({ PORT: '' })).toBeNull();
    expect(selfOrigin({ PORT: 'eighty' })).toBeNull();
  });

  it('L8: a slow answer is given up after 300 ms and the page keeps its own status', async () => {
    vi.useFakeTimers();
    let aborted = false;
    const hanging = vi.fn(
      (_url: string, init: RequestInit) =>
        new Promise<Response>((_resolve, reject) => init.signal?.addEventListener('abort', () => ((aborted = true), reject(new Error('aborted'))))),
    );
    let settled = false;
    const status = careersPageStatus(at('/careers/acme/slow'), 'GET', PUBLIC, hanging, { origin: INTERNAL }).finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(299);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
    expect(aborted).toBe(true);
    expect(await status).toBeNull();
  });

  it('L8: job slugs the employer does not have get no persistent cache entry, and cost no job query', async () => {
    persisted.clear();
    loadJob.mockClear();
    for (let i = 0; i < 50; i++) expect(await cachedJob('tenant-1', `random-${i}`)).toBeNull();
    expect(loadJob).not.toHaveBeenCalled();
    expect(await cachedJob('tenant-1', 'lager')).toMatchObject({ slug: 'lager' });
    // One list of the employer's slugs and one entry per real job: nothing per random slug.
    expect([...persisted.keys()].sort()).toEqual(['careers-job-slugs/tenant-1', 'careers-job/tenant-1/lager']);
  });
});
