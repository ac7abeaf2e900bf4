import { describe, expect, it, vi } from 'vitest';
import { canonicalIp } from '../../lib/edge/ip-address';
import { VISIT_BATCH_MAX, VISIT_BATCH_MAX_BYTES, VISIT_LABEL_MAX, VISIT_PATH_MAX, visitBatchSchema, visitBytesBound, visitSchema, type Visit, type VisitBatch } from '../../lib/edge/visit-batch';
import { batchLength, BUFFER_MAX, describeAgent, FLUSH_AT, isPageView, MAX_IN_FLIGHT, storedPath, VisitBuffer, visitOf } from '../../lib/edge/visit-log';

const h = (values: Record<string, string> = {}) => new Headers(values);

const UA = {
  chromeAndroid: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.135 Mobile Safari/537.36',
  safariIphone: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  firefoxWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  edgeMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86',
  googlebot: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  linkedin: 'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)',
  curl: 'curl/8.5.0',
};

describe('which requests are page views', () => {
  it('counts a GET of a page, a full load or a client-side navigation (RSC), in both languages', () => {
    expect(isPageView('GET', '/', h())).toBe(true);
    expect(isPageView('GET', '/en/careers/acme/utvikler', h())).toBe(true);
    expect(isPageView('GET', '/dashboard/acme', h({ rsc: '1' }))).toBe(true);
  });

  it('does not count prefetches: the router fetched a page nobody opened', () => {
    expect(isPageView('GET', '/careers/acme', h({ rsc: '1', 'next-router-prefetch': '1' }))).toBe(false);
    expect(isPageView('GET', '/careers/acme', h({ rsc: '1', 'next-router-segment-prefetch': '/_tree' }))).toBe(false);
    expect(isPageView('GET', '/careers/acme', h({ purpose: 'prefetch' }))).toBe(false);
    expect(isPageView('GET', '/careers/acme', h({ 'sec-purpose': 'prefetch;prerender' }))).toBe(false);
  });

  it('does not count HEAD, form posts or server actions, API routes, Next’s files or files by extension', () => {
    expect(isPageView('HEAD', '/', h())).toBe(false);
    expect(isPageView('POST', '/login', h({ 'next-action': 'abc' }))).toBe(false);
    expect(isPageView('POST', '/careers/acme/job/apply', h())).toBe(false);
    for (const path of ['/api/visits', '/api', '/_next/data/x.json', '/_next/static/chunk', '/dev/outbox', '/favicon.ico', '/robots.txt', '/sitemap.xml', '/careers/acme/logo.png']) {
      expect(isPageView('GET', path, h()), path).toBe(false);
    }
    // A page whose name merely starts like one of those is still a page.
    expect(isPageView('GET', '/apiary', h())).toBe(true);
  });
});

describe('what a visit record holds', () => {
  it('browser and OS as family and major version only', () => {
    expect(describeAgent(h({ 'user-agent': UA.chromeAndroid }))).toEqual({ browser: 'Chrome 131', os: 'Android 14', bot: false });
    expect(describeAgent(h({ 'user-agent': UA.safariIphone }))).toEqual({ browser: 'Mobile Safari 17', os: 'iOS 17', bot: false });
    expect(describeAgent(h({ 'user-agent': UA.firefoxWindows }))).toEqual({ browser: 'Firefox 133', os: 'Windows 10', bot: false });
    expect(describeAgent(h({ 'user-agent': UA.edgeMac }))).toEqual({ browser: 'Edge 131', os: 'Mac OS 10', bot: false });
  });

  it('marks crawlers, scripts and requests without a user agent as bots', () => {
    expect(describeAgent(h({ 'user-agent': UA.googlebot })).bot).toBe(true);
    expect(describeAgent(h({ 'user-agent': UA.linkedin })).bot).toBe(true);
    expect(describeAgent(h({ 'user-agent': UA.curl })).bot).toBe(true);
    expect(describeAgent(h())).toEqual({ browser: null, os: null, bot: true });
  });

  it('keeps the path without query or fragment, cut to 512 characters', () => {
    expect(storedPath('/careers/acme')).toBe('/careers/acme');
    expect(storedPath('/careers/acme?utm_source=linkedin&email=a@b.no')).toBe('/careers/acme');
    expect(storedPath('/a#b')).toBe('/a');
    expect(storedPath(`/${'x'.repeat(2000)}`)).toHaveLength(512);
  });

  it('takes the client address by the trusted-hops rule, in one spelling; a client-written entry proves nothing', () => {
    const at = (xff: string, hops = 1) => visitOf('/', h({ 'x-forwarded-for': xff, 'user-agent': UA.firefoxWindows }), { hops, now: 1 }).ip;
    expect(at('203.0.113.9')).toBe('203.0.113.9');
    expect(at('6.6.6.6, 203.0.113.9')).toBe('203.0.113.9');
    expect(at('6.6.6.6, 203.0.113.9, 10.0.0.2', 2)).toBe('203.0.113.9');
    expect(at('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(at('2001:DB8:0:0:0:0:0:1')).toBe('2001:db8::1');
    expect(at('not-an-address')).toBeNull();
  });

  it('holds exactly the policy’s fields; the user agent, query, referrer and cookies are not in it', () => {
    const headers = h({
      'user-agent': UA.chromeAndroid,
      'x-forwarded-for': '198.51.100.7',
      referer: 'https://www.linkedin.com/feed/secret-post',
      cookie: 'authjs.session-token=abc',
      'x-vercel-ip-country': 'NO',
    });
    const visit = visitOf('/careers/acme?ref=mail', headers, { hops: 1, now: 1_800_000_000_000 });
    expect(visit).toEqual({ ip: '198.51.100.7', path: '/careers/acme', viewedAt: 1_800_000_000_000, browser: 'Chrome 131', os: 'Android 14', bot: false });
    const sent = JSON.stringify(visit);
    for (const leak of ['Pixel', 'AppleWebKit', 'linkedin', 'ref=mail', 'authjs', '6778']) expect(sent).not.toContain(leak);
    expect(visitBatchSchema.safeParse({ sentAt: 1, visits: [visit] }).success).toBe(true);
  });

  it('reads the country from the platform header only when the setting names it; unknown codes become null', () => {
    const headers = h({ 'user-agent': UA.firefoxWindows, 'x-vercel-ip-country': 'no' });
    expect(visitOf('/', headers, { hops: 1, now: 1 })).not.toHaveProperty('country');
    expect(visitOf('/', headers, { hops: 1, now: 1, countryHeader: 'x-vercel-ip-country' }).country).toBe('NO');
    for (const unknown of ['XX', 'T1', 'NOR', '']) {
      expect(visitOf('/', h({ 'x-vercel-ip-country': unknown }), { hops: 1, now: 1, countryHeader: 'x-vercel-ip-country' }).country).toBeNull();
    }
  });
});

describe('canonicalIp: one spelling per address before it is stored', () => {
  it('normalises IPv4, mapped and bracketed IPv6, and refuses junk', () => {
    expect(canonicalIp('203.0.113.9:443')).toBe('203.0.113.9');
    expect(canonicalIp('[2001:db8:0:0:1:0:0:1]:443')).toBe('2001:db8::1:0:0:1');
    expect(canonicalIp('2001:0db8:0000:0000:0000:ff00:0042:8329')).toBe('2001:db8::ff00:42:8329');
    expect(canonicalIp('fe80::1%eth0')).toBe('fe80::1');
    expect(canonicalIp('::')).toBe('::');
    expect(canonicalIp('1:0:0:2:0:0:0:3')).toBe('1:0:0:2::3');
    for (const junk of [null, '', 'unknown', '1.2.3.256', '2001:db8::1::2', 'x'.repeat(80)]) expect(canonicalIp(junk)).toBeNull();
  });
});

describe('VisitBuffer: batches after the response, never more than one batch lost', () => {
  const visit = (n: number): Visit => ({ ip: null, path: `/${n}`, viewedAt: n + 1, browser: null, os: null, bot: false });
  const collect = () => {
    const later: Promise<unknown>[] = [];
    return { event: { waitUntil: (p: Promise<unknown>) => void later.push(p) }, settle: () => Promise.all(later) };
  };

  it(`sends a batch at ${FLUSH_AT} visits, and what is left when the timer fires`, async () => {
    const sent: VisitBatch[] = [];
    let fire!: () => void;
    const buffer = new VisitBuffer(async (b) => void sent.push(b), () => new Promise<void>((resolve) => (fire = resolve)));
    const { event, settle } = collect();
    for (let i = 0; i < FLUSH_AT - 1; i++) buffer.add(visit(i), event);
    expect(sent).toHaveLength(0);
    buffer.add(visit(FLUSH_AT - 1), event);
    expect(sent.map((b) => b.visits.length)).toEqual([FLUSH_AT]);
    buffer.add(visit(100), event);
    buffer.add(visit(101), event);
    fire();
    await settle();
    expect(sent.map((b) => b.visits.length)).toEqual([FLUSH_AT, 2]);
    expect(sent.flatMap((b) => b.visits.map((v) => v.path)).slice(-2)).toEqual(['/100', '/101']);
    expect(buffer.size).toBe(0);
  });

  it('a failed batch loses those visits only; the next batch goes as usual', async () => {
    let fail = true;
    const sent: VisitBatch[] = [];
    const buffer = new VisitBuffer(
      async (b) => {
        if (fail) throw new Error('server down');
        sent.push(b);
      },
      () => new Promise<void>(() => {}),
    );
    const { event } = collect();
    for (let i = 0; i < FLUSH_AT; i++) buffer.add(visit(i), event);
    await vi.waitFor(() => expect(buffer.lost).toBe(FLUSH_AT));
    fail = false;
    for (let i = 0; i < FLUSH_AT; i++) buffer.add(visit(i), event);
    await vi.waitFor(() => expect(sent.map((b) => b.visits.length)).toEqual([FLUSH_AT]));
    expect(buffer.lost).toBe(FLUSH_AT);
  });

  it(`holds at most ${BUFFER_MAX} visits while the server is slow, dropping the oldest`, async () => {
    const pending: Array<() => void> = [];
    const sent: VisitBatch[] = [];
    const buffer = new VisitBuffer(
      (b) => new Promise<void>((resolve) => pending.push(() => (sent.push(b), resolve()))),
      () => new Promise<void>(() => {}),
    );
    const { event } = collect();
    const total = MAX_IN_FLIGHT * FLUSH_AT + BUFFER_MAX + 25;
    for (let i = 0; i < total; i++) buffer.add(visit(i), event);
    // Four batches on their way, the rest waiting, the oldest 25 of those dropped.
    expect(pending).toHaveLength(MAX_IN_FLIGHT);
    expect(buffer.size).toBe(BUFFER_MAX);
    expect(buffer.lost).toBe(25);
    for (const done of pending.splice(0)) done();
    await vi.waitFor(() => expect(sent).toHaveLength(MAX_IN_FLIGHT));
    void buffer.flush();
    expect(pending).toHaveLength(MAX_IN_FLIGHT);
    for (const done of pending.splice(0)) done();
    await vi.waitFor(() => expect(sent).toHaveLength(2 * MAX_IN_FLIGHT));
    // The first waiting visit sent is the one after those in flight and those dropped.
    expect(sent[MAX_IN_FLIGHT]!.visits[0]!.path).toBe(`/${MAX_IN_FLIGHT * FLUSH_AT + 25}`);
  });

  it(`never sends a batch larger than the route takes (${VISIT_BATCH_MAX})`, async () => {
    const sent: VisitBatch[] = [];
    const buffer = new VisitBuffer(async (b) => void sent.push(b), () => new Promise<void>(() => {}));
    const { event } = collect();
    // Added while four batches are on their way: they pile up, then go in route-sized batches.
    for (let i = 0; i < 600; i++) buffer['waiting'].push(visit(i));
    buffer.add(visit(600), event);
    await buffer.flush();
    expect(sent.every((b) => b.visits.length <= VISIT_BATCH_MAX)).toBe(true);
    expect(sent.reduce((n, b) => n + b.visits.length, 0)).toBe(601);
  });
});

describe('batches stay under the ingest limit in bytes, however long the visits', () => {
  // The nastiest texts the batch schema lets through: control characters (escaped as \u0001 in JSON), quotes and
  // backslashes, characters outside the BMP, at full length, with IPv6 at full length.
  const nasty = (n: number, path: string): Visit => ({
    ip: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
    path,
    viewedAt: 1_800_000_000_000 + n,
    browser: 'Å'.repeat(VISIT_LABEL_MAX),
    os: '(ø)'.repeat(21),
    bot: false,
    country: 'NO',
  });
  const paths = [
    `/${'\u0001'.repeat(VISIT_PATH_MAX - 1)}`,
    `/${'"\\'.repeat((VISIT_PATH_MAX - 1) / 2)}`,
    `/${'😀'.repeat((VISIT_PATH_MAX - 1) / 2)}`,
    `/${'æ'.repeat(VISIT_PATH_MAX - 1)}`,
    '/careers/acme/backend-utvikler',
  ];

  it('visitBytesBound is never below what a visit takes in the JSON', () => {
    for (const [i, path] of paths.entries()) {
      const v = nasty(i, path.slice(0, VISIT_PATH_MAX));
      expect(visitSchema.safeParse(v).success).toBe(true);
      expect(visitBytesBound(v)).toBeGreaterThanOrEqual(new TextEncoder().encode(JSON.stringify(v)).byteLength);
    }
  });

  it('a full buffer of the longest visits goes in batches the ingest accepts by size, none lost', async () => {
    const sent: string[] = [];
    const buffer = new VisitBuffer(async (batch) => void sent.push(JSON.stringify(batch)), () => new Promise(() => undefined));
    const event = { waitUntil: () => undefined };
    const all = Array.from({ length: BUFFER_MAX }, (_, i) => nasty(i, paths[i % paths.length]!.slice(0, VISIT_PATH_MAX)));
    for (const v of all) buffer.add(v, event);
    while (buffer.size > 0) await buffer.flush();
    expect(sent.length).toBeGreaterThan(BUFFER_MAX / VISIT_BATCH_MAX);
    for (const body of sent) {
      expect(new TextEncoder().encode(body).byteLength).toBeLessThanOrEqual(VISIT_BATCH_MAX_BYTES);
      expect(visitBatchSchema.safeParse(JSON.parse(body)).success).toBe(true);
    }
    expect(sent.reduce((n, body) => n + (JSON.parse(body) as VisitBatch).visits.length, 0)).toBe(BUFFER_MAX);
    expect(buffer.lost).toBe(0);
  });

  it('ordinary visits go a full batch at a time', () => {
    const ordinary = Array.from({ length: VISIT_BATCH_MAX + 5 }, (_, i) => ({ ...nasty(i, '/careers/acme/backend-utvikler/apply'), browser: 'Chrome 131', os: 'Android 14' }));
    expect(batchLength(ordinary)).toBe(VISIT_BATCH_MAX);
  });
});
