import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/**
 * The layers, held by the build (ARCHITECTURE.md): app → lib → db, components
 * never reaching into routes or the database, db never into the domain, and the
 * edge (middleware, Auth.js's edge half) only into edge-safe modules.
 */
const layers = {
  'import/no-restricted-paths': [
    'error',
    {
      zones: [
        { target: './app', from: './db', message: 'Pages, actions and routes read and write through lib/ (app → lib → db).' },
        { target: './components', from: ['./app', './db'], message: 'Components are building blocks: they know neither routes nor the database (types come from lib/).' },
        { target: './db', from: './lib', except: ['./settings', './ids.ts'], message: 'db/ holds schema, client and doors; the domain lives above it in lib/ (only the settings schema and the id check are shared).' },
        { target: './lib', from: ['./app', './components'], message: 'lib/ is the business: it knows no routes and no UI.' },
        {
          target: ['./middleware.ts', './auth.config.ts', './lib/edge'],
          from: './lib',
          except: ['./edge', './auth/session-policy.ts', './security/headers.ts', './settings/env.ts'],
          message: 'The edge runtime has no database and no Node APIs: import only edge-safe modules.',
        },
        { target: ['./middleware.ts', './auth.config.ts', './lib/edge'], from: ['./db', './auth.ts', './i18n/request-locale.ts'], message: 'The edge runtime has no database and no Node APIs.' },
      ],
    },
  ],
};

// The system door is a closed list of named functions, one domain file each (db/doors.ts SYSTEM_PURPOSES).
const SYSTEM_DOOR_FILES = [
  'lib/auth/session.ts',
  'lib/auth/sign-in.ts',
  'lib/auth/account.ts',
  'lib/auth/password-reset.ts',
  'lib/auth/invitations.ts',
  'lib/auth/audit.ts',
  'lib/tenancy/signup.ts',
  'lib/careers/tenants.ts',
  'lib/rate-limit/index.ts',
  'lib/email/worker.ts',
  'lib/dev/demo-data.ts',
  'lib/erasure/erase.ts',
  'lib/admin/access.ts',
  'lib/subscriptions/staff.ts',
  'lib/retention/engine.ts',
  'lib/subscriptions/lifecycle.ts',
  'lib/candidate/request-link.ts',
  'lib/candidate/portal.ts',
  'lib/profile/portal.ts',
  'lib/analytics/visits.ts',
];
const doorImports = [
  { name: '@/db/doors', importNames: ['withSystem'], message: 'The system door is for the named functions listed in eslint.config.mjs (SYSTEM_DOOR_FILES): add a purpose there, not a call here.' },
];
const edgeImports = { patterns: [{ group: ['node:*'], message: 'The edge runtime has no Node APIs.' }] };

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // Candidate-facing pages use plain <a> on purpose: full page loads cost them
    // no JavaScript, where next/link adds ~10 KB to a 25 KB budget.
    rules: { '@next/next/no-html-link-for-pages': 'off', ...layers },
  },
  // Erasure has no door of its own: the app's login cannot become app_purge, so it calls the purge
  // definer functions (drizzle/0013) through the tenant or system door (lib/erasure/erase.ts).
  { files: ['app/**', 'components/**', 'lib/**', 'middleware.ts', 'auth.ts', 'auth.config.ts'], ignores: SYSTEM_DOOR_FILES, rules: { 'no-restricted-imports': ['error', { paths: doorImports }] } },
  { files: ['middleware.ts', 'auth.config.ts', 'lib/edge/**', 'lib/auth/session-policy.ts', 'lib/security/headers.ts', 'lib/settings/env.ts', 'i18n/paths.ts', 'i18n/routing.ts'], rules: { 'no-restricted-imports': ['error', { paths: doorImports, ...edgeImports }] } },
  { ignores: ['.next/**', '.data/**', 'node_modules/**', 'drizzle/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
];
export default config;
