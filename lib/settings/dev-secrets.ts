import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SECRET_NAMES = ['AUTH_SECRET', 'CRON_SECRET'] as const;

/**
 * Development only: generate AUTH_SECRET and CRON_SECRET once, keep them in
 * .data/dev-secrets.json and put them into process.env unless already set.
 * Keeping them means a restart does not sign everyone out.
 */
export function loadDevSecrets(dataDir = path.resolve('.data')): void {
  const file = path.join(dataDir, 'dev-secrets.json');
  let stored: Record<string, string> = {};
  if (existsSync(file)) {
    stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  }
  let changed = false;
  for (const name of SECRET_NAMES) {
    if (!stored[name]) {
      stored[name] = randomBytes(32).toString('base64url');
      changed = true;
    }
    process.env[name] ??= stored[name];
  }
  if (changed) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
}
