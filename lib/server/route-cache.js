// Next's own file-system cache for pages and data (next.config.ts `cacheHandler`), with two changes.
//
// 1. A page that answers 404 is never stored. Career pages are cached per address on first request, and every
//    unknown tenant or job slug is an address: stored, a flood of made-up slugs would fill the disk without end
//    (the page-level twin of review L8). Not stored, each costs one cheap render and leaves nothing behind.
//
// 2. An entry whose tag was expired after it was stored is a miss, decided with one clock. Next records a tag's
//    expiry and an entry's age with Date.now() but asks whether the expiry has come with performance.timeOrigin +
//    performance.now(); when the two clocks drift apart (seen in CI: a server up for a quarter of an hour), a page
//    expired by an employer's edit was served as STALE, with the old text, instead of being rendered again. We only
//    ever expire tags at once (`expire: 0`), so "expired after the entry was stored" is the whole question.
//
// CommonJS on purpose (the package has no "type", so .js is CommonJS): Next loads it itself with require().
/* eslint-disable @typescript-eslint/no-require-imports -- loaded by Next with require(), outside the bundler */
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default;
const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external');
/* eslint-enable @typescript-eslint/no-require-imports */

const TAGS_HEADER = 'x-next-cache-tags';

function tagsOf(data, ctx) {
  const value = data.value;
  if (value.kind === 'FETCH') return [...(ctx?.tags ?? []), ...(ctx?.softTags ?? []), ...(value.tags ?? [])];
  const header = value.headers?.[TAGS_HEADER];
  return typeof header === 'string' ? header.split(',') : [];
}

function expiredSince(tags, storedAt) {
  return tags.some((tag) => {
    const expired = tagsManifest.get(tag)?.expired;
    return typeof expired === 'number' && expired > storedAt;
  });
}

class RouteCache extends FileSystemCache {
  async get(key, ctx) {
    const data = await super.get(key, ctx);
    if (!data?.value) return data;
    return expiredSince(tagsOf(data, ctx), data.lastModified ?? 0) ? null : data;
  }

  async set(key, data, ctx) {
    if (data && data.kind === 'APP_PAGE' && data.status === 404) return;
    return super.set(key, data, ctx);
  }
}

module.exports = RouteCache;
