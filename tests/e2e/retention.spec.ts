import type { Page } from '@playwright/test';
import { e2eEnv } from '../../playwright.config';
import { pdf } from '../fixtures/documents';
import { expect, test } from './fixtures';
import { applicant, ApplyPage, upload } from './pages/apply-page';
import { JobEditorPage } from './pages/job-editor-page';

/**
 * Retention as the employer sees it: owners set how long applications are kept (recruiters read it), the job page
 * says when its applications go and why, and a legal hold shows wherever the date is shown.
 */

const RETENTION = 'Dager etter at stillingen er besatt';
const CAP = 'Dager etter søknadsfristen når stillingen aldri blir besatt';

async function saveSettings(page: Page, retention: string, cap: string) {
  await page.goto('/dashboard/acme/settings');
  await page.getByLabel(RETENTION).fill(retention);
  await page.getByLabel(CAP).fill(cap);
  await page.getByRole('button', { name: 'Lagre innstillingene' }).click();
}

/** Acme's filled "Lagerleder" job page (demo data), from the jobs list. */
async function openFilledJob(page: Page) {
  await page.goto('/dashboard/acme/jobs');
  await page.getByRole('link', { name: 'Lagerleder' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lagerleder' })).toBeVisible();
}

const monthAhead = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

for (const javaScriptEnabled of [true, false]) {
  const how = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';
  test.describe(`retention, ${how}`, () => {
    test.use({ javaScriptEnabled });

    test(`the owner changes the periods, errors sit on their field, and the job page follows, ${how}`, async ({ annaPage: page }) => {
      await page.goto('/dashboard/acme/settings');
      await expect(page.getByRole('heading', { level: 1, name: 'Innstillinger' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Åpne tilgangsloggen' })).toBeVisible();
      // Past the browser's own range check, the server answers on the field.
      await page.locator('form#retention-settings').evaluate((f: HTMLFormElement) => (f.noValidate = true));
      await page.getByLabel(RETENTION).fill('400');
      await page.getByRole('button', { name: 'Lagre innstillingene' }).click();
      await expect(page.locator('#field-retentionDays-error')).toHaveText('Skriv et helt antall dager fra 1 til 365.');
      await expect(page.getByLabel(RETENTION)).toHaveAttribute('aria-invalid', 'true');

      await saveSettings(page, '30', '200');
      await expect(page.locator('#retention-settings-status')).toHaveText('Innstillingene er lagret.');
      await page.reload();
      await expect(page.getByLabel(RETENTION)).toHaveValue('30');
      await expect(page.getByLabel(CAP)).toHaveValue('200');

      await openFilledJob(page);
      await expect(page.getByTestId('job-retention')).toContainText(/søknader? slettes .* \(30 dager, deres innstilling\)\.|Ingen søknader å slette\./);
      await saveSettings(page, '90', '180');
      await expect(page.locator('#retention-settings-status')).toHaveText('Innstillingene er lagret.');
      await openFilledJob(page);
      await expect(page.getByTestId('job-retention')).toContainText(/\(90 dager, deres innstilling\)|Ingen søknader å slette\./);
    });

    test(`the owner sets a legal hold on a job, it shows beside the dates, and releases it, ${how}`, async ({ annaPage: page }) => {
      await openFilledJob(page);
      const hold = page.getByTestId('legal-hold');
      await hold.getByLabel('Grunn (høyst 500 tegn)').fill('Klage til nemnda');
      await hold.getByLabel('Til og med dato').fill(monthAhead());
      await hold.getByRole('button', { name: 'Sett rettslig hold' }).click();
      // The page now says why and until when, and offers the release instead of the form.
      await expect(page.getByTestId('job-retention')).toContainText(/Beholdes til .* \(rettslig hold: Klage til nemnda\)\./);
      await expect(page.getByRole('button', { name: 'Opphev holdet' })).toBeVisible();
      // The application list says so too, for this job's applications.
      const jobUrl = page.url();
      const jobId = /jobs\/([0-9a-f-]{36})/.exec(jobUrl)![1]!;
      await page.goto(`/dashboard/acme/applications?job=${jobId}`);
      const cells = page.getByTestId('application-retention');
      if ((await cells.count()) > 0) await expect(cells.first()).toContainText('(rettslig hold)');
      // The overview no longer lists it among the coming deletions.
      await page.goto('/dashboard/acme');
      await expect(page.getByTestId('upcoming-deletions').locator(`[data-job="${jobId}"]`)).toHaveCount(0);

      await page.goto(jobUrl);
      await page.getByRole('button', { name: 'Opphev holdet' }).click();
      await expect(page.getByRole('button', { name: 'Sett rettslig hold' })).toBeVisible();
      await expect(page.getByTestId('job-retention')).not.toContainText('rettslig hold');
    });
  });
}

test('a recruiter reads the settings and the dates, and cannot change either', async ({ olaPage: page }) => {
  await page.goto('/dashboard/acme/settings');
  await expect(page.getByTestId('retention-read-only')).toContainText('dager etter at stillingen er besatt');
  await expect(page.getByText('Bare eiere kan endre disse innstillingene.')).toBeVisible();
  await expect(page.getByLabel(RETENTION)).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Åpne tilgangsloggen' })).toHaveCount(0);
  await openFilledJob(page);
  await expect(page.getByTestId('job-retention')).toBeVisible();
  await expect(page.getByTestId('legal-hold')).toContainText('Bare eiere kan sette eller oppheve et rettslig hold.');
  await expect(page.getByRole('button', { name: 'Sett rettslig hold' })).toHaveCount(0);
});

test('the overview lists what is deleted in the next 14 days, and each application shows its date', async ({ annaPage: page }) => {
  await page.goto('/dashboard/acme');
  await expect(page.getByRole('heading', { name: /Slettes de neste 14 dagene/ })).toBeVisible();
  await page.goto('/dashboard/acme/applications');
  await expect(page.getByRole('columnheader', { name: 'Slettes' })).toBeAttached();
  const first = page.locator('a[href*="/dashboard/acme/applications/"]').first();
  await first.click();
  await expect(page.getByTestId('retention').getByTestId('application-retention')).toBeVisible();
  await expect(page.getByTestId('legal-hold')).toContainText('Rettslig hold');
});

test('the retention cron route refuses without the bearer secret and answers with counts with it', async ({ request }) => {
  expect((await request.get('/api/cron/retention')).status()).toBe(401);
  expect((await request.post('/api/cron/retention', { headers: { Authorization: 'Bearer wrong-secret-0123456789' } })).status()).toBe(401);
  const ok = await request.post('/api/cron/retention', { headers: { Authorization: `Bearer ${e2eEnv.CRON_SECRET}` } });
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toMatchObject({
    erased: expect.any(Number),
    batches: expect.any(Number),
    warnings: expect.any(Number),
    housekeeping: { outbox: { deadLinks: expect.any(Number), aged: expect.any(Number) }, rateLimits: expect.any(Number), candidatePortal: expect.any(Number), auditLog: expect.any(Number) },
  });
});

test('a filled job says when its applications go, each application shows the date, and a hold on one shows beside it', async ({ annaPage: page, visitorPage }, info) => {
  test.setTimeout(120_000);
  const stamp = `${info.project.name}-${Date.now()}`;
  const title = `Oppbevaring ${stamp}`;
  const editor = new JobEditorPage(page);
  const { jobId, slug } = await editor.createPublished({ title, place: 'Oslo' });
  const form = new ApplyPage(visitorPage);
  await form.open(`/careers/acme/${slug}/apply`);
  await form.fill(applicant(`retention-${stamp}@example.no`, { fullName: 'Rita Retensjon' }), [upload('CV.pdf', pdf())]);
  await form.submit();
  await form.expectReceipt();

  await editor.open(jobId);
  await editor.markFilled();
  // 90 days (the default) after now, as the Oslo calendar day the page shows.
  const day = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(new Date(Date.now() + 90 * 86_400_000));
  await expect(page.getByTestId('job-retention')).toHaveText(`1 søknad slettes ${day} (90 dager, deres innstilling).`);
  // "Delete now" for the owner is still there beside it.
  await expect(page.getByTestId('erase-all')).toBeVisible();

  await page.goto(`/dashboard/acme/applications?job=${jobId}`);
  await expect(page.getByTestId('application-retention')).toHaveText(`Slettes ${day}`);
  await page.getByRole('link', { name: 'Rita Retensjon' }).click();
  await expect(page.getByTestId('retention').getByTestId('application-retention')).toHaveText(`Slettes ${day}`);
  const hold = page.getByTestId('legal-hold');
  await hold.getByLabel('Grunn (høyst 500 tegn)').fill('Innsynskrav fra advokat');
  await hold.getByLabel('Til og med dato').fill(monthAhead());
  await hold.getByRole('button', { name: 'Sett rettslig hold' }).click();
  const until = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(new Date(`${monthAhead()}T12:00:00Z`));
  await expect(page.getByTestId('retention').getByTestId('application-retention')).toHaveText(`Beholdes til ${until} (rettslig hold: Innsynskrav fra advokat).`);
  await page.goto(`/dashboard/acme/applications?job=${jobId}`);
  await expect(page.getByTestId('application-retention')).toHaveText(`Beholdes til ${until} (rettslig hold)`);
});
