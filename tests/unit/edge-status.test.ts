import { beforeEach, describe, expect, it, vi } from 'vitest';
import { careersPageStatus, forgetAvailability } from '../../lib/edge/page-status';

const ORIGIN = 'http://127.0.0.1:3000';
const at = (path: string) => new URL(path, 'http://visitor.example');

function answering(availability: unknown, ok = true) {
  return vi.fn<(url: string, init: RequestInit) => Promise<Response>>(async () => new Response(JSON.stringify({ availability }), { status: ok ? 200 : 500 }));
}

describe('careersPageStatus', () => {
  beforeEach(() => forgetAvailability());

  it('answers a removed job 410 on the ad and on the form, asking our own origin', async () => {
    const fetcher = answering('removed');
    expect(await careersPageStatus(at('/careers/acme/old-job'), 'GET', ORIGIN, fetcher)).toEqual({ status: 410, headers: {} });
    expect(await careersPageStatus(at('/en/careers/acme/other-job/apply'), 'GET', ORIGIN, fetcher)).toMatchObject({ status: 410 });
    expect(fetcher.mock.calls.map((c) => c[0])).toEqual([
      `${ORIGIN}/api/careers/acme/old-job/availability`,
      `${ORIGIN}/api/careers/acme/other-job/availability`,
    ]);
  });

  it('leaves open, closed and hidden jobs to the page (200 or its own 404)', async () => {
    for (const availability of ['open', 'closed', 'hidden']) {
      forgetAvailability();
      expect(await careersPageStatus(at('/careers/acme/job'), 'GET', ORIGIN, answering(availability))).toBeNull();
    }
  });

  it('remembers an answer for a few seconds instead of asking on every view', async () => {
    const fetcher = answering('removed');
    await careersPageStatus(at('/careers/acme/job'), 'GET', ORIGIN, fetcher);
    await careersPageStatus(at('/careers/acme/job/apply'), 'GET', ORIGIN, fetcher);
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it('keeps a receipt readable and leaves posts, other pages and odd paths alone', async () => {
    const fetcher = answering('removed');
    expect(await careersPageStatus(at('/careers/acme/job/apply?receipt=ABC&sig=x'), 'GET', ORIGIN, fetcher)).toBeNull();
    expect(await careersPageStatus(at('/careers/acme/job/apply'), 'POST', ORIGIN, fetcher)).toBeNull();
    expect(await careersPageStatus(at('/careers/acme'), 'GET', ORIGIN, fetcher)).toBeNull();
    expect(await careersPageStatus(at('/careers/acme/job/opengraph-image'), 'GET', ORIGIN, fetcher)).toBeNull();
    expect(await careersPageStatus(at('/careers/ACME/..%2Fadmin'), 'GET', ORIGIN, fetcher)).toBeNull();
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('falls back to the page status when the answer is missing, broken or unknown', async () => {
    expect(await careersPageStatus(at('/careers/a/b'), 'GET', ORIGIN, answering('removed', false))).toBeNull();
    forgetAvailability();
    expect(await careersPageStatus(at('/careers/a/b'), 'GET', ORIGIN, answering('gone-fishing'))).toBeNull();
    forgetAvailability();
    const failing = vi.fn(async () => Promise.reject(new Error('connection refused')));
    expect(await careersPageStatus(at('/careers/a/b'), 'GET', ORIGIN, failing)).toBeNull();
  });

  it('answers the busy page 429 with Retry-After from the wait, bounded to a day', async () => {
    const fetcher = answering('open');
    expect(await careersPageStatus(at('/careers/acme/job/apply/busy?minutes=7'), 'GET', ORIGIN, fetcher)).toEqual({
      status: 429,
      headers: { 'Retry-After': '420', 'Cache-Control': 'no-store' },
    });
    expect((await careersPageStatus(at('/en/careers/acme/job/apply/busy?minutes=99999'), 'GET', ORIGIN, fetcher))?.headers['Retry-After']).toBe('86400');
    expect((await careersPageStatus(at('/careers/acme/job/apply/busy?minutes=nonsense'), 'GET', ORIGIN, fetcher))?.headers['Retry-After']).toBe('60');
    expect(fetcher).not.toHaveBeenCalled();
  });
});
