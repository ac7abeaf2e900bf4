// Next's own file-system cache for pages and data (next.config.ts `cacheHandler`), with one change: a page that
// answers 404 is never stored. Career pages are cached per address on first request, and every unknown tenant or
// job slug is an address: stored, a flood of made-up slugs would fill the disk without end (the page-level twin of
// review L8). Not stored, each costs one cheap render and leaves nothing behind.
// CommonJS on purpose (the package has no "type", so .js is CommonJS): Next loads it itself with require().
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded by Next with require(), outside the bundler
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default;

class RouteCache extends FileSystemCache {
  async set(key, data, ctx) {
    if (data && data.kind === 'APP_PAGE' && data.status === 404) return;
    return super.set(key, data, ctx);
  }
}

module.exports = RouteCache;
