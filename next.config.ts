import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';
import { loadDevSecrets } from './lib/settings/dev-secrets';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

export default function config(phase: string): NextConfig {
  // `npm run dev` must work with no settings at all: secrets are generated once
  // under .data/ and placed in this process's environment, which the edge
  // middleware sandbox reads too. Production never takes this path.
  if (phase === PHASE_DEVELOPMENT_SERVER) {
    loadDevSecrets();
    process.env.ENABLE_DEV_OUTBOX ??= '1';
  }

  return withNextIntl({
    // PGlite and the argon2 binding are Node packages with files beside them:
    // bundling them breaks after `next build` (STACK-NOTES.md).
    serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'postgres'],
    // The visit log's country database is read from node_modules at run time (lib/analytics/country.ts).
    outputFileTracingIncludes: { '/api/visits': ['./node_modules/@ip-location-db/geo-whois-asn-country-mmdb/geo-whois-asn-country.mmdb'] },
    poweredByHeader: false,
    // Next's file-system cache, minus 404 pages (lib/server/route-cache.js says why).
    cacheHandler: path.resolve('lib/server/route-cache.js'),
    reactStrictMode: true,
    experimental: {
      // Applications (files up to 20 MB) go to the apply endpoint, a route handler that
      // counts and caps its own body (lib/applications/intake.ts) and that middleware.ts
      // does not match. Every server action and every body middleware sees is a small
      // form: Next parses an action's body, and buffers one middleware sees, up to these.
      serverActions: { bodySizeLimit: '1mb' },
      proxyClientMaxBodySize: '1mb',
      // forbidden(): a change the member's role does not allow answers 403 (auth issue).
      authInterrupts: true,
      // Integrity attributes on the framework's own script files: cached pages carry no nonce
      // (lib/security/headers.ts NONCE_PATHS), so a swapped file on the way is refused by the browser.
      sri: { algorithm: 'sha256' },
    },
  });
}
