import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/fixtures/chromium';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;
// A second server from the same build with very short sessions (30 s idle, 54 s
// absolute), for the one real-time test that lets a browser drop an idle cookie.
// The other session-expiry tests mint old-looking cookies against the main
// server instead of waiting (tests/e2e/session-cookie.ts).
export const SHORT_SESSION_PORT = PORT + 1;
export const SHORT_SESSION_URL = `http://127.0.0.1:${SHORT_SESSION_PORT}`;

// Debian's Chromium with the flags it needs here (tests/fixtures/chromium.ts).
const chromium = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };

export const e2eEnv = {
  APP_URL: BASE_URL,
  AUTH_SECRET: 'e2e-only-secret-0123456789abcdef0123456789',
  CRON_SECRET: 'e2e-only-cron-secret-0123456789abcdef',
  // Production mode (next start) without Resend: keep emails in the dev outbox, on purpose.
  EMAIL_TRANSPORT: 'capture',
  // The whole suite applies some forty times from 127.0.0.1 within minutes: the per-client limit (30 per
  // 10 minutes in production) would end it half-way. The per-email limit, which the 429 test uses, stays.
  APPLY_LIMIT_PER_IP: '1000',
  // Likewise a dozen employers sign up per run (10 an hour per client in production).
  SIGNUP_LIMIT_PER_IP: '1000',
  ENABLE_DEV_OUTBOX: '1',
  PGLITE_DIR: `.data/e2e-pglite-${PORT}`,
  NEXT_TELEMETRY_DISABLED: '1',
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    launchOptions: chromium,
  },
  projects: [
    {
      name: 'mobile',
      use: { ...devices['Desktop Chrome'], viewport: { width: 390, height: 844 }, isMobile: false, hasTouch: true },
      // HTTP-level and clock-bound suites say nothing new at another viewport; run them once.
      testIgnore: /(tenant-matrix|session-timeouts|status-codes)\.spec\.ts/,
    },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } } },
  ],
  webServer: [
    {
      // A production build, fresh embedded databases (or the DATABASE_URL one)
      // migrated and seeded before the servers take them, then `next start`
      // twice: the ordinary server and the short-session one (same build).
      // The seed migrates as MIGRATION_DATABASE_URL (the owner) when set and
      // writes its data as DATABASE_URL, the app's own login (scripts/seed.ts);
      // both reach the command because Playwright adds `env` to process.env.
      command: [
        `rm -rf .data/e2e-pglite-${PORT} .data/e2e-pglite-${PORT}.lock .data/e2e-pglite-${SHORT_SESSION_PORT} .data/e2e-pglite-${SHORT_SESSION_PORT}.lock`,
        // .ci/run's second pass (PostgreSQL) reuses the first pass's build: nothing in it depends on the database.
        // Only the caches the first pass's servers wrote go (data, and the pages they rendered from the other database).
        process.env.E2E_SKIP_BUILD ? 'rm -rf .next/cache .next/server/route-cache' : 'npm run build',
        'npm run db:seed',
        `PGLITE_DIR=.data/e2e-pglite-${SHORT_SESSION_PORT} npm run db:seed`,
        `(SESSION_IDLE_MINUTES=0.5 SESSION_MAX_HOURS=0.015 PGLITE_DIR=.data/e2e-pglite-${SHORT_SESSION_PORT} APP_URL=${SHORT_SESSION_URL} node node_modules/next/dist/bin/next start -p ${SHORT_SESSION_PORT} & node node_modules/next/dist/bin/next start -p ${PORT})`,
      ].join(' && '),
      url: `${BASE_URL}/api/health`,
      timeout: 300_000,
      reuseExistingServer: Boolean(process.env.E2E_REUSE_SERVER),
      env: e2eEnv,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      // Started by the command above; this entry only waits until it answers
      // (so it must accept the server it finds there).
      command: 'tail -f /dev/null',
      url: `${SHORT_SESSION_URL}/api/health`,
      timeout: 300_000,
      reuseExistingServer: true,
    },
  ],
});
