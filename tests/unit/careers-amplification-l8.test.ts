import { afterEach, describe, expect, it, vi } from 'vitest';
import { careersPageStatus } from '../../lib/edge/page-status';
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

const INTERNAL = 'http://127.0.0.1:4123';
const at = (path: string) => new URL(path, 'http://visitor.example');

describe('L8: career pages cannot be used to amplify requests', () => {
  afterEach(() => vi.restoreAllMocks());

  it('L8: the page status is decided from the URL alone: a flood of random slugs makes no request at all', () => {
    const fetcher = vi.spyOn(globalThis, 'fetch');
    for (let i = 0; i < 1_500; i++) {
      expect(careersPageStatus(at(`/careers/acme/random-${i}`), 'GET')).toBeNull();
      expect(careersPageStatus(at(`/careers/acme/random-${i}/apply`), 'GET')).toBeNull();
    }
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('L8: our own server address (for the apply endpoint) is the internal port, never the request host', () => {
    expect(selfOrigin({ PORT: '4123' })).toBe(INTERNAL);
    expect(selfOrigin({ PORT: '' })).toBeNull();
    expect(selfOrigin({ PORT: 'eighty' })).toBeNull();
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
