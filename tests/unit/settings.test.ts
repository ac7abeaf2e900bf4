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

  it('takes the number of trusted proxies, 1 by default, and names a bad one', () => {
    const none = checkSettings({});
    expect('settings' in none && none.settings.TRUSTED_PROXY_HOPS).toBe(1);
    const two = checkSettings({ TRUSTED_PROXY_HOPS: '2' });
    expect('settings' in two && two.settings.TRUSTED_PROXY_HOPS).toBe(2);
    for (const bad of ['0', '1.5', 'many']) {
      const result = checkSettings({ TRUSTED_PROXY_HOPS: bad });
      expect('error' in result && result.error).toBe('Setting TRUSTED_PROXY_HOPS is invalid: must be a whole number from 1 to 10');
    }
  });

  it('requires EMAIL_FROM once real email delivery is configured', () => {
    const result = checkSettings({ RESEND_API_KEY: 're_123' });
    expect('error' in result && result.error).toMatch(/EMAIL_FROM/);
  });
});
