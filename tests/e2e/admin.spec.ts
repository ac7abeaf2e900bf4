import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { pdf } from '../fixtures/documents';
import { ADMIN, latestLink, signInAndExpect } from './auth-helpers';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { AdminPage, comparable, signInStaff, SUPPORT_STAFF } from './pages/admin-page';
import { applicant, ApplyPage, upload } from './pages/apply-page';

/**
 * /admin (issue 12, part 7): platform staff with a second factor only, the
 * ordinary 404 for everyone else; an application opens only with a written
 * reason, and the employer's owners see the opening in their access log.
 */

const ADMIN_PATHS = [
  '/admin',
  '/en/admin',
  `/admin/tenants/${randomUUID()}`,
  `/admin/applications/${randomUUID()}/${randomUUID()}`,
  // The subscriptions console (tests/e2e/admin-subscriptions.spec.ts checks every /admin page is covered).
  '/admin/subscriptions',
  '/en/admin/subscriptions?q=acme',
  `/admin/subscriptions/${randomUUID()}`,
];

/** A fresh application to Acme's Backend-utvikler job, with a PDF: its reference, as on the receipt. */
async function applyToAcme(page: Page, name: string, email = `staff-${randomUUID().slice(0, 8)}@example.no`): Promise<string> {
  const form = new ApplyPage(page);
  await form.open('/careers/acme/backend-utvikler/apply');
  await form.fill(applicant(email, { fullName: name }), [upload(`${name.replace(/ /g, '_')}_CV.pdf`, pdf())]);
  await form.submit();
  return form.expectReceipt();
}

/** The open action's id from the build, posted the way React posts a form (as tests/e2e/tenant-matrix.spec.ts does). */
function postOpenAction(page: Page, baseURL: string, via: string, fields: Record<string, string>) {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as { node: Record<string, { filename: string; exportedName: string }> };
  const id = Object.entries(manifest.node).find(([, v]) => v.filename === 'app/[locale]/admin/actions.ts' && v.exportedName === 'openApplicationAction')![0];
  const multipart = new FormData();
  for (const [k, v] of Object.entries(fields)) multipart.append(`_1_${k}`, v);
  multipart.append('0', '[{"status":"idle"},"$K1"]');
  return page.request.post(via, { headers: { 'Next-Action': id, Origin: baseURL, Accept: 'text/x-component' }, multipart, maxRedirects: 0 });
}

test.describe('/admin for everyone but staff', () => {
  test('a visitor and a signed-in employer get exactly the 404 of a page that does not exist', async ({ visitorPage, annaPage }) => {
    for (const [who, request] of [['visitor', visitorPage.request], ['Anna', annaPage.request]] as const) {
      for (const locale of ['', '/en']) {
        const missingPath = `${locale}/finnes-ikke-${randomUUID().slice(0, 8)}`;
        const missing = await request.get(missingPath, { maxRedirects: 0 });
        expect(missing.status()).toBe(404);
        const expected = await comparable(missing);
        for (const path of ADMIN_PATHS.filter((p) => (locale ? p.startsWith('/en/') : !p.startsWith('/en/')))) {
          const response = await request.get(path, { maxRedirects: 0 });
          expect(response.status(), `${who} ${path}`).toBe(404);
          expect(await comparable(response), `${who} ${path}`).toBe(expected);
        }
      }
    }
    // The page itself, as Anna's browser shows it.
    const response = await annaPage.goto('/admin');
    expect(response?.status()).toBe(404);
    await expect(annaPage.getByRole('heading', { level: 1 })).toHaveText('Siden finnes ikke');
  });

  test('a staff member without a second factor is sent to enrol it, never into /admin', async ({ page }) => {
    await signInAndExpect(page, ADMIN, /\/dashboard\/account\/security$/);
    for (const path of ['/admin', '/en/admin', '/dashboard']) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/dashboard\/account\/security$/);
    }
    await expect(page.getByRole('heading', { name: 'SeeRecruit-administrasjon' })).toHaveCount(0);
  });
});

test.describe('staff open an application with a reason, and the owner sees it', () => {
  test('by reference: a short reason is refused on its field, a real one opens it read-only and is logged for Anna', async ({ page, visitorPage, annaPage, baseURL }) => {
    test.setTimeout(120_000);
    const name = `Kari Stabsdottir ${randomUUID().slice(0, 4)}`;
    const reference = await applyToAcme(visitorPage, name);
    await signInStaff(page, baseURL!);
    const admin = new AdminPage(page);

    await test.step('the overview lists employers with counts and no people', async () => {
      await expect(page.getByRole('heading', { level: 1, name: 'SeeRecruit-administrasjon' })).toBeVisible();
      const acme = page.locator('tr[data-tenant="acme"]');
      await expect(acme).toContainText('Acme AS');
      await expect(page.getByTestId('support-link')).toBeVisible();
      await expect(page.getByText(name)).toHaveCount(0);
      await expectNoAxeViolations(page);
    });

    await test.step('a reference that is not there says so on its field', async () => {
      await admin.findReference('SR-0000-0000');
      await expect(page.getByLabel('Referanse', { exact: true })).toHaveAccessibleDescription(/Ingen søknad har referansen SR-0000-0000/);
    });

    await test.step('the reference leads to the reason form, which shows no personal data', async () => {
      await admin.findReference(reference.toLowerCase());
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Åpne søknad ${reference}`);
      await expect(page.getByText(name)).toHaveCount(0);
      await expectNoAxeViolations(page);
    });

    await test.step('a reason that is too short is refused on the field, the text kept', async () => {
      // Long enough for the browser's own check, but only four characters once the spaces are trimmed.
      await admin.open('        Sjekk');
      await expect(admin.reason()).toHaveAttribute('aria-invalid', 'true');
      await expect(admin.reason()).toHaveAccessibleDescription(/Skriv en begrunnelse på minst 10 tegn\.$/);
      await expect(admin.reason()).toHaveValue('        Sjekk');
      await expect(page.getByText(name)).toHaveCount(0);
    });

    const reason = `Kandidaten ba support sjekke at søknaden kom fram (sak ${randomUUID().slice(0, 6)}).`;
    await test.step('a real reason opens it, read-only, with the file downloadable', async () => {
      await admin.open(reason);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Søknad ${reference}`);
      await expect(page.getByRole('status')).toContainText('Åpnet med begrunnelse og logget');
      await expect(page.getByText(name, { exact: true })).toBeVisible();
      // Read-only: nothing to fill in on the page itself.
      await expect(page.locator('#main textarea, #main select, #main input:not([type=hidden])')).toHaveCount(0);
      const link = page.getByRole('link', { name: /^Last ned / });
      const download = await page.request.get((await link.getAttribute('href'))!);
      expect(download.status()).toBe(200);
      expect(download.headers()['content-disposition']).toMatch(/^attachment;/);
      expect((await download.body()).subarray(0, 4).toString()).toBe('%PDF');
      await expectNoAxeViolations(page);
    });

    await test.step('Anna sees the opening in her access log: SeeRecruit staff, the name and the reason', async () => {
      await annaPage.goto('/dashboard/acme/settings/access-log?action=staff_view');
      const row = annaPage.locator('tr[data-log-action="staff_view"]').first();
      await expect(row).toContainText(SUPPORT_STAFF.name);
      await expect(row.getByTestId('staff-label')).toHaveText('SeeRecruit-ansatt');
      await expect(row).toContainText('Åpnet fra SeeRecruit');
      await expect(row).toContainText(`Begrunnelse: ${reason}`);
      await annaPage.goto('/dashboard/acme/settings/access-log?action=download');
      const download = annaPage.locator('tr[data-log-action="download"]').first();
      await expect(download).toContainText(SUPPORT_STAFF.name);
      await annaPage.goto('/dashboard/acme/audit');
      await expect(annaPage.getByText('SeeRecruit-ansatt åpnet en søknad').first()).toBeVisible();
    });

    await test.step('the open action posted by Anna with the real ids does nothing: the ordinary 404 at its page, unknown anywhere else', async () => {
      const adminPath = new URL(page.url()).pathname;
      const [, tenantId, applicationId] = /\/admin\/applications\/([0-9a-f-]{36})\/([0-9a-f-]{36})/.exec(adminPath)!;
      const fields = { tenantId: tenantId!, applicationId: applicationId!, reason: 'Anna prøver seg som SeeRecruit-ansatt.' };
      const atItsPage = await postOpenAction(annaPage, baseURL!, adminPath, fields);
      expect(atItsPage.status()).toBe(404);
      expect(await atItsPage.text()).toBe('Not found');
      // Through her own dashboard the edge lets her in, but Next knows the action only on the admin page (409);
      // were it ever reachable, the action's own staff check (lib/admin/staff-action) and the SQL would refuse.
      const elsewhere = await postOpenAction(annaPage, baseURL!, '/dashboard/acme', fields);
      expect(elsewhere.status()).toBe(409);
      expect(await elsewhere.text()).not.toContain(name);
      await annaPage.goto('/dashboard/acme/settings/access-log?action=staff_view');
      await expect(annaPage.getByText('Anna prøver seg')).toHaveCount(0);
    });
  });

  test('the support route: staff send a candidate her own access link, and the answer is the same for an address we do not hold', async ({ page, visitorPage, request, baseURL }) => {
    test.setTimeout(120_000);
    const email = `support-${randomUUID().slice(0, 8)}@example.no`;
    const unknown = `nobody-${randomUUID().slice(0, 8)}@example.no`;
    await applyToAcme(visitorPage, `Kari Support ${randomUUID().slice(0, 4)}`, email);
    await signInStaff(page, baseURL!);
    const form = page.locator('#support-link');
    const send = async (address: string) => {
      await form.getByLabel('Kandidatens e-postadresse').fill(address);
      await form.getByLabel('Språk i e-posten').selectOption('en');
      await form.getByRole('button', { name: 'Send lenken' }).click();
      return (await form.getByRole('status').textContent())?.trim();
    };
    const forHer = await send(email);
    expect(forHer).toMatch(/^Har vi søknader fra den adressen, er lenken på vei dit\./);
    // Her link, in the language staff chose, to her own page; staff never see it.
    expect(await latestLink(request, email, 'candidate.portal-link')).toMatch(/^\/en\/privacy\/request\/open\//);
    await page.reload();
    expect(await send(unknown)).toBe(forHer);
    // The answer left before any lookup (after()); give the deferred work time, then: nothing went to the stranger.
    await page.waitForTimeout(2_000);
    const toUnknown = (await (await request.get(`/api/dev/outbox?to=${encodeURIComponent(unknown)}`)).json()) as { emails: unknown[] };
    expect(toUnknown.emails).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('from the employer’s list: reference, job and date only; the reason form works and errors stay on the field', async ({ page, visitorPage, baseURL }) => {
      test.setTimeout(120_000);
      const name = `Ola Utenskript ${randomUUID().slice(0, 4)}`;
      const reference = await applyToAcme(visitorPage, name);
      await signInStaff(page, baseURL!);
      await page.locator('tr[data-tenant="acme"]').getByRole('link', { name: 'Acme AS' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Søknader hos Acme AS');
      const row = page.locator(`tr[data-reference="${reference}"]`);
      await expect(row).toContainText('Backend-utvikler');
      await expect(page.getByText(name)).toHaveCount(0);
      await row.getByRole('link', { name: `Åpne ${reference}` }).click();

      const admin = new AdminPage(page);
      // The audit line outlives an erasure: no contact details in the reason.
      const withAddress = 'Kandidaten skrev fra kari@example.no og ba om hjelp.';
      await admin.open(withAddress);
      await expect(admin.reason()).toHaveAttribute('aria-invalid', 'true');
      await expect(admin.reason()).toHaveAccessibleDescription(/Ikke skriv e-postadresser i begrunnelsen\. Vis til saken i stedet\.$/);
      await expect(admin.reason()).toHaveValue(withAddress);
      await admin.open('          kort');
      await expect(admin.reason()).toHaveAccessibleDescription(/Skriv en begrunnelse på minst 10 tegn\.$/);
      await admin.open('Sak 991: kandidaten ba oss bekrefte at CV-en ble lastet opp.');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Søknad ${reference}`);
      await expect(page.getByText(name, { exact: true })).toBeVisible();
    });
  });
});
