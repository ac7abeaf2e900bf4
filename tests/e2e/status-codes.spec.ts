import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { test as memberTest } from './fixtures';
import { pdf } from '../fixtures/documents';
import { ANNA, signInAndExpect } from './auth-helpers';
import { applicant, ApplyPage, upload } from './pages/apply-page';
import { expectNoAxeViolations } from './axe';

// HTTP answers beyond 200: the pages' own 404s, and the 429 an App Router page cannot give itself (middleware.ts adds it).

test('a job taken down after it was public answers 404 with a no-longer-available page, without JavaScript too; one never public answers 404', async ({ page, browser, request }) => {
  const stamp = Date.now().toString(36);
  await signInAndExpect(page, ANNA, /\/dashboard\//);
  await page.goto('/dashboard/acme/jobs/new');
  await page.getByLabel('Tittel').fill(`Sesonghjelp ${stamp}`);
  await page.getByLabel('Sted').fill('Oslo');
  await page.getByLabel('Beskrivelse').fill('Hjelp til i sesongen.');
  await page.getByRole('button', { name: 'Lagre utkast' }).click();
  await expect(page.getByTestId('job-status')).toHaveText('Utkast');
  const path = `/careers/acme/sesonghjelp-${stamp}`;

  // Never public: the same answer as a job that does not exist.
  expect((await request.get(path)).status()).toBe(404);

  await page.getByRole('button', { name: 'Publiser' }).click();
  await expect(page.getByTestId('job-status')).toHaveText('Publisert');
  await expect(page.getByRole('link', { name: 'Åpne den offentlige annonsen' })).toHaveAttribute('href', path);
  expect((await request.get(path)).status()).toBe(200);

  // Back to draft after being public: gone on the very next request (the employer's change expires the cached page).
  await page.getByRole('button', { name: 'Avpubliser (tilbake til utkast)' }).click();
  await expect(page.getByTestId('job-status')).toHaveText('Utkast');
  expect((await request.get(path)).status()).toBe(404);
  expect((await request.get(`${path}/apply`)).status()).toBe(404);
  expect((await request.get(`/en${path}`)).status()).toBe(404);

  // A candidate without JavaScript still reads why, in her language, with a way on.
  const visitor = await browser.newContext({ javaScriptEnabled: false });
  const candidate = await visitor.newPage();
  const response = await candidate.goto(path);
  expect(response?.status()).toBe(404);
  expect(response?.headers()['content-security-policy']).not.toContain("'nonce-");
  await expect(candidate.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(candidate.getByRole('heading', { level: 1 })).toHaveText('Denne stillingen er ikke tilgjengelig lenger');
  await expect(candidate.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(candidate.locator('script[type="application/ld+json"]')).toHaveCount(0);
  // The title is not shown: a draft may have been edited since it was public.
  await expect(candidate.getByText(`Sesonghjelp ${stamp}`)).toHaveCount(0);
  await expect(candidate.locator('form input[name="fullName"]')).toHaveCount(0);
  await expect(candidate.getByRole('link', { name: 'Se arbeidsgiverens ledige stillinger' })).toHaveAttribute('href', '/careers/acme');
  const english = await candidate.goto(`/en${path}`);
  expect(english?.status()).toBe(404);
  await expect(candidate.locator('html')).toHaveAttribute('lang', 'en');
  await expect(candidate.getByRole('link', { name: "See the employer's open positions" })).toHaveAttribute('href', '/en/careers/acme');
  await visitor.close();

  const withScript = await browser.newContext();
  const reader = await withScript.newPage();
  await reader.goto(path);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Denne stillingen er ikke tilgjengelig lenger');
  await expectNoAxeViolations(reader);
  await withScript.close();

  // Open jobs and filled ones are untouched by this.
  expect((await request.get('/careers/acme/backend-utvikler')).status()).toBe(200);
  expect((await request.get('/careers/acme/lagerleder')).status()).toBe(200);
});

test('every 404 renders its message as HTML with its language, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const cases = [
    { path: '/finnes-ikke', lang: 'nb', heading: 'Siden finnes ikke' },
    { path: '/en/no-such-page', lang: 'en', heading: 'Page not found' },
    { path: '/careers/no-such-employer', lang: 'nb', heading: 'Siden finnes ikke' },
    { path: '/careers/acme/no-such-job', lang: 'nb', heading: 'Denne stillingen er ikke tilgjengelig lenger' },
    { path: '/en/careers/acme/no-such-job/apply', lang: 'en', heading: 'This job is no longer available' },
    // A receipt address we never signed (turned away at the edge, before the per-request receipt page).
    { path: '/careers/acme/backend-utvikler/apply/receipt?ref=SR-AAAA-BBBB&sig=not-our-signature00', lang: 'nb', heading: 'Siden finnes ikke' },
    { path: '/en/careers/acme/backend-utvikler/apply/receipt', lang: 'en', heading: 'Page not found' },
  ];
  for (const c of cases) {
    const response = await page.goto(c.path);
    expect(response?.status(), c.path).toBe(404);
    await expect(page.locator('html'), c.path).toHaveAttribute('lang', c.lang);
    await expect(page.getByRole('heading', { level: 1 }), c.path).toHaveText(c.heading);
  }
  await context.close();
});

test.describe('a rate-limited candidate', () => {
  test('without JavaScript gets a friendly 429 page with Retry-After; with JavaScript the advice in the form, values kept', async ({ browser }, info) => {
    test.setTimeout(180_000); // six real submissions with a PDF before the limit bites
    const email = `limit-${info.project.name}-${Date.now()}@example.no`;
    const cv = () => upload('CV.pdf', pdf());

    // Each browser on a network of its own, so the per-IP budget the other specs share is untouched.
    const network = () => ({ 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250) + 1}` });
    const plain = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: network() });
    const page = await plain.newPage();
    const form = new ApplyPage(page);
    // Five applications an hour per email address are taken (APPLY_LIMIT_PER_EMAIL).
    for (let i = 1; i <= 5; i++) {
      await form.open();
      await form.fill(applicant(email, { coverLetter: `Søknad nummer ${i}.` }), [cv()]);
      await form.submit();
      await form.expectReceipt();
    }
    await form.open();
    await form.fill(applicant(email, { coverLetter: 'Søknad nummer seks.' }), [cv()]);
    const busy = page.waitForResponse((r) => r.url().includes('/apply/busy'));
    await form.submit();
    const answer = await busy;
    expect(answer.status()).toBe(429);
    expect(Number(answer.headers()['retry-after'])).toBeGreaterThanOrEqual(60);
    expect(answer.headers()['cache-control']).toContain('no-store');
    await expect(page).toHaveURL(/\/careers\/acme\/backend-utvikler\/apply\/busy\?minutes=\d+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('For mange søknader på kort tid');
    await expect(page.getByText(/Prøv igjen om \d+ minutt/)).toBeVisible();
    const busyUrl = page.url();
    await page.getByRole('link', { name: 'Tilbake til søknadsskjemaet' }).click();
    await expect(form.field('fullName')).toBeVisible();
    await plain.close();

    const enhanced = await browser.newContext({ extraHTTPHeaders: network() });
    const jsPage = await enhanced.newPage();
    // (axe needs scripts in the page, so the busy page is checked here.)
    expect((await jsPage.goto(busyUrl))?.status()).toBe(429);
    await expectNoAxeViolations(jsPage);
    const jsForm = new ApplyPage(jsPage);
    await jsForm.open();
    await jsForm.fill(applicant(email, { coverLetter: 'Søknad nummer sju.' }), [cv()]);
    await jsForm.submit();
    await expect(jsPage.getByRole('alert').filter({ hasText: 'mange søknader' })).toContainText('Vent litt og prøv igjen');
    await expect(jsForm.field('coverLetter')).toHaveValue('Søknad nummer sju.');
    await expect(jsPage).toHaveURL(/\/apply$/);
    await enhanced.close();
  });
});

/** Every page and route under app/[locale]/admin, as a visible path with made-up ids. */
function adminPaths(dir = 'app/[locale]/admin'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return adminPaths(full);
    if (name !== 'page.tsx' && name !== 'route.ts') return [];
    return [
      path
        .dirname(full)
        .replace('app/[locale]', '')
        .replace(/\[[^\]]+\]/g, '00000000-0000-4000-8000-000000000000'),
    ];
  });
}

memberTest('every /admin page and route is the ordinary 404 for a visitor and for an employer, and an action posted there never reaches the app', async ({ visitorPage, erikPage, baseURL }) => {
  const paths = adminPaths();
  expect(paths).toEqual(expect.arrayContaining(['/admin', '/admin/tenants/00000000-0000-4000-8000-000000000000']));
  for (const [who, request] of [['visitor', visitorPage.request], ['Erik', erikPage.request]] as const) {
    for (const p of paths.flatMap((x) => [x, `/en${x}`])) {
      const response = await request.get(p, { maxRedirects: 0 });
      expect(response.status(), `${who} ${p}`).toBe(404);
      expect(response.headers().location, `${who} ${p}`).toBeUndefined();
      expect(response.headers()['content-disposition']).toBeUndefined();
    }
    const action = await request.post('/admin', { headers: { 'Next-Action': '0'.repeat(42), Origin: baseURL! }, multipart: { '0': '[]' }, maxRedirects: 0 });
    expect(action.status(), `${who} action`).toBe(404);
    expect(await action.text()).toBe('Not found');
  }
});
