import { strFromU8, unzipSync } from 'fflate';
import { pdf } from '../fixtures/documents';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { ApplicationPage } from './pages/application-page';
import { applicant, ApplyPage, upload } from './pages/apply-page';
import { DashboardPage } from './pages/dashboard-page';
import { JobEditorPage } from './pages/job-editor-page';

/**
 * Ola (recruiter) runs one hire end to end in the dashboard; Anna (owner)
 * then finds every look at the application in the access log. One test on
 * purpose (each step needs the one before); the steps say where it stopped.
 */
test('one hire end to end: a recruiter writes, publishes and fills a job, reads, previews, exports, rates and moves an application with a notify email; the owner sees it in the access log; delete now removes it', async ({ olaPage: page, annaPage, visitorPage }, info) => {
  test.setTimeout(120_000);
  const stamp = `${info.project.name}-${Date.now()}`;
  const title = `Lagermedarbeider ${stamp}`;
  const email = `hiring-${stamp}@example.no`;
  const dashboard = new DashboardPage(page);
  const editor = new JobEditorPage(page);
  const application = new ApplicationPage(page);
  const file = 'CV Kari Nordmann.pdf';

  await test.step('Ola opens the jobs list', async () => {
    await dashboard.openJobs();
    await expectNoAxeViolations(page);
  });

  const jobId = await test.step('a draft: a too-short title is pointed out at the field itself', async () => {
    await page.getByRole('link', { name: 'Skriv en ny stillingsannonse' }).click();
    await editor.fillDraft({ title: 'AB' });
    await editor.saveDraft();
    await editor.expectFieldError(editor.title, 'Tittelen må ha minst 3 tegn.');
    // The page got here by client navigation, then a server action: its <title> is set a moment after the field
    // error shows. Wait for it (a page must have one), so axe reads the settled page, not the one in between.
    await expect(page).toHaveTitle(/\S/);
    await expectNoAxeViolations(page);
    await editor.fillDraft({ title, place: 'Oslo', description: 'Vi søker en **strukturert** medarbeider.\n\n- Truckførerbevis\n- Godt humør' });
    await editor.saveDraft();
    // The one-off notice is shown, and its flag leaves the address so no later action brings it back.
    await expect(page.getByText('Utkastet er lagret.')).toBeVisible();
    await expect(page).toHaveURL(/\/dashboard\/acme\/jobs\/[0-9a-f-]{36}$/);
    await expect(editor.status).toHaveText('Utkast');
    await expect(editor.preview.locator('strong')).toHaveText('strukturert');
    await expectNoAxeViolations(page);
    return editor.jobId;
  });

  const slug = await test.step('publish: the public ad is linked from the editor, and the draft notice is gone', async () => {
    const published = await editor.publish();
    await expect(page.getByText('Utkastet er lagret.')).toHaveCount(0);
    return published;
  });

  const reference = await test.step('a candidate applies in a browser of their own', async () => {
    const form = new ApplyPage(visitorPage);
    await form.open(`/careers/acme/${slug}/apply`);
    await form.fill(applicant(email, { coverLetter: 'Første linje.\nAndre linje.' }), [upload(file, pdf())]);
    await form.submit();
    return form.expectReceipt();
  });

  const applicationUrl = await test.step('Ola finds it among the job’s applications and opens it', async () => {
    await dashboard.openApplications({ job: jobId });
    await expectNoAxeViolations(page);
    await dashboard.openApplication(email, 'Kari Nordmann');
    await expect(application.reference).toHaveText(reference);
    expect(await application.coverLetter.innerText()).toBe('Første linje.\nAndre linje.');
    await expectNoAxeViolations(page);
    return page.url();
  });

  const { href, download } = await test.step('the file: as an attachment, with its stored type, never sniffed or cached', async () => {
    const href = (await application.downloadLink(file).getAttribute('href'))!;
    const download = await page.request.get(href);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect(download.headers()['content-disposition']).toBe(`attachment; filename="CV Kari Nordmann.pdf"; filename*=UTF-8''CV%20Kari%20Nordmann.pdf`);
    expect(download.headers()['x-content-type-options']).toBe('nosniff');
    expect(download.headers()['cache-control']).toBe('private, no-store');
    const body = await download.body();
    expect(body.subarray(0, 4).toString()).toBe('%PDF');
    return { href, download: body };
  });

  await test.step('a PDF can be read in place: closed until asked for, then in a frame only our own pages may hold', async () => {
    const frame = await application.openPreview(file);
    await expect(frame).toHaveAttribute('title', `Forhåndsvisning av ${file}`);
    const previewHref = (await frame.getAttribute('src'))!;
    expect(previewHref).toBe(`${href}/preview`);
    // Loaded into the frame, not refused (a refused frame is chrome-error://).
    await expect.poll(() => page.frames().some((f) => f.url() === new URL(previewHref, page.url()).href)).toBe(true);
    await expect(application.preview().getByRole('link', { name: 'Åpne forhåndsvisningen alene' })).toHaveAttribute('href', previewHref);
    const shown = await page.request.get(previewHref);
    expect(shown.status()).toBe(200);
    expect(shown.headers()['content-type']).toBe('application/pdf');
    expect(shown.headers()['content-disposition']).toBe(`inline; filename="CV Kari Nordmann.pdf"; filename*=UTF-8''CV%20Kari%20Nordmann.pdf`);
    expect(shown.headers()['x-content-type-options']).toBe('nosniff');
    expect(shown.headers()['cache-control']).toBe('private, no-store');
    expect(shown.headers()['content-security-policy']).toBe("default-src 'none'; sandbox; frame-ancestors 'self'");
    expect(shown.headers()['x-frame-options']).toBe('SAMEORIGIN');
    expect(Buffer.compare(await shown.body(), download)).toBe(0);
    // Every other page still may not be framed at all.
    expect((await page.request.get(applicationUrl)).headers()['x-frame-options']).toBe('DENY');
  });

  await test.step('the export for the HR system: the application as JSON and the original file, byte for byte', async () => {
    const exported = await page.request.get((await application.exportLink.getAttribute('href'))!);
    expect(exported.status()).toBe(200);
    expect(exported.headers()['content-type']).toBe('application/zip');
    expect(exported.headers()['content-disposition']).toBe(`attachment; filename="${reference}.zip"; filename*=UTF-8''${reference}.zip`);
    expect(exported.headers()['cache-control']).toBe('private, no-store');
    const zip = unzipSync(new Uint8Array(await exported.body()));
    const doc = JSON.parse(strFromU8(zip['application.json']!)) as { reference: string; candidate: { email: string; coverLetter: string } };
    expect(doc.reference).toBe(reference);
    expect(doc.candidate.email).toBe(email);
    // Exactly as the browser sent it (forms send line breaks as CRLF).
    expect(doc.candidate.coverLetter).toBe('Første linje.\r\nAndre linje.');
    expect(Buffer.from(zip[`files/${file}`]!).equals(download)).toBe(true);
  });

  await test.step('rejected, with a polite email to the candidate', async () => {
    await application.moveTo('rejected', { notify: true });
    await expect(application.history).toContainText('Ny → Avslått');
    await expect
      .poll(async () => {
        const body = (await (await page.request.get(`/api/dev/outbox?to=${encodeURIComponent(email)}`)).json()) as { emails: Array<{ template: string; payload: { reference?: string } }> };
        return body.emails.filter((e) => e.template === 'candidate-rejected').map((e) => e.payload.reference);
      })
      .toEqual([reference]);
  });

  await test.step('Ola’s own rating is kept', async () => {
    await expect(application.rating).toHaveValue('');
    await application.rate(4);
    await page.goto(applicationUrl);
    await expect(application.rating).toHaveValue('4');
  });

  await test.step('a note, then an edit of it', async () => {
    await application.addNote('Sterk på lager, svak på truck.');
    await expect(application.notes).toHaveCount(1);
    await application.editNote(application.notes, 'Sterk på lager, må ta truckførerbevis.');
    await page.goto(applicationUrl);
    await expect(application.notes.getByLabel('Rediger notatet ditt')).toHaveValue('Sterk på lager, må ta truckførerbevis.');
  });

  await test.step('the whole job for the HR system: the application in its folder and a summary line', async () => {
    const jobExport = await page.request.get(`/dashboard/acme/jobs/${jobId}/export`);
    expect(jobExport.status()).toBe(200);
    expect(jobExport.headers()['content-disposition']).toBe(`attachment; filename="${slug}.zip"; filename*=UTF-8''${slug}.zip`);
    const jobZip = unzipSync(new Uint8Array(await jobExport.body()));
    expect(Object.keys(jobZip).sort()).toEqual(['summary.csv', `${reference}/application.json`, `${reference}/files/${file}`].sort());
    expect(strFromU8(jobZip['summary.csv']!)).toContain(`"${reference}"`);
  });

  await test.step('the position is filled: it asks first', async () => {
    await editor.open(jobId);
    await editor.markFilled({ confirm: false });
    await expect(editor.status).toHaveText('Publisert'); // the box was not ticked
    await editor.markFilled();
  });

  await test.step('Anna (owner) reads who opened what in the access log', async () => {
    const applicationId = /applications\/([0-9a-f-]{36})/.exec(applicationUrl)![1]!;
    const log = (action: string) => annaPage.locator(`[data-log-action="${action}"]`).filter({ hasText: 'Ola Nordmann' });
    await annaPage.goto('/dashboard/acme/settings/access-log?action=download');
    const downloads = log('download').filter({ hasText: file });
    await expect(downloads.first()).toBeVisible();
    await expect(downloads.first().getByRole('link', { name: 'Åpne søknaden' })).toHaveAttribute('href', `/dashboard/acme/applications/${applicationId}`);
    await expect(annaPage.locator('[data-log-action="view"]')).toHaveCount(0);
    await expectNoAxeViolations(annaPage);
    await annaPage.goto('/dashboard/acme/settings/access-log?action=preview');
    await expect(log('preview').filter({ hasText: file }).first()).toBeVisible();
    await annaPage.goto('/dashboard/acme/settings/access-log?action=export');
    // Two exports of it: on its own and with the whole job.
    await expect(log('export').locator(`a[href$="${applicationId}"]`)).toHaveCount(2);
    await annaPage.goto('/dashboard/acme/settings/access-log?action=view');
    await expect(log('view').locator(`a[href$="${applicationId}"]`).first()).toBeVisible();
  });

  await test.step('M9: the recruiter is offered no delete control, only who may delete', async () => {
    await page.goto(applicationUrl);
    await expect(page.getByTestId('delete-owners-only')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Slett søknaden' })).toHaveCount(0);
  });

  await test.step('delete now, by the owner with a reason: it names what goes, asks first, and afterwards the application is simply not there', async () => {
    const owner = new ApplicationPage(annaPage);
    await annaPage.goto(applicationUrl);
    await expect(owner.deleteSummary('Kari Nordmann', reference)).toContainText('én fil');
    await expect(owner.deleteSummary('Kari Nordmann', reference)).toContainText('ett notat');
    await owner.deleteNow('Kari Nordmann');
    expect((await annaPage.request.get(applicationUrl)).status()).toBe(404);
    expect((await annaPage.request.get(href)).status()).toBe(404);
  });

  await test.step('M9: the access log still shows who opened it, on its tombstone, without the file name', async () => {
    await annaPage.goto('/dashboard/acme/settings/access-log?action=download');
    const line = annaPage.locator('[data-log-action="download"]').filter({ hasText: 'Ola Nordmann' }).first();
    await expect(line).toBeVisible();
    await expect(line).not.toContainText(file);
  });
});
