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
    poweredByHeader: false,
    reactStrictMode: true,
    experimental: {
      // Attachments: up to 20 MB in all. The form without JavaScript cannot stop a
      // candidate from sending more, and Next answers a body over this limit with a
      // bare 500; so we accept up to 50 MB and let lib/applications refuse anything
      // over 20 MB with a friendly message in the form.
      serverActions: { bodySizeLimit: '50mb' },
      // The proxy (middleware) buffers request bodies and cuts them at 10 MB by
      // default, which breaks a legal 15 MB application.
      proxyClientMaxBodySize: '50mb',
      // forbidden(): a change the member's role does not allow answers 403 (auth issue).
      authInterrupts: true,
    },
  });
}
