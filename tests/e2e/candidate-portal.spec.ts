import { unzipSync, strFromU8 } from 'fflate';
import { readFile } from 'node:fs/promises';
import { pdf } from '../fixtures/documents';
import { ERIK, freshEmail, latestLink } from './auth-helpers';
import { expect, test } from './fixtures';
import { applicant, ApplyPage, upload } from './pages/apply-page';
import { PortalPage } from './pages/portal-page';

const ACME_JOB = 'Backend-utvikler';
const FJORD_JOB = 'Seniorrådgiver digitalisering';

type OutboxEmail = { template: string; recipient: string; payload: Record<string, unknown> };

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('a candidate sees, exports, corrects, withdraws and erases her applications to two employers from one link', async ({ visitorPage: page, annaPage, erikPage, request }) => {
      const email = freshEmail('portal');
      const bytes = pdf(`portal-${email}`);
      const outbox = async (to: string) => ((await (await request.get(`/api/dev/outbox?to=${encodeURIComponent(to)}`)).json()) as { emails: OutboxEmail[] }).emails;

      await test.step('she applies to Acme and to Fjord with one address', async () => {
        const form = new ApplyPage(page);
        await form.open('/careers/acme/backend-utvikler/apply');
        await form.fill(applicant(email, { fullName: 'Kari Portalsen' }), [upload('Kari CV.pdf', bytes)]);
        await form.submit();
        await form.expectReceipt();
        await form.open('/careers/fjord/senior-radgiver/apply');
        await form.fill(applicant(email, { fullName: 'Kari Portalsen' }), [upload('Kari CV.pdf', bytes)]);
        await form.submit();
        await form.expectReceipt();
      });

      const portal = new PortalPage(page);
      await test.step('the confirmation email leads to the request page (her address filled in when the browser runs scripts); the link arrives', async () => {
        const received = (await outbox(email)).find((e) => e.template === 'application-received');
        expect(received?.payload.email).toBe(email);
        await portal.request(email, { prefilled: true, javaScript: javaScriptEnabled });
        await portal.open(await latestLink(request, email, 'candidate.portal-link'));
        await expect(portal.card(ACME_JOB)).toContainText('Acme AS');
        await expect(portal.card(FJORD_JOB)).toContainText('Fjord Consulting AS');
        for (const job of [ACME_JOB, FJORD_JOB]) {
          await expect(portal.card(job).getByTestId('status')).toHaveText('Mottatt');
          await expect(portal.card(job).getByTestId('deletion')).not.toBeEmpty();
        }
        const cookie = (await page.context().cookies()).find((c) => c.name === 'sr_portal');
        expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
        expect(cookie!.expires - Date.now() / 1000).toBeLessThanOrEqual(30 * 60 + 5);
      });

      const acmeId = await portal.applicationId(ACME_JOB);
      const fjordId = await portal.applicationId(FJORD_JOB);

      await test.step('after Anna opens the Acme application, her page says so', async () => {
        await annaPage.goto(`/dashboard/acme/applications/${acmeId}`);
        await expect(annaPage.getByRole('heading', { level: 1 })).toHaveText('Kari Portalsen');
        await page.reload();
        await expect(portal.card(ACME_JOB).getByTestId('access')).toContainText('Anna Berg åpnet søknaden');
        await expect(portal.card(FJORD_JOB)).toContainText('Ingen har åpnet den ennå.');
      });

      await test.step('the export is a ZIP with the JSON document and the file bytes', async () => {
        const download = page.waitForEvent('download');
        await page.getByRole('link', { name: 'Last ned alt (ZIP)' }).click();
        const file = await (await download).path();
        const zip = unzipSync(new Uint8Array(await readFile(file)));
        const doc = JSON.parse(strFromU8(zip['seerecruit-data.json']!)) as { legalBasis: string; applications: { employer: string; application: { email: string; fullName: string }; files: { path: string }[]; accessLog: { by: string; action: string }[] }[] };
        expect(doc.legalBasis).toMatch(/art\. 6/);
        expect(doc.applications.map((a) => a.employer).sort()).toEqual(['Acme AS', 'Fjord Consulting AS']);
        expect(doc.applications.every((a) => a.application.email === email && a.application.fullName === 'Kari Portalsen')).toBe(true);
        // (Without JavaScript Anna's browser also loads the PDF preview frame, which is logged too.)
        expect(doc.applications.find((a) => a.employer === 'Acme AS')!.accessLog).toEqual(expect.arrayContaining([expect.objectContaining({ by: 'Anna Berg', action: 'view' })]));
        expect(doc.applications.find((a) => a.employer === 'Fjord Consulting AS')!.accessLog).toEqual([]);
        for (const a of doc.applications) expect(Buffer.from(zip[a.files[0]!.path]!)).toEqual(Buffer.from(bytes));
      });

      await test.step('a correction is shown to Anna beside the original', async () => {
        await portal.correct(ACME_JOB, 'Telefonnummeret mitt er byttet til 41 00 00 00.');
        await expect(portal.card(ACME_JOB)).toContainText('Telefonnummeret mitt er byttet til 41 00 00 00.');
        await annaPage.reload();
        await expect(annaPage.getByTestId('corrections')).toContainText('Telefonnummeret mitt er byttet til 41 00 00 00.');
      });

      await test.step('withdrawing the Fjord one: gone for Erik, a receipt for her, a notice without her name for him', async () => {
        await portal.withdraw(FJORD_JOB);
        await expect(portal.card(FJORD_JOB)).toHaveCount(0);
        await expect(portal.card(ACME_JOB)).toHaveCount(1);
        const response = await erikPage.goto(`/dashboard/fjord/applications/${fjordId}`);
        expect(response?.status()).toBe(404);
        await erikPage.goto('/dashboard/fjord/audit');
        await expect(erikPage.getByText('Søknader slettet').first()).toBeVisible();
        const notice = (await outbox(ERIK)).find((e) => e.template === 'employer.application-withdrawn' && e.payload.jobTitle === FJORD_JOB);
        expect(notice).toBeTruthy();
        expect(JSON.stringify(notice)).not.toMatch(/Portalsen|portal-/);
        const receipts = (await outbox(email)).filter((e) => e.template === 'candidate.erasure-receipt');
        expect(receipts.map((r) => r.payload.employerName)).toEqual(['Fjord Consulting AS']);
      });

      await test.step('erasing everything empties her page; a receipt per application is in the outbox', async () => {
        await portal.eraseAll();
        await page.goto('/personvern/innsyn/mine');
        await expect(page.getByTestId('portal-closed')).toBeVisible();
        const response = await annaPage.goto(`/dashboard/acme/applications/${acmeId}`);
        expect(response?.status()).toBe(404);
        const receipts = (await outbox(email)).filter((e) => e.template === 'candidate.erasure-receipt');
        expect(receipts.map((r) => r.payload.employerName).sort()).toEqual(['Acme AS', 'Fjord Consulting AS']);
        // Everything else to her address is gone: the confirmations, the link.
        expect((await outbox(email)).map((e) => e.template).sort()).toEqual(['candidate.erasure-receipt', 'candidate.erasure-receipt']);
        // A new request gets the same answer, and no link: we hold nothing now.
        await portal.request(email);
      });
    });
  });
}

test('an expired or used link gets a clear page offering a new one', async ({ visitorPage: page }) => {
  await page.goto('/personvern/innsyn/apne/this-link-does-not-exist-0123456789');
  await page.getByRole('button', { name: 'Åpne siden min' }).click();
  await expect(page.getByText('Den lenken virker ikke lenger.')).toBeVisible();
  await expect(page.getByLabel('E-postadressen du søkte med')).toBeVisible();
  await page.goto('/personvern/innsyn/mine');
  await expect(page.getByTestId('portal-closed')).toContainText('Siden din er lukket');
  // No session, no export: the same 404 as a page that is not there.
  expect((await page.request.get('/personvern/innsyn/eksport')).status()).toBe(404);
  expect((await page.request.get('/en/privacy/request/export', { headers: { cookie: 'sr_portal=made-up-session-token-0123456789abcdef' } })).status()).toBe(404);
});

test('the request form ties its error to the field, in English too', async ({ visitorPage: page }) => {
  await page.goto('/en/privacy/request/check');
  const field = page.getByLabel('The email address you applied with');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/Write the email address you used in your application/);
});
