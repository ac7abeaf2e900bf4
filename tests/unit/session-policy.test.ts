import { describe, expect, it } from 'vitest';
import { idleDeadline, remainingSessionMs, safeCallbackUrl, sessionLimits, sessionState } from '../../lib/auth/session-policy';

describe('callbackUrl: only same-origin relative paths survive', () => {
  it('keeps ordinary relative paths with query and hash', () => {
    expect(safeCallbackUrl('/dashboard/acme/team')).toBe('/dashboard/acme/team');
    expect(safeCallbackUrl('/en/dashboard/acme?tab=1#x')).toBe('/en/dashboard/acme?tab=1#x');
  });
  it.each([
    'https://evil.example/steal',
    '//evil.example/steal',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    'dashboard',
    '',
    '/dash\nboard',
    '/%0d%0aSet-Cookie:x',
  ])('refuses %j (or neutralises it to a local path)', (value) => {
    const result = safeCallbackUrl(value);
    if (result !== null) {
      expect(result.startsWith('/')).toBe(true);
      expect(result.startsWith('//')).toBe(false);
      expect(new URL(result, 'http://same.invalid').origin).toBe('http://same.invalid');
    }
    if (/^(https?:|\/\/|\/\\|\\\\|javascript:|dashboard$|$)/.test(value) || value.includes('\n')) expect(result).toBeNull();
  });
  // The classic open-redirect list: each either stays on our origin as a path, or is refused.
  it.each([
    '/.//evil.com',
    '/%2e//evil.com',
    '/a/..//evil.com',
    '/./\\evil.com',
    '/%2F%2Fevil.com',
    '/..//..//evil.com',
    '/%09/evil.com',
    '/@evil.com',
    '/\t/evil.com',
  ])('L3: normalises %j before checking, so it never leaves our origin', (value) => {
    const result = safeCallbackUrl(value);
    if (result !== null) {
      expect(result.startsWith('//'), result).toBe(false);
      expect(result.startsWith('/\\'), result).toBe(false);
      expect(new URL(result, 'http://same.invalid').origin).toBe('http://same.invalid');
    }
  });
  it('L3: the cases the review reproduced are refused outright', () => {
    for (const value of ['/.//evil.com', '/%2e//evil.com', '/a/..//evil.com']) expect(safeCallbackUrl(value)).toBeNull();
  });
  it('refuses non-strings', () => {
    expect(safeCallbackUrl(undefined)).toBeNull();
    expect(safeCallbackUrl(['/a'])).toBeNull();
  });
});

describe('idle and absolute session limits', () => {
  const limits = sessionLimits({ SESSION_IDLE_MINUTES: 0.5, SESSION_MAX_HOURS: 0.01 });
  it('reads decimals from the settings', () => {
    expect(limits).toEqual({ idleMs: 30_000, maxMs: 36_000 });
    // Unset, the settings schema's defaults: 30 minutes idle, 12 hours in all.
    expect(sessionLimits()).toEqual({ idleMs: 30 * 60_000, maxMs: 12 * 3_600_000 });
  });
  it('is active within both limits', () => {
    expect(sessionState({ loginAt: 0, lastActivity: 10_000 }, 35_999, limits)).toBe('active');
  });
  it('is idle once the last activity is older than the idle limit', () => {
    expect(sessionState({ loginAt: 0, lastActivity: 0 }, 30_000, limits)).toBe('idle');
  });
  it('is expired after the absolute limit however active it was', () => {
    expect(sessionState({ loginAt: 0, lastActivity: 35_999 }, 36_000, limits)).toBe('expired');
  });
  it('treats broken claims as expired', () => {
    expect(sessionState({ loginAt: Number.NaN, lastActivity: 0 }, 1, limits)).toBe('expired');
  });
  it('tells the warning when the sign-out will come', () => {
    expect(idleDeadline({ loginAt: 0, lastActivity: 20_000 }, limits)).toBe(36_000);
    expect(idleDeadline({ loginAt: 0, lastActivity: 1_000 }, limits)).toBe(31_000);
    expect(remainingSessionMs({ loginAt: 0, lastActivity: 1_000 }, 11_000, limits)).toBe(20_000);
  });
});
