import { expect, test, type Page } from '@playwright/test';
import { docx, pdf } from '../fixtures/documents';
import { OLA, signInAndExpect } from './auth-helpers';
import { applicant, ApplyPage, upload } from './pages/apply-page';
import { expectNoAxeViolations } from './axe';

/** A recruiter writes a job and publishes it; returns its id and public slug. */
async function publishJob(page: Page, title: string) {
  await page.goto('/dashboard/acme/jobs/new');
  await page.getByLabel('Tittel').fill(title);
  await page.getByLabel('Sted').fill('Bergen');
  await page.getByRole('button', { name: 'Lagre utkast' }).click();
  await expect(page).toHaveURL(/\/dashboard\/acme\/jobs\/[0-9a-f-]{36}(\?saved=1)?$/);
  const jobId = /jobs\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await page.getByRole('button', { name: 'Publiser' }).click();
  await expect(page.getByTestId('job-status')).toHaveText('Publisert');
  const publicHref = await page.getByRole('link', { name: 'Åpne den offentlige annonsen' }).getAttribute('href');
  return { jobId, slug: /\/careers\/acme\/([a-z0-9-]+)$/.exec(publicHref!)![1]! };
}

/** Yesterday as an Oslo calendar day (YYYY-MM-DD), the way closing dates are judged. */
const osloYesterday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() - 86_400_000));

test('the overview shows recent activity, and a filled job’s applications can all be deleted at once behind a confirmation naming what goes', async ({ page, browser, baseURL }, info) => {
  test.setTimeout(120_000);
  const stamp = `${info.project.name}-${Date.now()}`;
  const title = `Sesonghjelp ${stamp}`;
  await signInAndExpect(page, OLA, /\/dashboard\//);
  const { jobId, slug } = await publishJob(page, title);

  // Two candidates: one sends a PDF, the other a Word file.
  const candidate = await browser.newContext({ baseURL });
  const form = new ApplyPage(await candidate.newPage());
  const sent = [
    { email: `bulk-a-${stamp}@example.no`, fullName: 'Kari Nordmann', file: upload('CV Kari.pdf', pdf()) },
    { email: `bulk-b-${stamp}@example.no`, fullName: 'Per Hansen', file: upload('CV Per.docx', docx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') },
  ];
  for (const s of sent) {
    await form.open(`/careers/acme/${slug}/apply`);
    await form.fill(applicant(s.email, { fullName: s.fullName }), [s.file]);
    await form.submit();
    await form.expectReceipt();
  }
  await candidate.close();

  // The overview tells what happened, newest first, each line a link; no axe violations in either language.
  await page.goto('/dashboard/acme');
  const activity = page.getByTestId('activity');
  await expect(activity.getByRole('link', { name: `Per Hansen søkte på ${title}` })).toHaveAttribute('href', /\/dashboard\/acme\/applications\/[0-9a-f-]{36}$/);
  await expect(activity.getByRole('link', { name: `${title} ble publisert` })).toHaveAttribute('href', `/dashboard/acme/jobs/${jobId}`);
  await expect(activity.getByRole('listitem').first()).toContainText(`Per Hansen søkte på ${title}`);
  expect(await activity.getByRole('listitem').count()).toBeLessThanOrEqual(10);
  await expect(activity).not.toContainText(sent[0]!.email);
  await expectNoAxeViolations(page);
  await page.goto('/en/dashboard/acme');
  await expect(page.getByRole('heading', { name: 'Recent activity' })).toBeVisible();
  await expectNoAxeViolations(page);

  // A Word file gets no preview, and its preview address is the ordinary 404.
  await page.goto(`/dashboard/acme/applications?job=${jobId}`);
  await page.getByRole('row').filter({ hasText: sent[1]!.email }).getByRole('link', { name: 'Per Hansen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Per Hansen');
  await expect(page.locator('details[data-preview]')).toHaveCount(0);
  const wordHref = await page.getByRole('link', { name: 'Last ned CV Per.docx' }).getAttribute('href');
  const wordPreview = await page.request.get(`${wordHref}/preview`);
  expect(wordPreview.status()).toBe(404);
  expect(wordPreview.headers()['content-disposition']).toBeUndefined();

  // While the job is open, there is no "delete all".
  await page.goto(`/dashboard/acme/jobs/${jobId}`);
  await expect(page.getByTestId('erase-all')).toHaveCount(0);
  await page.getByLabel(/Ja, stillingen er besatt/).check();
  await page.getByRole('button', { name: 'Merk som besatt' }).click();
  await expect(page.getByTestId('job-status')).toHaveText('Besatt');

  // Filled: it names the job and how much goes, and asks first.
  const erase = page.getByTestId('erase-all');
  await expect(erase.getByRole('heading', { name: 'Slett alle søknadene nå' })).toBeVisible();
  await expect(erase).toContainText(`Dette sletter for godt alle 2 søknadene til «${title}», med 2 filer`);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Slett alle søknadene' }).click();
  await expect(page.getByTestId('job-status')).toHaveText('Besatt'); // the box was not ticked
  await expect(erase).toContainText('alle 2 søknadene');
  await erase.getByLabel(`Ja, slett 2 søknader til «${title}» nå`).check();
  await page.getByRole('button', { name: 'Slett alle søknadene' }).click();
  // The ?erased flag leaves the address once its notice is shown (OneOffNotice).
  await expect(page).toHaveURL(new RegExp(`/dashboard/acme/jobs/${jobId}(\\?erased=2)?$`));
  await expect(page.getByText('2 søknader er slettet.', { exact: true })).toBeVisible();
  await expect(page.getByTestId('tombstones')).toHaveText('2 søknader er slettet. Bare anonyme linjer er igjen.');
  await expect(erase).toContainText('Ingen søknader igjen til denne stillingen.');
  await expect(erase.getByRole('button')).toHaveCount(0);

  // Gone from the lists; the job counts none.
  await page.goto(`/dashboard/acme/applications?job=${jobId}`);
  for (const s of sent) await expect(page.getByRole('row').filter({ hasText: s.email })).toHaveCount(0);
  await page.goto('/dashboard/acme/jobs');
  await expect(page.locator(`[data-job="${jobId}"]`)).toContainText('0 nye av 0');
  expect((await page.request.get(wordHref!)).status()).toBe(404);
});

test('a closing date that has passed unpublishes the job: closed in the dashboard, no longer open on the career site', async ({ page }, info) => {
  const title = `Vikar ${info.project.name}-${Date.now()}`;
  await signInAndExpect(page, OLA, /\/dashboard\//);
  const { jobId, slug } = await publishJob(page, title);
  const response = await page.request.get(`/careers/acme/${slug}`);
  expect(await response.text()).toContain('Søk på stillingen');

  // The date is a day behind us: from then on the job reads as closed, with no scheduled job to run.
  await page.getByLabel('Søknadsfrist').fill(osloYesterday());
  await page.getByRole('button', { name: 'Lagre endringene' }).click();
  await expect(page.getByText('Lagret.', { exact: true })).toBeVisible();
  await page.goto(`/dashboard/acme/jobs/${jobId}`);
  await expect(page.getByTestId('job-status')).toHaveText('Stengt');
  await page.goto('/dashboard/acme/jobs');
  await expect(page.locator(`[data-job="${jobId}"]`)).toContainText('Stengt');

  await page.goto(`/careers/acme/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Denne stillingen er ikke lenger ledig');
  await expect(page.getByRole('link', { name: 'Søk på stillingen' })).toHaveCount(0);
  await page.goto(`/careers/acme/${slug}/apply`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Denne stillingen er ikke lenger ledig');
  await expect(page.locator('[name="fullName"]')).toHaveCount(0);
  await page.goto('/careers/acme');
  await expect(page.getByText(title)).toHaveCount(0);
});
