import { afterEach, describe, expect, it } from 'vitest';
import { signReference, verifyReference } from '../../lib/applications/receipt-link';
import { forgetSettings } from '../../lib/settings/env';

const saved = process.env.AUTH_SECRET;
afterEach(() => {
  if (saved === undefined) delete process.env.AUTH_SECRET;
  else process.env.AUTH_SECRET = saved;
  forgetSettings();
});

describe('receipt links are signed with AUTH_SECRET and nothing else', () => {
  it('L9: there is no fallback key: without AUTH_SECRET no receipt can be signed', () => {
    delete process.env.AUTH_SECRET;
    forgetSettings();
    expect(() => signReference('SR-AAAA-0001')).toThrow(/AUTH_SECRET/);
  });

  it('a signature made with one secret does not verify under another, and a guessed one does not verify', () => {
    process.env.AUTH_SECRET = 'one-secret-for-this-test-0123456789abcdef';
    forgetSettings();
    const sig = signReference('SR-AAAA-0001');
    expect(verifyReference('SR-AAAA-0001', sig)).toBe(true);
    expect(verifyReference('SR-AAAA-0002', sig)).toBe(false);
    expect(verifyReference('SR-AAAA-0001', 'x'.repeat(22))).toBe(false);
    process.env.AUTH_SECRET = 'another-secret-for-this-test-0123456789';
    forgetSettings();
    expect(verifyReference('SR-AAAA-0001', sig)).toBe(false);
  });
});
