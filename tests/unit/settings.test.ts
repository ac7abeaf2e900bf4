import { describe, expect, it } from 'vitest';
import { checkSettings, devOutboxEnabled } from '../../lib/settings/env';

describe('settings are validated at start-up with one clear line naming the variable', () => {
  it('accepts an empty environment in development (PGlite, dev outbox, defaults)', () => {
    const result = checkSettings({ NODE_ENV: 'development' });
    expect('settings' in result && result.settings.SESSION_IDLE_MINUTES).toBe(30);
    expect('settings' in result && result.settings.PGLITE_DIR).toBe('.data/pglite');
  });

  it('refuses to start in production without AUTH_SECRET, naming it', () => {
    const result = checkSettings({ NODE_ENV: 'production', APP_URL: 'https://seerecruit.example', CRON_SECRET: 'x'.repeat(40) });
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

describe('production settings that cannot be forgotten (issue 11)', () => {
  const production = {
    NODE_ENV: 'production',
    APP_URL: 'https://seerecruit.example',
    AUTH_SECRET: 'a'.repeat(40),
    CRON_SECRET: 'c'.repeat(40),
    RESEND_API_KEY: 're_live',
    EMAIL_FROM: 'SeeRecruit <no-reply@seerecruit.example>',
  };
  const without = (name: keyof typeof production) => Object.fromEntries(Object.entries(production).filter(([k]) => k !== name));

  it('L9: production refuses to start without APP_URL, AUTH_SECRET or a 32-character CRON_SECRET, naming each', () => {
    expect('settings' in checkSettings(production)).toBe(true);
    expect(checkSettings(without('APP_URL'))).toEqual({ error: expect.stringMatching(/^Setting APP_URL is required in production/) });
    expect(checkSettings(without('AUTH_SECRET'))).toEqual({ error: expect.stringMatching(/^Setting AUTH_SECRET is required/) });
    expect(checkSettings(without('CRON_SECRET'))).toEqual({ error: expect.stringMatching(/^Setting CRON_SECRET is required/) });
    expect(checkSettings({ ...production, CRON_SECRET: 'c'.repeat(20) })).toEqual({ error: expect.stringMatching(/^Setting CRON_SECRET is required in production \(32\+/) });
  });

  it('M3: production refuses to run with emails silently unsent: RESEND_API_KEY, or EMAIL_TRANSPORT=capture on purpose', () => {
    expect(checkSettings(without('RESEND_API_KEY'))).toEqual({ error: expect.stringMatching(/^Setting RESEND_API_KEY is required in production/) });
    const captured = checkSettings({ ...without('RESEND_API_KEY'), EMAIL_TRANSPORT: 'capture' });
    expect('settings' in captured && captured.settings.EMAIL_TRANSPORT).toBe('capture');
    const sent = checkSettings(production);
    expect('settings' in sent && sent.settings.EMAIL_TRANSPORT).toBe('resend');
  });

  it('M3: the dev outbox is served only with ENABLE_DEV_OUTBOX=1 and a loopback APP_URL, never with real delivery', () => {
    const open = (env: Record<string, string>) => {
      const result = checkSettings(env);
      if (!('settings' in result)) throw new Error(result.error);
      return devOutboxEnabled(result.settings);
    };
    expect(open({ ENABLE_DEV_OUTBOX: '1' })).toBe(true);
    expect(open({ ENABLE_DEV_OUTBOX: '1', APP_URL: 'http://127.0.0.1:3100' })).toBe(true);
    expect(open({ ENABLE_DEV_OUTBOX: '1', APP_URL: 'http://[::1]:3000' })).toBe(true);
    expect(open({ ENABLE_DEV_OUTBOX: '1', APP_URL: 'https://seerecruit.example' })).toBe(false);
    expect(open({ ENABLE_DEV_OUTBOX: '1', APP_URL: 'http://127.example.com' })).toBe(false);
    expect(open({ ...production, ENABLE_DEV_OUTBOX: '1', EMAIL_TRANSPORT: 'capture', RESEND_API_KEY: '' })).toBe(false);
    expect(open({ ENABLE_DEV_OUTBOX: '1', RESEND_API_KEY: 're_x', EMAIL_FROM: 'a@b.c' })).toBe(false);
    expect(open({})).toBe(false);
  });
});
