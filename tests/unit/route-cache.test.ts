import { mkdtempSync } from 'node:fs';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const require = createRequire(import.meta.url);
const RouteCache = require('../../lib/server/route-cache.js');
const { areTagsExpired } = require('next/dist/server/lib/incremental-cache/tags-manifest.external');

function cache() {
  const dir = mkdtempSync(path.join(tmpdir(), 'route-cache-'));
  return new RouteCache({ fs: { ...fs, existsSync: () => false }, flushToDisk: false, serverDistDir: dir, maxMemoryCacheSize: 1_000_000, revalidatedTags: [] });
}
const page = (status: number, tags: string) => ({ kind: 'APP_PAGE', html: '<p>x</p>', rscData: Buffer.from(''), headers: { 'x-next-cache-tags': tags }, postponed: undefined, status, segmentData: new Map() });
const ctx = { isRoutePPREnabled: false, isFallback: false, cacheControl: { revalidate: 300, expire: 31_536_000 } };

describe('our route cache (lib/server/route-cache.js)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('stores a page, but never a 404', async () => {
    const c = cache();
    await c.set('/nb/careers/acme/a', page(200, 'job:a'), ctx);
    await c.set('/nb/careers/acme/nothing', page(404, 'job:nothing'), ctx);
    expect((await c.get('/nb/careers/acme/a', { kind: 'APP_PAGE' }))?.value).toMatchObject({ status: 200 });
    expect(await c.get('/nb/careers/acme/nothing', { kind: 'APP_PAGE' })).toBeFalsy();
  });

  it('an entry whose tag was expired after it was stored is a miss, even when the performance clock lags the wall clock', async () => {
    const c = cache();
    await c.set('/nb/careers/acme/b', page(200, 'careers:acme,job:acme:b'), ctx);
    await c.set('/nb/careers/acme/c', page(200, 'careers:fjord,job:fjord:c'), ctx);
    const stored = (await c.get('/nb/careers/acme/b', { kind: 'APP_PAGE' }))!.lastModified as number;
    // The clocks seen in CI: performance.now() five seconds behind Date.now().
    const realNow = performance.now.bind(performance);
    vi.spyOn(performance, 'now').mockImplementation(() => realNow() - 5_000);
    vi.spyOn(Date, 'now').mockReturnValue(stored + 10);
    await c.revalidateTag(['job:acme:b'], { expire: 0 });
    // Next's own check says "not expired yet" (the expiry looks five seconds in the future) …
    expect(areTagsExpired(['job:acme:b'], stored)).toBe(false);
    // … ours, with one clock, says the page must be rendered again.
    expect(await c.get('/nb/careers/acme/b', { kind: 'APP_PAGE' })).toBeNull();
    // Another employer's page is untouched.
    expect((await c.get('/nb/careers/acme/c', { kind: 'APP_PAGE' }))?.value).toMatchObject({ status: 200 });
  });
});
