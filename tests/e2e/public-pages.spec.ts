import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const pages = [
  { path: '/', lang: 'nb', heading: /Søknaden din er din/, other: '/en' },
  { path: '/om', lang: 'nb', heading: /Om SeeRecruit/, other: '/en/about' },
  { path: '/personvern', lang: 'nb', heading: /Personvernerklæring/, other: '/en/privacy' },
  { path: '/en', lang: 'en', heading: /Your application stays yours/, other: '/' },
  { path: '/en/about', lang: 'en', heading: /About SeeRecruit/, other: '/om' },
  { path: '/en/privacy', lang: 'en', heading: /Privacy policy/, other: '/personvern' },
  { path: '/personvern/innsyn', lang: 'nb', heading: /Innsyn og sletting/, other: '/en/privacy/request' },
  { path: '/en/privacy/request', lang: 'en', heading: /See or delete your data/, other: '/personvern/innsyn' },
];

for (const p of pages) {
  test(`public page ${p.path} is in ${p.lang}, switches language, links privacy and about, and has no axe violations`, async ({ page }) => {
    const response = await page.goto(p.path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', p.lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.heading);

    // hreflang alternates for both languages
    await expect(page.locator('link[rel="alternate"][hreflang="nb"]')).toHaveCount(1);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(1);

    // Header and footer link the privacy page and About from everywhere.
    const privacyHref = p.lang === 'nb' ? '/personvern' : '/en/privacy';
    const aboutHref = p.lang === 'nb' ? '/om' : '/en/about';
    await expect(page.locator(`header a[href="${privacyHref}"]`)).toHaveCount(1);
    await expect(page.locator(`footer a[href="${privacyHref}"]`)).toHaveCount(1);
    await expect(page.locator(`header a[href="${aboutHref}"]`)).toHaveCount(1);
    await expect(page.locator(`footer a[href="${aboutHref}"]`)).toHaveCount(1);

    await expectNoAxeViolations(page);

    // Nothing scrolls sideways, on a 390 px phone (the mobile project) or wider.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

    // The language switch goes to the same page in the other language.
    const switchLink = page.locator(`header a[hreflang="${p.lang === 'nb' ? 'en' : 'nb'}"]`);
    await expect(switchLink).toHaveAttribute('href', p.other);
    await switchLink.click();
    await expect(page).toHaveURL((url) => url.pathname === p.other);
    await expect(page.locator('html')).toHaveAttribute('lang', p.lang === 'nb' ? 'en' : 'nb');
  });
}

test('anonymous visitors get no cookies and strict security headers', async ({ page, context }) => {
  const response = await page.goto('/personvern');
  const headers = response!.headers();
  expect(headers['set-cookie']).toBeUndefined();
  // A cached page: scripts from our origin and inline, no nonce; nothing from elsewhere (README "Caching and the CSP").
  expect(headers['content-security-policy']).toContain("script-src 'self' 'unsafe-inline';");
  expect(headers['content-security-policy']).toContain("object-src 'none'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['strict-transport-security']).toContain('max-age=');
  await page.goto('/en/about');
  expect(await context.cookies()).toEqual([]);
});

test('unknown pages answer 404 in the visitor’s language', async ({ page }) => {
  const nb = await page.goto('/finnes-ikke');
  expect(nb?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Siden finnes ikke');
  const en = await page.goto('/en/does-not-exist');
  expect(en?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('health endpoint reports the database after a real query', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', db: 'ok' });
});

test('career pages do not scroll sideways, even with a long Norwegian word in the title', async ({ page }) => {
  for (const path of ['/careers/acme', '/careers/acme/backend-utvikler', '/careers/acme/backend-utvikler/apply', '/en/careers/fjord']) {
    await page.goto(path);
    await page.getByRole('heading', { level: 1 }).evaluate((h) => (h.textContent = 'Kundeservicemedarbeiderstillingsutlysning (sommer)'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBeLessThanOrEqual(0);
  }
});

test('the site has an icon and a robots.txt that keeps crawlers out of the private areas', async ({ page, request }) => {
  await page.goto('/');
  const icon = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect(icon).toMatch(/^\/icon\.svg/);
  const svg = await request.get(icon!);
  expect(svg.status()).toBe(200);
  expect(svg.headers()['content-type']).toContain('image/svg+xml');
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  const text = await robots.text();
  for (const path of ['/dashboard', '/admin', '/api/', '/personvern/innsyn/']) expect(text).toContain(`Disallow: ${path}`);
  expect(robots.headers()['set-cookie']).toBeUndefined();
  // The sitemap it names is on the address the server runs at, and lists open jobs but not closed ones.
  const origin = new URL(page.url()).origin;
  expect(text).toContain(`Sitemap: ${origin}/sitemap.xml`);
  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.status()).toBe(200);
  expect(sitemap.headers()['content-type']).toContain('xml');
  expect(sitemap.headers()['set-cookie']).toBeUndefined();
  const xml = await sitemap.text();
  expect(xml).toContain(`<loc>${origin}/careers/acme/backend-utvikler</loc>`);
  expect(xml).toContain(`hreflang="en" href="${origin}/en/careers/acme/backend-utvikler"`);
  expect(xml).toContain(`<loc>${origin}/en/privacy</loc>`);
  expect(xml).not.toContain('/careers/acme/lagerleder'); // filled
  expect(xml).not.toContain('/dashboard');
});
