import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { pdf } from '../fixtures/documents';
import { ANNA, OLA, signInAndExpect } from './auth-helpers';
import { applicant, ApplyPage, upload } from './pages/apply-page';
import { expectNoAxeViolations } from './axe';

/**
 * Ola (recruiter) runs one hire end to end in the dashboard; Anna (owner)
 * then finds every look at the application in the access log.
 */
test('a recruiter writes, publishes and fills a job, reads, previews, exports and moves an application with a notify email, the owner sees it in the access log, and delete now removes it', async ({ page, browser, baseURL }, info) => {
  test.setTimeout(120_000);
  const stamp = `${info.project.name}-${Date.now()}`;
  const title = `Lagermedarbeider ${stamp}`;
  const email = `hiring-${stamp}@example.no`;

  await signInAndExpect(page, OLA, /\/dashboard\//);
  await page.goto('/dashboard/acme/jobs');
  await expect(page.getByRole('heading', { level: 1, name: 'Stillinger' })).toBeVisible();
  await expectNoAxeViolations(page);

  // A draft: a too-short title is pointed out at the field itself.
  await page.getByRole('link', { name: 'Skriv en ny stillingsannonse' }).click();
  await page.getByLabel('Tittel').fill('AB');
  await page.getByRole('button', { name: 'Lagre utkast' }).click();
  await expect(page.getByLabel('Tittel')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#job-title-error')).toHaveText('Tittelen må ha minst 3 tegn.');
  await expectNoAxeViolations(page);
  await page.getByLabel('Tittel').fill(title);
  await page.getByLabel('Sted').fill('Oslo');
  await page.getByLabel('Beskrivelse').fill('Vi søker en **strukturert** medarbeider.\n\n- Truckførerbevis\n- Godt humør');
  await page.getByRole('button', { name: 'Lagre utkast' }).click();
  // The one-off notice is shown, and its flag leaves the address so no later action brings it back.
  await expect(page.getByText('Utkastet er lagret.')).toBeVisible();
  await expect(page).toHaveURL(/\/dashboard\/acme\/jobs\/[0-9a-f-]{36}$/);
  const jobId = /jobs\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await expect(page.getByTestId('job-status')).toHaveText('Utkast');
  await expect(page.locator('.prose-letter strong')).toHaveText('strukturert');
  await expectNoAxeViolations(page);

  // Publish, then the public ad is there.
  await page.getByRole('button', { name: 'Publiser' }).click();
  await expect(page.getByTestId('job-status')).toHaveText('Publisert');
  await expect(page.getByText('Utkastet er lagret.')).toHaveCount(0);
  const publicHref = await page.getByRole('link', { name: 'Åpne den offentlige annonsen' }).getAttribute('href');
  const slug = /\/careers\/acme\/([a-z0-9-]+)$/.exec(publicHref!)![1]!;

  // A candidate applies in a browser of their own.
  const candidate = await browser.newContext({ baseURL });
  const form = new ApplyPage(await candidate.newPage());
  await form.open(`/careers/acme/${slug}/apply`);
  await form.fill(applicant(email, { coverLetter: 'Første linje.\nAndre linje.' }), [upload('CV Kari Nordmann.pdf', pdf())]);
  await form.submit();
  const reference = await form.expectReceipt();
  await candidate.close();

  // Ola finds it among the job's applications and opens it.
  await page.goto(`/dashboard/acme/applications?job=${jobId}`);
  await expectNoAxeViolations(page);
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await row.getByRole('link', { name: 'Kari Nordmann' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kari Nordmann');
  await expect(page.getByTestId('reference')).toHaveText(reference);
  expect(await page.getByTestId('cover-letter').innerText()).toBe('Første linje.\nAndre linje.');
  await expectNoAxeViolations(page);
  const applicationUrl = page.url();

  // The file: as an attachment, with its stored type, never sniffed or cached.
  const href = await page.getByRole('link', { name: 'Last ned CV Kari Nordmann.pdf' }).getAttribute('href');
  const download = await page.request.get(href!);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('application/pdf');
  expect(download.headers()['content-disposition']).toBe("attachment; filename*=UTF-8''CV%20Kari%20Nordmann.pdf");
  expect(download.headers()['x-content-type-options']).toBe('nosniff');
  expect(download.headers()['cache-control']).toBe('private, no-store');
  expect((await download.body()).subarray(0, 4).toString()).toBe('%PDF');

  // A PDF can be read in place: closed until asked for, then shown in a frame that only our own pages may hold.
  const preview = page.locator('details[data-preview]');
  await preview.getByText('Forhåndsvis CV Kari Nordmann.pdf').click();
  const frame = preview.locator('iframe');
  await expect(frame).toHaveAttribute('title', 'Forhåndsvisning av CV Kari Nordmann.pdf');
  const previewHref = (await frame.getAttribute('src'))!;
  expect(previewHref).toBe(`${href}/preview`);
  // Loaded into the frame, not refused (a refused frame is chrome-error://).
  await expect.poll(() => page.frames().some((f) => f.url() === new URL(previewHref, page.url()).href)).toBe(true);
  await expect(preview.getByRole('link', { name: 'Åpne forhåndsvisningen alene' })).toHaveAttribute('href', previewHref);
  const shown = await page.request.get(previewHref);
  expect(shown.status()).toBe(200);
  expect(shown.headers()['content-type']).toBe('application/pdf');
  expect(shown.headers()['content-disposition']).toBe("inline; filename*=UTF-8''CV%20Kari%20Nordmann.pdf");
  expect(shown.headers()['x-content-type-options']).toBe('nosniff');
  expect(shown.headers()['cache-control']).toBe('private, no-store');
  expect(shown.headers()['content-security-policy']).toBe("default-src 'none'; sandbox; frame-ancestors 'self'");
  expect(shown.headers()['x-frame-options']).toBe('SAMEORIGIN');
  expect(Buffer.compare(await shown.body(), await download.body())).toBe(0);
  // Every other page still may not be framed at all.
  expect((await page.request.get(applicationUrl)).headers()['x-frame-options']).toBe('DENY');

  // The export for the HR system: the application as JSON and the original file, byte for byte.
  const exported = await page.request.get(await page.getByRole('link', { name: /Eksporter som ZIP/ }).getAttribute('href').then((h) => h!));
  expect(exported.status()).toBe(200);
  expect(exported.headers()['content-type']).toBe('application/zip');
  expect(exported.headers()['content-disposition']).toBe(`attachment; filename*=UTF-8''${reference}.zip`);
  expect(exported.headers()['cache-control']).toBe('private, no-store');
  const zip = unzipSync(new Uint8Array(await exported.body()));
  const doc = JSON.parse(strFromU8(zip['application.json']!)) as { application: { reference: string; email: string; coverLetter: string } };
  expect(doc.application).toMatchObject({ reference, email });
  // Exactly as the browser sent it (forms send line breaks as CRLF).
  expect(doc.application.coverLetter).toBe('Første linje.\r\nAndre linje.');
  expect(Buffer.from(zip['files/CV Kari Nordmann.pdf']!).equals(await download.body())).toBe(true);

  // Rejected, with a polite email to the candidate.
  await page.getByLabel('Flytt til').selectOption('rejected');
  await page.getByLabel('Gi kandidaten beskjed på e-post').check();
  await page.getByRole('button', { name: 'Endre steg' }).click();
  await expect(page.getByText('Steget er endret.')).toBeVisible();
  await expect(page.getByLabel('Flytt til')).toHaveValue('rejected');
  await expect(page.getByRole('list', { name: 'Steghistorikk' })).toContainText('Ny → Avslått');
  await expect
    .poll(async () => {
      const body = (await (await page.request.get(`/api/dev/outbox?to=${encodeURIComponent(email)}`)).json()) as { emails: Array<{ template: string; payload: { reference?: string } }> };
      return body.emails.filter((e) => e.template === 'candidate-rejected').map((e) => e.payload.reference);
    })
    .toEqual([reference]);

  // A note, then an edit of it.
  await page.getByLabel('Nytt notat').fill('Sterk på lager, svak på truck.');
  await page.getByRole('button', { name: 'Legg til notat' }).click();
  const note = page.locator('[data-note]');
  await expect(note).toHaveCount(1);
  await note.getByLabel('Rediger notatet ditt').fill('Sterk på lager, må ta truckførerbevis.');
  await note.getByRole('button', { name: 'Lagre notatet' }).click();
  await expect(note.getByText('Notatet er lagret.')).toBeVisible();
  await page.goto(applicationUrl);
  await expect(page.locator('[data-note]').getByLabel('Rediger notatet ditt')).toHaveValue('Sterk på lager, må ta truckførerbevis.');

  // The whole job for the HR system: the application in its folder and a summary line.
  const jobExport = await page.request.get(`/dashboard/acme/jobs/${jobId}/export`);
  expect(jobExport.status()).toBe(200);
  expect(jobExport.headers()['content-disposition']).toBe(`attachment; filename*=UTF-8''${slug}.zip`);
  const jobZip = unzipSync(new Uint8Array(await jobExport.body()));
  expect(Object.keys(jobZip).sort()).toEqual(['summary.csv', `${reference}/application.json`, `${reference}/files/CV Kari Nordmann.pdf`].sort());
  expect(strFromU8(jobZip['summary.csv']!)).toContain(`"${reference}"`);

  // The position is filled: it asks first.
  await page.goto(`/dashboard/acme/jobs/${jobId}`);
  await page.getByRole('button', { name: 'Merk som besatt' }).click();
  await expect(page.getByTestId('job-status')).toHaveText('Publisert'); // the box was not ticked
  await page.getByLabel(/Ja, stillingen er besatt/).check();
  await page.getByRole('button', { name: 'Merk som besatt' }).click();
  await expect(page.getByTestId('job-status')).toHaveText('Besatt');

  // Anna reads who opened what.
  const owner = await browser.newContext({ baseURL });
  const annaPage = await owner.newPage();
  await signInAndExpect(annaPage, ANNA, /\/dashboard\//);
  const applicationId = /applications\/([0-9a-f-]{36})/.exec(applicationUrl)![1]!;
  await annaPage.goto('/dashboard/acme/settings/access-log?action=download');
  const downloads = annaPage.locator('[data-log-action="download"]').filter({ hasText: 'Ola Nordmann' }).filter({ hasText: 'CV Kari Nordmann.pdf' });
  await expect(downloads.first()).toBeVisible();
  await expect(downloads.first().getByRole('link', { name: 'Åpne søknaden' })).toHaveAttribute('href', `/dashboard/acme/applications/${applicationId}`);
  await expect(annaPage.locator('[data-log-action="view"]')).toHaveCount(0);
  await expectNoAxeViolations(annaPage);
  await annaPage.goto('/dashboard/acme/settings/access-log?action=preview');
  await expect(annaPage.locator('[data-log-action="preview"]').filter({ hasText: 'Ola Nordmann' }).filter({ hasText: 'CV Kari Nordmann.pdf' }).first()).toBeVisible();
  await annaPage.goto('/dashboard/acme/settings/access-log?action=export');
  // Two exports of it: on its own and with the whole job.
  await expect(annaPage.locator('[data-log-action="export"]').filter({ hasText: 'Ola Nordmann' }).locator(`a[href$="${applicationId}"]`)).toHaveCount(2);
  await annaPage.goto('/dashboard/acme/settings/access-log?action=view');
  await expect(annaPage.locator('[data-log-action="view"]').filter({ hasText: 'Ola Nordmann' }).locator(`a[href$="${applicationId}"]`).first()).toBeVisible();
  await owner.close();

  // Delete now: it names what goes, asks first, and afterwards the application is simply not there.
  await page.goto(applicationUrl);
  await expect(page.getByText(`Dette sletter søknaden fra Kari Nordmann (${reference}) for godt`)).toContainText('én fil');
  await expect(page.getByText(`Dette sletter søknaden fra Kari Nordmann (${reference}) for godt`)).toContainText('ett notat');
  await page.getByLabel('Ja, slett søknaden fra Kari Nordmann nå').check();
  await page.getByRole('button', { name: 'Slett søknaden' }).click();
  await expect(page).toHaveURL(/\/dashboard\/acme\/applications\?deleted=1$/);
  await expect(page.getByText('Søknaden er slettet.')).toBeVisible();
  expect((await page.request.get(applicationUrl)).status()).toBe(404);
  expect((await page.request.get(href!)).status()).toBe(404);
});
