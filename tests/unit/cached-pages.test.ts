import { afterEach, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { secondsToLive } from '../../lib/careers/cache';
import { NONCE_PATHS, securityHeaders } from '../../lib/security/headers';
import { osloNextMidnight } from '../../lib/time/oslo';

vi.mock('next/cache', () => ({ revalidateTag: () => undefined, unstable_cache: (fn: () => unknown) => fn }));

describe('which pages keep the per-request nonce', () => {
  it('signed-in areas, sign-in and the candidate’s own pages do; every cacheable public page does not', () => {
    for (const path of ['/dashboard', '/en/dashboard/acme/jobs', '/admin', '/en/admin/tenants', '/login', '/en/login/forgot', '/personvern/innsyn/mine', '/personvern/innsyn/apne/abc', '/en/privacy/request/mine', '/en/privacy/request/open/abc']) {
      expect(NONCE_PATHS.test(path), path).toBe(true);
    }
    for (const path of ['/', '/en', '/om', '/personvern', '/personvern/innsyn', '/personvern/innsyn/sendt', '/en/privacy/request', '/careers/acme', '/careers/acme/job', '/careers/acme/job/apply', '/signup', '/careers/dashboard', '/loginx']) {
      expect(NONCE_PATHS.test(path), path).toBe(false);
    }
  });

  it('the cached pages’ policy allows our own and inline scripts only, and is otherwise as tight as the nonce one', () => {
    const cached = securityHeaders(null, true)['Content-Security-Policy']!;
    const nonce = securityHeaders('abc', true)['Content-Security-Policy']!;
    expect(cached).toContain("script-src 'self' 'unsafe-inline'");
    expect(cached).not.toMatch(/nonce|unsafe-eval|strict-dynamic/);
    expect(nonce).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    const rest = (policy: string) => policy.split('; ').filter((d) => !d.startsWith('script-src'));
    expect(rest(cached)).toEqual(rest(nonce));
  });
});

describe('cached career data lives no longer than the Oslo day', () => {
  it('five minutes in the day, less as midnight comes, across both offsets', () => {
    expect(secondsToLive(new Date('2026-12-01T12:00:00Z'))).toBe(300);
    // 23:58:00 in Oslo in winter (UTC+1): two minutes to the next day.
    expect(secondsToLive(new Date('2026-12-01T22:58:00Z'))).toBe(120);
    // 23:59:30 in Oslo in summer (UTC+2).
    expect(secondsToLive(new Date('2026-07-15T21:59:30Z'))).toBe(30);
    expect(osloNextMidnight(new Date('2026-07-15T21:59:30Z')).toISOString()).toBe('2026-07-15T22:00:00.000Z');
    expect(osloNextMidnight(new Date('2026-12-01T23:30:00Z')).toISOString()).toBe('2026-12-02T23:00:00.000Z');
  });
});

describe('the middleware on public paths', () => {
  afterEach(() => vi.restoreAllMocks());

  it('answers without any network call, sets no cookie and gives no nonce', async () => {
    const fetcher = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response('{}'));
    const { default: middleware } = await import('../../middleware');
    const later: Promise<unknown>[] = [];
    for (const path of ['/careers/acme/backend-utvikler', '/careers/acme/random-1', '/en/careers/acme/x/apply', '/personvern', '/']) {
      const response = await middleware(new NextRequest(`http://127.0.0.1:3000${path}`), { waitUntil: (p: Promise<unknown>) => later.push(p) } as never);
      expect(response.headers.get('set-cookie'), path).toBeNull();
      expect(response.headers.get('content-security-policy'), path).not.toContain('nonce');
      expect(response.status, path).toBeLessThan(400);
    }
    // Anything sent at all (a batch of visits) goes after the response, through waitUntil.
    expect(fetcher.mock.calls.length).toBeLessThanOrEqual(later.length);
    expect(fetcher).not.toHaveBeenCalledWith(expect.stringContaining('/availability'), expect.anything());
  });
});
