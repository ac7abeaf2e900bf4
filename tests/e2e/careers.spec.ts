import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test('career site lists the employer’s open jobs only, sets no cookies and has no axe violations', async ({ page, context }) => {
  const response = await page.goto('/careers/acme');
  expect(response?.status()).toBe(200);
  expect(response?.headers()['set-cookie']).toBeUndefined();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ledige stillinger hos Acme AS');
  await expect(page.getByText('Acme lager verktøy for norske håndverkere')).toBeVisible();
  const jobs = page.getByRole('main').getByRole('listitem');
  await expect(jobs.getByRole('link', { name: 'Backend-utvikler' })).toBeVisible();
  await expect(jobs.getByRole('link', { name: 'Lagerleder' })).toHaveCount(0); // filled
  await expect(jobs.first()).toContainText(/Søknadsfrist \d+\. \w+ \d{4}/);
  await expectNoAxeViolations(page);
  expect(await context.cookies()).toEqual([]);

  await page.goto('/en/careers/fjord');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open positions at Fjord Consulting AS');
  await expect(page.getByRole('link', { name: 'Data Engineer' })).toHaveAttribute('href', '/en/careers/fjord/data-engineer');

  expect((await page.goto('/careers/no-such-employer'))?.status()).toBe(404);
});

test('job ad has the description, a data line, an apply button, share meta and JobPosting data (a data block the CSP has no say over)', async ({ page, request }) => {
  const response = await page.goto('/careers/acme/backend-utvikler');
  expect(response?.status()).toBe(200);
  expect(response?.headers()['set-cookie']).toBeUndefined();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backend-utvikler');
  await expect(page.locator('.prose-letter strong')).toHaveText('backend-utvikler');
  await expect(page.locator('.prose-letter li')).toHaveCount(3);
  await expect(page.getByText('Søknaden din leses bare av Acme AS')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Slik behandler vi opplysningene dine' })).toHaveAttribute('href', '/personvern');
  await expect(page.getByRole('link', { name: 'Søk på stillingen' })).toHaveAttribute('href', '/careers/acme/backend-utvikler/apply');

  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Backend-utvikler');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toContain('/careers/acme/backend-utvikler/opengraph-image');
  const png = await request.get(new URL(image!).pathname + new URL(image!).search);
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');

  const ld = page.locator('script[type="application/ld+json"]');
  // A cached page: no per-request nonce anywhere (README "Caching and the CSP").
  expect(response!.headers()['content-security-policy']).not.toContain("'nonce-");
  expect(await response!.text()).not.toContain('nonce="');
  const data = JSON.parse((await ld.textContent())!);
  expect(data).toMatchObject({ '@type': 'JobPosting', title: 'Backend-utvikler', hiringOrganization: { name: 'Acme AS' }, employmentType: 'FULL_TIME' });
  expect(data.validThrough).toMatch(/^\d{4}-\d{2}-\d{2}T23:59:59/);
  await expectNoAxeViolations(page);
});

test('a filled job says it is no longer open and offers no form, on the ad and on the apply page', async ({ page }) => {
  for (const path of ['/careers/acme/lagerleder', '/careers/acme/lagerleder/apply', '/en/careers/fjord/prosjektleder']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Denne stillingen er ikke lenger ledig|This position is no longer open/);
    await expect(page.locator('form input[name="fullName"]')).toHaveCount(0);
  }
  await expect(page.getByRole('link', { name: 'See other open positions at Fjord Consulting AS' })).toHaveAttribute('href', '/en/careers/fjord');
  expect((await page.goto('/careers/acme/no-such-job'))?.status()).toBe(404);
});
