import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client';
import { withSystem, withTenant } from '../../db/doors';
import { countryOf } from '../../lib/analytics/country';
import { ingestVisitBatch, ingestVisitRequest, shortenVisitIps } from '../../lib/analytics/visits';
import { VISIT_BATCH_MAX, VISIT_BATCH_MAX_BYTES, VISIT_SIGNATURE_HEADER, type Visit } from '../../lib/edge/visit-batch';
import { signVisitBody } from '../../lib/edge/visit-log';
import { KEPT } from '../../lib/privacy/periods';
import { runHousekeeping } from '../../lib/retention/housekeeping';
import { asSystem, dbError, makeTenant, testDb } from './db';

const handle = testDb();
const SECRET = process.env.AUTH_SECRET!;

/** The columns the privacy page names (ip, country, path, viewed_at, browser, os), an id and the bot flag. */
const COLUMNS = ['browser', 'country', 'id', 'ip', 'is_bot', 'os', 'path', 'viewed_at'];

const marker = () => `/visit-test/${randomUUID()}`;
const visit = (path: string, extra: Partial<Visit> = {}): Visit => ({ ip: '84.208.20.1', path, viewedAt: Date.now(), browser: 'Firefox 133', os: 'Windows 10', bot: false, ...extra });

async function signed(visits: unknown[], sentAt = Date.now()) {
  const body = JSON.stringify({ sentAt, visits });
  return { body, signature: await signVisitBody(body, SECRET) };
}

const stored = async (prefix: string) =>
  rowsOf<Record<string, unknown>>(
    await handle.owner.execute(sql`select host(ip) as ip, masklen(ip) as bits, country, path, viewed_at, browser, os, is_bot from page_views where path like ${`${prefix}%`} order by path`),
  );

describe('page_views holds exactly what the privacy page names', () => {
  it('has exactly eight columns: id, ip, country, path, viewed_at, browser, os, is_bot (a new column fails here)', async () => {
    const rows = rowsOf<{ column_name: string }>(
      await handle.owner.execute(sql`select column_name from information_schema.columns where table_schema = 'public' and table_name = 'page_views' order by column_name`),
    );
    expect(rows.map((r) => r.column_name)).toEqual(COLUMNS);
  });

  it('stores a signed batch with exactly those fields, the country looked up offline where no platform gave it', async () => {
    const prefix = marker();
    const at = Date.now() - 1000;
    const { body, signature } = await signed([
      visit(`${prefix}/a`, { viewedAt: at }),
      visit(`${prefix}/b`, { ip: '2a01:79c::1', browser: 'Chrome 131', os: 'Android 14' }),
      visit(`${prefix}/c`, { ip: '10.0.0.7', browser: null, os: null, bot: true }),
      visit(`${prefix}/d`, { ip: '8.8.8.8', country: 'SE' }),
      visit(`${prefix}/e`, { ip: null, country: null }),
    ]);
    expect(await ingestVisitBatch(body, signature)).toEqual({ status: 204, stored: 5 });
    const rows = await stored(prefix);
    expect(rows.map((r) => ({ ip: r.ip, country: r.country, path: r.path, browser: r.browser, os: r.os, is_bot: r.is_bot }))).toEqual([
      { ip: '84.208.20.1', country: 'NO', path: `${prefix}/a`, browser: 'Firefox 133', os: 'Windows 10', is_bot: false },
      { ip: '2a01:79c::1', country: 'NO', path: `${prefix}/b`, browser: 'Chrome 131', os: 'Android 14', is_bot: false },
      { ip: '10.0.0.7', country: null, path: `${prefix}/c`, browser: null, os: null, is_bot: true },
      { ip: '8.8.8.8', country: 'SE', path: `${prefix}/d`, browser: 'Firefox 133', os: 'Windows 10', is_bot: false },
      { ip: null, country: null, path: `${prefix}/e`, browser: 'Firefox 133', os: 'Windows 10', is_bot: false },
    ]);
    expect(new Date(rows[0]!.viewed_at as string).getTime()).toBe(at);
  });

  it('private, loopback and documentation addresses have no country (the database would say AU for 192.168.x)', () => {
    for (const ip of ['127.0.0.1', '10.1.2.3', '192.168.1.1', '172.20.0.1', '100.64.0.1', '169.254.1.1', '::1', 'fd00::1', 'fe80::1', '2001:db8::1', null]) expect(countryOf(ip), String(ip)).toBeNull();
    expect(countryOf('8.8.8.8')).toBe('US');
  });

  it('the key the edge signs with (WebCrypto HKDF) is the one the route checks with (node:crypto)', async () => {
    const prefix = marker();
    const { body, signature } = await signed([visit(`${prefix}/x`)]);
    expect(await ingestVisitBatch(body, signature)).toMatchObject({ status: 204 });
    // Another secret signs something the route refuses.
    expect(await ingestVisitBatch(body, await signVisitBody(body, `${SECRET}-other`))).toEqual({ status: 401 });
  });
});

describe('the ingest refuses what middleware would not send, and stores nothing of it', () => {
  it('refuses an unsigned batch, a bad signature, and a signed body that was changed (401)', async () => {
    const prefix = marker();
    const { body, signature } = await signed([visit(`${prefix}/a`)]);
    expect(await ingestVisitBatch(body, null)).toEqual({ status: 401 });
    expect(await ingestVisitBatch(body, 'A'.repeat(43))).toEqual({ status: 401 });
    expect(await ingestVisitBatch(body, `${signature}x`)).toEqual({ status: 401 });
    expect(await ingestVisitBatch(body.replace('/a', '/b'), signature)).toEqual({ status: 401 });
    expect(await stored(prefix)).toEqual([]);
  });

  it('refuses an oversized batch (413) and one with too many visits (400), even when signed', async () => {
    const prefix = marker();
    const big = await signed([visit(`${prefix}/a`, { path: `${prefix}/${'x'.repeat(400)}` })].concat(Array.from({ length: 200 }, (_, i) => visit(`${prefix}/${i}/${'y'.repeat(480)}`, { browser: 'B'.repeat(64), os: 'O'.repeat(64) }))));
    expect(big.body.length).toBeGreaterThan(VISIT_BATCH_MAX_BYTES);
    expect(await ingestVisitBatch(big.body, big.signature)).toEqual({ status: 413 });
    const many = await signed(Array.from({ length: VISIT_BATCH_MAX + 1 }, (_, i) => visit(`${prefix}/${i}`)));
    expect(await ingestVisitBatch(many.body, many.signature)).toEqual({ status: 400 });
    // Through the route's reader: a declared or streamed body past the cap is not read into memory.
    const request = new Request('http://localhost/api/visits', { method: 'POST', body: big.body, headers: { [VISIT_SIGNATURE_HEADER]: big.signature } });
    expect(await ingestVisitRequest(request)).toEqual({ status: 413 });
    expect(await stored(prefix)).toEqual([]);
  });

  it('refuses a whole batch when any field is not what the policy names (400): extra field, query in the path, raw user agent, bad country, bad address, other times', async () => {
    const prefix = marker();
    const good = visit(`${prefix}/good`);
    const bad: unknown[] = [
      { ...good, referrer: 'https://www.linkedin.com/' },
      { ...good, userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8)' },
      { ...good, path: `${prefix}/a?email=kari@example.no` },
      { ...good, path: 'careers/acme' },
      { ...good, path: `/${'x'.repeat(600)}` },
      { ...good, country: 'Norway' },
      { ...good, country: 'no' },
      { ...good, ip: '84.208.20.1, 6.6.6.6' },
      { ...good, ip: '84.208.20.0/24' },
      { ...good, browser: 'Chrome 131\nX-Injected: 1' },
      { ...good, browser: 'B'.repeat(65) },
      { ...good, bot: 'no' },
      { ...good, viewedAt: Date.now() - 24 * 3600_000 },
      { ...good, viewedAt: 'yesterday' },
    ];
    for (const [i, item] of bad.entries()) {
      const { body, signature } = await signed([good, item]);
      expect(await ingestVisitBatch(body, signature), `case ${i}`).toEqual({ status: 400 });
    }
    const stale = await signed([good], Date.now() - 10 * 60_000);
    expect(await ingestVisitBatch(stale.body, stale.signature)).toEqual({ status: 400 });
    const notJson = '{"sentAt":';
    expect(await ingestVisitBatch(notJson, await signVisitBody(notJson, SECRET))).toEqual({ status: 400 });
    expect(await stored(prefix)).toEqual([]);
  });
});

describe('who can reach page_views', () => {
  it('the tenant role cannot read, write or delete visits', async () => {
    const tenant = await makeTenant(handle);
    for (const statement of ['select count(*) from page_views', "insert into page_views (path, viewed_at, is_bot) values ('/x', now(), false)", 'delete from page_views', "update page_views set ip = '1.2.3.0/24'"]) {
      expect(await dbError(withTenant({ tenantId: tenant.id }, (tx) => tx.execute(sql.raw(statement)))), statement).toMatch(/permission denied/);
    }
  });

  it('the visit-log door may insert and read, never rewrite or delete a visit', async () => {
    for (const statement of ["update page_views set path = '/x'", "update page_views set ip = '1.2.3.0/24'", 'delete from page_views', 'truncate page_views']) {
      expect(await dbError(withSystem('visit-log', (tx) => tx.execute(sql.raw(statement)))), statement).toMatch(/permission denied/);
      expect(await dbError(asSystem((tx) => tx.execute(sql.raw(statement)))), statement).toMatch(/permission denied/);
    }
  });
});

describe(`addresses are shortened after ${KEPT.visitIpDays} days`, () => {
  async function aged(prefix: string, rows: Array<{ ip: string; days: number }>) {
    for (const [i, r] of rows.entries()) {
      await handle.owner.execute(sql`insert into page_views (ip, country, path, viewed_at, browser, os, is_bot)
        values (${r.ip}::inet, 'NO', ${`${prefix}/${i}`}, now() - make_interval(days => ${r.days}), 'Firefox 133', 'Windows 10', false)`);
    }
  }

  it(`the housekeeping shortens IPv4 to /24 and IPv6 to /48 once older than ${KEPT.visitIpDays} days, and leaves newer rows and the other fields as they were`, async () => {
    const prefix = marker();
    const days = KEPT.visitIpDays;
    await aged(prefix, [
      { ip: '84.208.20.123', days: days + 1 },
      { ip: '2a01:79c:cebd:1234:5678:9abc:def0:1234', days: days + 5 },
      { ip: '84.208.21.45', days: days - 1 },
      { ip: '2a01:79c:cebd:1234::1', days: 1 },
    ]);
    const report = await runHousekeeping();
    expect(report.visitIps).toBeGreaterThanOrEqual(2);
    const rows = await stored(prefix);
    expect(rows.map((r) => [r.ip, r.bits])).toEqual([
      ['84.208.20.0', 24],
      ['2a01:79c:cebd::', 48],
      ['84.208.21.45', 32],
      ['2a01:79c:cebd:1234::1', 128],
    ]);
    expect(rows.every((r) => r.country === 'NO' && r.browser === 'Firefox 133' && r.os === 'Windows 10' && r.is_bot === false)).toBe(true);
    // Running it again changes nothing.
    expect(await shortenVisitIps()).toBe(0);
    expect((await stored(prefix)).map((r) => r.bits)).toEqual([24, 48, 32, 128]);
  });

  it('even the owner can only shorten an address, never change a visit otherwise', async () => {
    const prefix = marker();
    await aged(prefix, [{ ip: '84.208.20.123', days: 1 }]);
    for (const change of [sql`set path = '/other'`, sql`set ip = '1.2.3.4'`, sql`set ip = null`, sql`set is_bot = true`]) {
      expect(await dbError(handle.owner.execute(sql`update page_views ${change} where path like ${`${prefix}%`}`))).toMatch(/only have its address shortened|permission denied/);
    }
    expect((await stored(prefix)).map((r) => r.ip)).toEqual(['84.208.20.123']);
  });
});
