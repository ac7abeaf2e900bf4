import type { APIRequestContext, Page } from '@playwright/test';
import { e2eEnv } from '../../playwright.config';
import { freshOrgNumber } from '../fixtures/org-numbers';
import { freshEmail, latestLink, STRONG_PASSWORD } from './auth-helpers';
import { expect, test } from './fixtures';
import { applicant } from './pages/apply-page';
import { JobEditorPage } from './pages/job-editor-page';

/**
 * The subscription lifecycle (issue 15, parts 4 and 5) on a new employer of its own, so the demo tenants keep
 * their plans: reminders reach the owner once each under two concurrent cron calls, the expiry takes the job
 * down on the career site and leaves the dashboard read-only, and a plan change brings the same job back.
 * The clock is the employer's lifecycle clock in the database (drizzle/0043), moved by the loopback-only dev
 * route; the rest of the app keeps the real time.
 */

const cron = { Authorization: `Bearer ${e2eEnv.CRON_SECRET}` };

async function moveClock(request: APIRequestContext, tenant: string, days: number) {
  const response = await request.post('/api/dev/subscription-clock', { headers: cron, data: { tenant, days } });
  expect(response.status()).toBe(200);
}

/** Two scheduler calls at the same moment. */
async function twoCronCalls(request: APIRequestContext) {
  const [a, b] = await Promise.all([request.post('/api/cron/subscriptions', { headers: cron }), request.post('/api/cron/subscriptions', { headers: cron })]);
  expect(a.status()).toBe(200);
  expect(b.status()).toBe(200);
}

/** The notices in the dev outbox for one address, oldest first, by kind. */
async function noticesTo(request: APIRequestContext, email: string): Promise<string[]> {
  const body = (await (await request.get(`/api/dev/outbox?to=${encodeURIComponent(email)}`)).json()) as { emails: Array<{ template: string; payload: { kind?: string } }> };
  return body.emails
    .filter((e) => e.template === 'subscription-notice')
    .map((e) => e.payload.kind!)
    .reverse();
}

async function signUpEmployer(page: Page, email: string, slug: string) {
  await page.goto('/signup');
  await page.getByLabel('Navn på virksomheten').fill('Utløp Test AS');
  await page.getByLabel('Organisasjonsnummer').fill(freshOrgNumber());
  await page.getByLabel('Adresse').fill(slug);
  await page.getByLabel('Ditt navn').fill('Una Utløp');
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Passord', { exact: true }).fill(STRONG_PASSWORD);
  await page.getByRole('button', { name: 'Opprett konto' }).click();
  await expect(page.getByText('Sjekk innboksen din')).toBeVisible();
  await page.goto(await latestLink(page.request, email, 'signupVerify'));
  await page.getByRole('button', { name: 'Opprett kontoen' }).click();
  await expect(page).toHaveURL(/\/login\?.*reason=joined/);
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Passord', { exact: true }).fill(STRONG_PASSWORD);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/${slug}$`));
}

test('the subscription cron and the test clock refuse callers without the secret', async ({ request }) => {
  expect((await request.get('/api/cron/subscriptions')).status()).toBe(401);
  expect((await request.post('/api/cron/subscriptions', { headers: { Authorization: 'Bearer wrong-secret-0123456789' } })).status()).toBe(401);
  expect((await request.post('/api/dev/subscription-clock', { data: { tenant: 'acme', days: 400 } })).status()).toBe(401);
  const ok = await request.get('/api/cron/subscriptions', { headers: cron });
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toMatchObject({ notices: { ends_in_30: expect.any(Number), ends_in_7: expect.any(Number), ended: expect.any(Number), expired: expect.any(Number) } });
});

test('reminders once each under two concurrent cron calls; expiry takes the job down and locks the dashboard; a plan change brings it back', async ({ page, request }, info) => {
  test.setTimeout(180_000);
  const email = freshEmail('utlop');
  const slug = `utlop-${email.slice(6, 14)}`;
  await signUpEmployer(page, email, slug);

  // One published job on the career site, and the apply form as a browser without JavaScript would post it.
  const editor = new JobEditorPage(page, slug);
  await editor.createDraft({ title: `Lagermedarbeider ${info.project.name}`, place: 'Drammen', description: 'Vi trenger deg.' });
  await page.getByRole('button', { name: 'Publiser', exact: true }).click();
  await expect(editor.status).toHaveText('Publisert');
  const jobId = editor.jobId;
  await page.goto(`/careers/${slug}`);
  const jobLink = page.getByRole('link', { name: `Lagermedarbeider ${info.project.name}` });
  await expect(jobLink).toBeVisible();
  const jobPath = new URL((await jobLink.getAttribute('href'))!, 'http://x.invalid').pathname;
  const applyHtml = await (await request.get(`${jobPath}/apply`)).text();
  const applyAction = /<form[^>]*\saction="(\/api\/apply\/[^"]+)"/.exec(applyHtml)?.[1];
  expect(applyAction).toBeTruthy();
  const hidden = Object.fromEntries([...applyHtml.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map((m) => [m[1]!, (m[2] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&')]));

  // The new trial ends in 30 days: no "30 days left" on its first day; with the clock 5 days before the end, the
  // 7-day reminder, once under two concurrent calls, twice over.
  await twoCronCalls(request);
  expect(await noticesTo(request, email)).toEqual([]);
  await moveClock(request, slug, 25);
  await twoCronCalls(request);
  await twoCronCalls(request);
  expect(await noticesTo(request, email)).toEqual(['ends_in_7']);
  // Past the end: grace, then past grace: expired.
  await moveClock(request, slug, 31);
  await twoCronCalls(request);
  expect(await noticesTo(request, email)).toEqual(['ends_in_7', 'ended']);
  // During grace everything works, with a warning on the dashboard (it reads the same clock).
  await page.goto(`/dashboard/${slug}/jobs`);
  await expect(page.getByTestId('subscription-banner')).toHaveAttribute('data-phase', 'grace');
  await page.goto(`/careers/${slug}`);
  await expect(page.getByRole('link', { name: `Lagermedarbeider ${info.project.name}` })).toBeVisible();
  await moveClock(request, slug, 45);
  await twoCronCalls(request);
  await twoCronCalls(request);
  expect(await noticesTo(request, email)).toEqual(['ends_in_7', 'ended', 'expired']);

  // The career site: no job, a clear sentence, no form, and the form's post is refused.
  await page.goto(`/careers/${slug}`);
  await expect(page.getByTestId('not-taking-applications')).toHaveText('Utløp Test AS tar ikke imot søknader akkurat nå.');
  await expect(page.getByRole('link', { name: `Lagermedarbeider ${info.project.name}` })).toHaveCount(0);
  expect((await request.get(jobPath)).status()).toBe(404);
  const apply = await request.get(`${jobPath}/apply`);
  expect(await apply.text()).not.toContain('action="/api/apply/');
  const posted = await request.post(applyAction!, { multipart: { ...hidden, ...applicant(freshEmail('kandidat')), consent: 'on', website: '' }, maxRedirects: 0 });
  expect(posted.headers()['location'] ?? '').not.toContain('/apply/receipt');

  // The dashboard: a banner on every page, and changes refused with a link to the subscription page.
  for (const path of ['', '/jobs', '/applications', '/settings', '/team']) {
    await page.goto(`/dashboard/${slug}${path}`);
    await expect(page.getByTestId('subscription-banner')).toHaveAttribute('data-phase', 'expired');
  }
  await expect(page.getByTestId('subscription-banner').getByRole('link', { name: 'Gå til abonnementet' })).toHaveAttribute('href', `/dashboard/${slug}/subscription`);
  await editor.open(jobId);
  await expect(editor.status).toHaveText('Utkast');
  await page.getByRole('button', { name: 'Publiser', exact: true }).click();
  const answer = page.locator('#move-published-status');
  await expect(answer).toContainText('Abonnementet er utløpt, så dashbordet kan bare leses.');
  await expect(answer.getByRole('link')).toHaveAttribute('href', `/dashboard/${slug}/subscription`);
  await page.screenshot({ path: info.outputPath('expired-dashboard.png'), fullPage: true });

  // Reactivation: a paid plan from the subscription page; the same job is back on the career site.
  await page.goto(`/dashboard/${slug}/subscription`);
  const change = page.locator('form#subscription-change');
  await change.getByLabel('Ja, bytt plan og send faktura').check();
  await change.getByRole('button', { name: 'Bytt plan' }).click();
  await expect(page.locator('#subscription-change-status')).toBeVisible();
  await moveClock(request, slug, 0);
  await page.goto(`/dashboard/${slug}/subscription`);
  // (A one-month plan may end within 30 days: then the gentle reminder banner shows, never the expired one.)
  await expect(page.locator('[data-testid="subscription-banner"][data-phase="expired"]')).toHaveCount(0);
  await expect(page.getByTestId('subscription-history').locator('li[data-kind="expired"]')).toHaveCount(1);
  await editor.open(jobId);
  await expect(editor.status).toHaveText('Publisert');
  await page.goto(`/careers/${slug}`);
  await expect(page.getByRole('link', { name: `Lagermedarbeider ${info.project.name}` })).toBeVisible();
  await expect(page.getByTestId('not-taking-applications')).toHaveCount(0);
});
