import { expect, test, type Browser, type Page } from '@playwright/test';
import { ANNA, OLA, signInAndExpect } from './auth-helpers';

/**
 * Dashboard forms as a recruiter uses them: each shows what is stored after
 * every action (with JavaScript, where React resets the form, and without),
 * deletions ask first, and every form posts to a real address.
 */

async function recruiter(browser: Browser, baseURL: string | undefined, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled });
  const page = await context.newPage();
  await signInAndExpect(page, OLA, /\/dashboard\//);
  return { context, page };
}

/** The first application in Acme's list, opened. */
async function openAnApplication(page: Page) {
  await page.goto('/dashboard/acme/applications');
  const href = await page.locator('a[href*="/dashboard/acme/applications/"]').first().getAttribute('href');
  await page.goto(href!);
  return href!;
}

for (const javaScriptEnabled of [true, false]) {
  const how = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';

  test(`the stage and rating selects show the stored value after each action, ${how}`, async ({ browser, baseURL }) => {
    const { context, page } = await recruiter(browser, baseURL, javaScriptEnabled);
    await openAnApplication(page);
    const stage = page.getByLabel('Flytt til');
    const target = (await stage.inputValue()) === 'interview' ? 'offer' : 'interview';
    await stage.selectOption(target);
    await page.getByRole('button', { name: 'Endre steg' }).click();
    await expect(page.locator('#stage-status')).toHaveText('Steget er endret.');
    await expect(stage).toHaveValue(target);
    // Only the form that was sent answers.
    await expect(page.locator('#rating-status')).toHaveCount(0);

    const rating = page.getByLabel('Din vurdering');
    const stars = (await rating.inputValue()) === '4' ? '2' : '4';
    await rating.selectOption(stars);
    await page.getByRole('button', { name: 'Lagre vurdering' }).click();
    await expect(page.locator('#rating-status')).toBeVisible();
    await expect(rating).toHaveValue(stars);
    await expect(stage).toHaveValue(target);

    // A second press keeps the candidate where they are.
    await page.getByRole('button', { name: 'Endre steg' }).click();
    await expect(page.locator('#stage-status')).toBeVisible();
    await expect(stage).toHaveValue(target);
    await page.reload();
    await expect(page.getByLabel('Flytt til')).toHaveValue(target);
    await context.close();
  });

  test(`deleting a note asks first and names the note, ${how}`, async ({ browser, baseURL }, info) => {
    const { context, page } = await recruiter(browser, baseURL, javaScriptEnabled);
    await openAnApplication(page);
    const body = `Notat som skal bort ${info.project.name} ${javaScriptEnabled} ${Date.now()}`;
    await page.getByLabel('Nytt notat').fill(body);
    await page.getByRole('button', { name: 'Legg til notat' }).click();
    const note = page.locator('[data-note]').filter({ has: page.locator('textarea', { hasText: body }) });
    await expect(note).toHaveCount(1);

    const submit = note.getByRole('button', { name: 'Slett notatet' });
    await expect(submit).toBeHidden();
    await note.getByText('Slett dette notatet').click();
    await submit.click(); // not ticked: the browser keeps the form
    await expect(note).toHaveCount(1);
    await note.getByLabel(/^Ja, slett notatet mitt fra /).check();
    await submit.click();
    await expect(note).toHaveCount(0);
    await context.close();
  });
}

test('the team page’s role buttons are named by their visible text', async ({ page }) => {
  await signInAndExpect(page, ANNA, /\/dashboard\//);
  await page.goto('/dashboard/acme/team');
  const button = page.locator('[data-member="ola@acme.test"]').getByRole('button', { name: /^Endre rolle for / });
  await expect(button).toHaveCount(1);
  await expect(button).toHaveAccessibleName(/^Endre rolle for Ola Nordmann$/);
  await expect(button).toContainText('Endre rolle');
});

test('the language link leads to the same dashboard page in the other language', async ({ page }) => {
  await signInAndExpect(page, OLA, /\/dashboard\//);
  await page.goto('/dashboard/acme/jobs');
  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await expect(page).toHaveURL(/\/en\/dashboard\/acme\/jobs$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jobs');
  await page.getByRole('link', { name: 'Les denne siden på norsk' }).click();
  await expect(page).toHaveURL(/\/dashboard\/acme\/jobs$/);
  expect(new URL(page.url()).pathname).toBe('/dashboard/acme/jobs');
});

test('every dashboard page has its own title, is kept out of search engines, and its forms post to a real address', async ({ page }) => {
  await signInAndExpect(page, ANNA, /\/dashboard\//);
  const application = await openAnApplication(page);
  await page.goto('/dashboard/acme/jobs');
  const job = await page.locator('a[href*="/dashboard/acme/jobs/"]:not([href$="/new"])').first().getAttribute('href');
  const paths = ['/dashboard/acme', '/dashboard/acme/jobs', '/dashboard/acme/jobs/new', job!, '/dashboard/acme/applications', application, '/dashboard/acme/team', '/dashboard/acme/audit', '/dashboard/acme/settings/access-log', '/dashboard/account/security', '/en/dashboard/acme'];
  const titles = new Set<string>();
  for (const path of paths) {
    const html = await (await page.request.get(path)).text();
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    expect(title, path).toMatch(/^.+ · SeeRecruit$/);
    titles.add(title);
    expect(html, path).toContain('<meta name="robots" content="noindex"/>');
    expect(html, `${path} has a form with an empty action`).not.toMatch(/<form[^>]*\saction=""/);
  }
  expect(titles.size).toBeGreaterThan(paths.length - 2);
  for (const path of ['/login', '/signup', '/en/login', '/login/forgot', '/en/login/forgot', '/careers/acme/backend-utvikler/apply']) {
    const html = await (await page.request.get(path)).text();
    expect(html, path).toMatch(/<form[^>]*\saction="\//);
    expect(html, path).not.toMatch(/<form[^>]*\saction=""/);
  }
});
