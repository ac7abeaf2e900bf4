import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
      // Tests run lib/ outside React's server bundle: the "server only" marker is the empty module there.
      'server-only': fileURLToPath(new URL('./node_modules/server-only/empty.js', import.meta.url)),
    },
  },
  test: {
    // Rate-limit keys, receipts and recovery codes are keyed with AUTH_SECRET and have no fallback key
    // (lib/auth/tokens.ts): tests get one of their own, as dev gets one in .data/ and production must set it.
    env: { AUTH_SECRET: process.env.AUTH_SECRET ?? 'vitest-only-secret-0123456789abcdefghij' },
    // Two cores: one file per core. Integration files each get their own database
    // (PGlite) or make their own tenants (Postgres).
    maxWorkers: 2,
    // next-auth and next-intl import 'next/server' without an extension, which Node's ESM loader refuses: let Vite resolve it
    // (tests/unit/cached-pages.test.ts loads middleware.ts whole).
    server: { deps: { inline: ['next-auth', '@auth/core', 'next-intl', 'use-intl'] } },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/integration/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
