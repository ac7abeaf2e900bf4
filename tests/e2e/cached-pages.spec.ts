import { expect, test } from '@playwright/test';
import { e2eEnv } from '../../playwright.config';
import { ANNA, signInAndExpect } from './auth-helpers';

// Public pages come from Next's cache (README "Caching and the CSP"): the same HTML for everyone, no cookie, no
// per-request nonce, and an employer's change visible on the very next request.

const cached = [
  '/',
  '/om',
  '/personvern',
  '/personvern/innsyn',
  '/en',
  '/en/about',
  '/en/privacy',
  '/en/privacy/request',
  '/careers/acme',
  '/careers/acme/backend-utvikler',
  '/en/careers/fjord/data-engineer',
  '/careers/acme/backend-utvikler/apply',
];

test('a public page read twice is the same cached HTML, with no cookie and no nonce', async ({ request }) => {
  for (const path of cached) {
    // Read until it is a fresh entry (a first read renders it; an old one is served once as STALE while it renders).
    let first = await request.get(path);
    for (let i = 0; i < 5 && first.headers()['x-nextjs-cache'] !== 'HIT'; i++) first = await request.get(path);
    expect(first.status(), path).toBe(200);
    expect(first.headers()['x-nextjs-cache'], path).toBe('HIT');
    const firstBody = await first.text();
    const second = await request.get(path);
    expect(second.headers()['x-nextjs-cache'], path).toBe('HIT');
    expect(await second.text(), path).toBe(firstBody);
    for (const response of [first, second]) {
      expect(response.headers()['set-cookie'], path).toBeUndefined();
      const csp = response.headers()['content-security-policy'] ?? '';
      expect(csp, path).toContain("object-src 'none'");
      expect(csp, path).toContain("base-uri 'none'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("form-action 'self'");
      expect(csp, path).not.toContain("'nonce-");
    }
    // The framework's bootstrap scripts carry integrity attributes (experimental.sri); chunks React adds for client
    // components are loaded by those, from our own origin.
    const scripts = [...firstBody.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)];
    expect(scripts.filter((m) => /integrity="sha256-/.test(m[0])).length, path).toBeGreaterThan(0);
    for (const [, src] of scripts) expect(src, path).toMatch(/^\/_next\/static\//);
  }
});

test('signed-in and candidate pages keep a fresh nonce on every request and are never cached', async ({ request }) => {
  for (const path of ['/login', '/en/login', '/personvern/innsyn/mine']) {
    const [a, b] = [await request.get(path), await request.get(path)];
    const nonce = (r: typeof a) => /'nonce-([^']+)'/.exec(r.headers()['content-security-policy'] ?? '')?.[1];
    expect(nonce(a), path).toBeTruthy();
    expect(nonce(a), path).not.toBe(nonce(b));
    expect(b.headers()['x-nextjs-cache'], path).toBeUndefined();
  }
});

test('every public page loads and hydrates with zero CSP violations', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  for (const path of [...cached, '/careers/acme/no-such-job', '/finnes-ikke']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), path).toEqual([]);
  }
  // Hydrated: the language switch is a client component, and the apply form validates in the browser.
  await page.goto('/careers/acme/backend-utvikler/apply');
  await page.locator('input[name="email"]').fill('ikke-en-adresse');
  await page.locator('input[name="email"]').blur();
  await expect(page.locator('#email-error')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});

test("an employer's edit shows on the next request of the cached job ad and career list", async ({ page, request }) => {
  const stamp = Date.now().toString(36);
  await signInAndExpect(page, ANNA, /\/dashboard\//);
  await page.goto('/dashboard/acme/jobs/new');
  await page.getByLabel('Tittel').fill(`Kokk ${stamp}`);
  await page.getByLabel('Sted').fill('Bergen');
  await page.getByLabel('Beskrivelse').fill('Lag god mat.');
  await page.getByRole('button', { name: 'Lagre utkast' }).click();
  await page.getByRole('button', { name: 'Publiser' }).click();
  await expect(page.getByTestId('job-status')).toHaveText('Publisert');
  const path = `/careers/acme/kokk-${stamp}`;

  // Read twice: now it is in the cache.
  expect(await (await request.get(path)).text()).toContain(`Kokk ${stamp}`);
  const again = await request.get(path);
  expect(again.headers()['x-nextjs-cache']).toBe('HIT');
  expect(await (await request.get('/careers/acme')).text()).toContain(`Kokk ${stamp}`);

  await page.getByLabel('Tittel').fill(`Kjøkkensjef ${stamp}`);
  // The save's own answer first: the expiry happens inside that server action.
  const saved = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/dashboard/acme/jobs/'));
  await page.getByRole('button', { name: 'Lagre endringene' }).click();
  expect((await saved).ok()).toBe(true);

  // The first request after the edit already has it: the change expired the cached page (no stale copy served).
  const edited = await (await request.get(path)).text();
  expect(edited).toContain(`Kjøkkensjef ${stamp}`);
  expect(edited).not.toContain(`Kokk ${stamp}`);
  expect(await (await request.get('/careers/acme')).text()).toContain(`Kjøkkensjef ${stamp}`);
});

test('the midnight expiry (/api/cron/careers) renders every career page afresh on its next request, and only with the cron secret', async ({ request }) => {
  const path = '/careers/acme/backend-utvikler';
  // In the cache and fresh (an entry older than five minutes is served once as STALE while it renders again).
  await expect.poll(async () => (await request.get(path)).headers()['x-nextjs-cache'], { timeout: 15_000 }).toBe('HIT');

  expect((await request.post('/api/cron/careers')).status()).toBe(401);
  expect((await request.post('/api/cron/careers', { headers: { Authorization: 'Bearer not-the-secret-0123456789abcdef' } })).status()).toBe(401);
  expect((await request.get(path)).headers()['x-nextjs-cache']).toBe('HIT');

  const expired = await request.post('/api/cron/careers', { headers: { Authorization: `Bearer ${e2eEnv.CRON_SECRET}` } });
  expect(expired.status()).toBe(200);
  // Expired, not stale: the next visitor waits for a fresh render instead of getting yesterday's page.
  expect((await request.get(path)).headers()['x-nextjs-cache']).toBe('MISS');
  expect((await request.get('/careers/acme')).headers()['x-nextjs-cache']).toBe('MISS');
  expect((await request.get(path)).headers()['x-nextjs-cache']).toBe('HIT');
  // Pages that show no career data are not touched.
  await expect.poll(async () => (await request.get('/om')).headers()['x-nextjs-cache'], { timeout: 15_000 }).toBe('HIT');
});
