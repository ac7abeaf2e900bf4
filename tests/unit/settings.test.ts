import { describe, expect, it } from 'vitest';
import { checkSettings } from '../../lib/settings/env';

describe('settings are validated at start-up with one clear line naming the variable', () => {
  it('accepts an empty environment in development (PGlite, dev outbox, defaults)', () => {
    const result = checkSettings({ NODE_ENV: 'development' });
    expect('settings' in result && result.settings.SESSION_IDLE_MINUTES).toBe(30);
    expect('settings' in result && result.settings.PGLITE_DIR).toBe('.data/pglite');
  });

  it('refuses to start in production without AUTH_SECRET, naming it', () => {
    const result = checkSettings({ NODE_ENV: 'production', CRON_SECRET: 'x'.repeat(20) });
    expect(result).toEqual({ error: expect.stringMatching(/^Setting AUTH_SECRET is required/) });
  });

  it('names a bad DATABASE_URL', () => {
    const result = checkSettings({ DATABASE_URL: 'mysql://nope' });
    expect('error' in result && result.error).toMatch(/^Setting DATABASE_URL is invalid/);
  });

  it('allows decimal idle minutes (tests use 0.5) and refuses nonsense', () => {
    const ok = checkSettings({ SESSION_IDLE_MINUTES: '0.5' });
    expect('settings' in ok && ok.settings.SESSION_IDLE_MINUTES).toBe(0.5);
    const bad = checkSettings({ SESSION_IDLE_MINUTES: 'soon' });
    expect('error' in bad && bad.error).toMatch(/SESSION_IDLE_MINUTES/);
  });

  it('requires EMAIL_FROM once real email delivery is configured', () => {
    const result = checkSettings({ RESEND_API_KEY: 're_123' });
    expect('error' in result && result.error).toMatch(/EMAIL_FROM/);
  });
});
