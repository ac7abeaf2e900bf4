import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { KEPT } from '../../lib/privacy/periods';

interface StoredVisit {
  ip: string | null;
  country: string | null;
  path: string;
  viewedAt: string;
  browser: string | null;
  os: string | null;
  isBot: boolean;
}

/** What page_views holds under a path (dev-only route; the embedded database belongs to the server). */
async function visitsUnder(request: APIRequestContext, path: string): Promise<StoredVisit[]> {
  const response = await request.get(`/api/dev/visits?path=${encodeURIComponent(path)}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { visits: StoredVisit[] }).visits;
}

// Batches leave every 2 s (lib/edge/visit-log.ts FLUSH_AFTER_MS): wait past that, then check nothing more came.
const settled = () => new Promise((resolve) => setTimeout(resolve, 2500));

test.describe('visitor statistics without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a page request leaves exactly one row with the six fields and the bot flag, and the response sets no cookie', async ({ page, request }) => {
    const path = `/finnes-ikke-${randomUUID()}`;
    const response = await page.goto(`${path}?email=kari@example.no&utm_source=linkedin`);
    expect(response!.status()).toBe(404);
    expect(response!.headers()['set-cookie']).toBeUndefined();
    await expect.poll(async () => (await visitsUnder(request, path)).length, { timeout: 10_000 }).toBe(1);
    await settled();
    const visits = await visitsUnder(request, path);
    expect(visits).toHaveLength(1);
    const [visit] = visits;
    expect(Object.keys(visit!).sort()).toEqual(['browser', 'country', 'ip', 'isBot', 'os', 'path', 'viewedAt']);
    // From 127.0.0.1: a loopback address has no country. The query string is not stored.
    expect(visit).toMatchObject({ ip: '127.0.0.1', country: null, path, isBot: false });
    // Playwright's desktop Chrome says Windows NT 10.0 and Chrome 159.0.8154.6: only family and major are kept.
    expect(visit!.browser).toMatch(/^Chrome \d+$/);
    expect(visit!.os).toBe('Windows 10');
    expect(Math.abs(Date.parse(visit!.viewedAt) - Date.now())).toBeLessThan(60_000);
  });

  test('a public page is counted once per request, and the privacy page states the period the housekeeping uses', async ({ page, request }) => {
    const before = (await visitsUnder(request, '/personvern')).filter((v) => v.path === '/personvern').length;
    const response = await page.goto('/personvern');
    expect(response!.status()).toBe(200);
    expect(response!.headers()['set-cookie']).toBeUndefined();
    await expect(page.locator('main')).toContainText(`Hele IP-adressen beholder vi i ${KEPT.visitIpDays} dager`);
    await expect.poll(async () => (await visitsUnder(request, '/personvern')).filter((v) => v.path === '/personvern').length, { timeout: 10_000 }).toBe(before + 1);
    await settled();
    expect((await visitsUnder(request, '/personvern')).filter((v) => v.path === '/personvern')).toHaveLength(before + 1);
  });

  test('a crawler is stored with the bot flag; a HEAD request and an API call are not counted', async ({ browser, request }) => {
    const path = `/finnes-ikke-${randomUUID()}`;
    const context = await browser.newContext({ userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', javaScriptEnabled: false });
    const crawler = await context.newPage();
    await crawler.goto(path);
    await context.close();
    await request.head(`${path}-head`);
    await expect.poll(async () => (await visitsUnder(request, path)).length, { timeout: 10_000 }).toBe(1);
    await settled();
    const visits = await visitsUnder(request, path);
    expect(visits.map((v) => [v.path, v.isBot])).toEqual([[path, true]]);
    expect(await visitsUnder(request, '/api/')).toEqual([]);
  });
});

test('with JavaScript a page is counted once too: hydration and prefetching add no rows', async ({ page, request }) => {
  const count = async (path: string) => (await visitsUnder(request, path)).filter((v) => v.path === path).length;
  const [privacyBefore, aboutBefore] = [await count('/en/privacy'), await count('/en/about')];
  const response = await page.goto('/en/privacy');
  expect(response!.headers()['set-cookie']).toBeUndefined();
  await page.waitForLoadState('networkidle');
  await expect.poll(() => count('/en/privacy'), { timeout: 10_000 }).toBe(privacyBefore + 1);
  await settled();
  expect(await count('/en/privacy')).toBe(privacyBefore + 1);
  // The page links About in its header and footer: seen, maybe prefetched, never opened.
  expect(await count('/en/about')).toBe(aboutBefore);
  expect(await page.context().cookies()).toEqual([]);
});
