import { describe, expect, it } from 'vitest';
import { SIGN_IN_LIMITS, signInBuckets, signInVerdict, type SignInBucket } from '../../lib/rate-limit/sign-in-buckets';
import { clientKey } from '../../lib/security/client-ip';

const counted = (buckets: SignInBucket[], over: Array<SignInBucket['kind']>) => buckets.map((bucket) => ({ bucket, allowed: !over.includes(bucket.kind), retryAfter: 60 }));

describe('sign-in buckets (M8)', () => {
  it('M8: IPv6 addresses in one /64 share a key; IPv4-mapped IPv6 counts as its IPv4 address', () => {
    expect(clientKey('2001:db8:a:b::1')).toBe('2001:db8:a:b::/64');
    expect(clientKey('2001:0db8:000a:000b:ffff:ffff:ffff:ffff')).toBe('2001:db8:a:b::/64');
    expect(clientKey('[2001:db8:a:b:1:2:3:4]:443')).toBe('2001:db8:a:b::/64');
    expect(clientKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(clientKey('2001:db8:a:c::1')).not.toBe(clientKey('2001:db8:a:b::1'));
    expect(clientKey('::ffff:203.0.113.5')).toBe('203.0.113.5');
    expect(clientKey('::ffff:cb00:7105')).toBe('203.0.113.5');
    expect(clientKey('203.0.113.5')).toBe('203.0.113.5');
    expect(clientKey('203.0.113.5:5678')).toBe('203.0.113.5');
  });

  it('M8: an unknown or malformed address is no client at all', () => {
    for (const junk of [null, undefined, '', 'unknown', '1.2.3.256', '2001:db8::1::2', 'x'.repeat(50), '1:2:3:4:5:6:7:8:9']) expect(clientKey(junk)).toBeNull();
  });

  it('M8: with no client address the attempt counts per account only, never in a shared bucket', () => {
    const a = signInBuckets({ email: 'anna@acme.test', client: null, device: null });
    const b = signInBuckets({ email: 'ola@acme.test', client: null, device: null });
    expect(a.map((x) => x.kind)).toEqual(['pair', 'account']);
    // Nothing two accounts without an address have in common.
    expect(a.filter((x) => b.some((y) => y.key === x.key))).toEqual([]);
    expect(a.every((x) => !/unknown/.test(x.key))).toBe(true);
  });

  it('M8: the pair binds everyone; the client limit and the account ceiling bind only a browser the account does not know', () => {
    const unknown = signInBuckets({ email: 'anna@acme.test', client: '203.0.113.5', device: null });
    const known = signInBuckets({ email: 'anna@acme.test', client: '203.0.113.5', device: 'browser-1' });
    expect(unknown.map((x) => x.kind)).toEqual(['pair', 'client', 'account']);
    expect(known.find((x) => x.kind === 'pair')!.key).not.toBe(unknown.find((x) => x.kind === 'pair')!.key);
    expect(signInVerdict(counted(unknown, ['account']), false)).toEqual({ kind: 'throttled', retryAfter: 60 });
    expect(signInVerdict(counted(unknown, ['client']), false)).toMatchObject({ kind: 'throttled' });
    expect(signInVerdict(counted(known, ['account', 'client']), true)).toEqual({ kind: 'go', delayMs: SIGN_IN_LIMITS.knownDeviceDelayMs });
    expect(signInVerdict(counted(known, ['pair']), true)).toMatchObject({ kind: 'throttled' });
    expect(signInVerdict(counted(unknown, []), false)).toEqual({ kind: 'go', delayMs: 0 });
  });
});
