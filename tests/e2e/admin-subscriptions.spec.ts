import { randomUUID } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { AdminSubscriptionsPage, comparable, signInStaff } from './pages/admin-page';

/**
 * The staff console's subscriptions (issue 15, part 6): staff with a second factor search employers by
 * organisation number, name or slug, see plan, status, end and usage (counts, never people), and extend a
 * subscription with a reason that the employer then reads in their own history as a staff adjustment. Everyone
 * else gets the ordinary 404 on every /admin page and nothing from its actions.
 */

const FJORD = { slug: 'fjord', name: 'Fjord Consulting AS', orgNumber: '200000005' };
// Fjord's demo candidates (lib/dev/demo-data.ts): none of this may reach the console.
const FJORD_CANDIDATES = ['Per Olsen', 'Aisha Khan', 'Sindre Berg', 'per.olsen@example.no', 'aisha.khan@example.com', 'digitaliseringsprosjekter'];
const NO_ID = '00000000-0000-4000-8000-000000000000';

/** Every /admin page, with ids filled in: a page added under app/[locale]/admin that is not here fails the coverage test. */
const ADMIN_PAGES: Record<string, string> = {
  'app/[locale]/admin/page.tsx': '/admin',
  'app/[locale]/admin/tenants/[tenantId]/page.tsx': `/admin/tenants/${NO_ID}`,
  'app/[locale]/admin/applications/[tenantId]/[applicationId]/page.tsx': `/admin/applications/${NO_ID}/${NO_ID}`,
  'app/[locale]/admin/subscriptions/page.tsx': '/admin/subscriptions?q=200000005',
  'app/[locale]/admin/subscriptions/[tenantId]/page.tsx': `/admin/subscriptions/${NO_ID}`,
};
/** The console's own actions, with the page they are used on. */
const ADMIN_ACTIONS = ['staffExtendAction', 'staffChangePlanAction'] as const;

function pagesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return pagesUnder(full);
    return entry === 'page.tsx' ? [full.split(path.sep).join('/')] : [];
  });
}

const today = () => new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(new Date());

async function fjordTenantId(page: Page): Promise<string> {
  const href = await new AdminSubscriptionsPage(page).row(FJORD.slug).getByRole('link', { name: FJORD.name }).getAttribute('href');
  return /\/admin\/subscriptions\/([0-9a-f-]{36})$/.exec(href!)![1]!;
}

/** A staff action posted the way React posts a form (as admin.spec and tenant-matrix.spec do). */
function postAction(page: Page, baseURL: string, via: string, name: string, fields: Record<string, string>) {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as { node: Record<string, { filename: string; exportedName: string }> };
  const id = Object.entries(manifest.node).find(([, v]) => v.filename === 'app/[locale]/admin/actions.ts' && v.exportedName === name)?.[0];
  expect(id, name).toBeTruthy();
  const multipart = new FormData();
  for (const [k, v] of Object.entries(fields)) multipart.append(`_1_${k}`, v);
  multipart.append('0', '[{"status":"idle"},"$K1"]');
  return page.request.post(via, { headers: { 'Next-Action': id!, Origin: baseURL, Accept: 'text/x-component' }, multipart, maxRedirects: 0 });
}

test.describe('the subscriptions console for everyone but staff', () => {
  test('every /admin page is on the list below', () => {
    expect(pagesUnder('app/[locale]/admin').sort()).toEqual(Object.keys(ADMIN_PAGES).sort());
  });

  test('a visitor, owners, a recruiter and the other employer get exactly the 404 of a missing page on every /admin page, nb and en', async ({ visitorPage, annaPage, olaPage, erikPage }) => {
    test.setTimeout(120_000);
    for (const [who, page] of [['visitor', visitorPage], ['Anna', annaPage], ['Ola', olaPage], ['Erik', erikPage]] as const) {
      for (const locale of ['', '/en']) {
        const missing = await page.request.get(`${locale}/finnes-ikke-${randomUUID().slice(0, 8)}`, { maxRedirects: 0 });
        expect(missing.status()).toBe(404);
        const expected = await comparable(missing);
        for (const adminPath of Object.values(ADMIN_PAGES)) {
          const response = await page.request.get(`${locale}${adminPath}`, { maxRedirects: 0 });
          expect(response.status(), `${who} ${locale}${adminPath}`).toBe(404);
          expect(await comparable(response), `${who} ${locale}${adminPath}`).toBe(expected);
        }
      }
    }
  });

  test('the extend and plan actions posted by Erik for his own employer do nothing', async ({ erikPage, page, baseURL }) => {
    await signInStaff(page, baseURL!);
    await page.goto(`/admin/subscriptions?q=${FJORD.slug}`);
    const tenantId = await fjordTenantId(page);
    await erikPage.goto('/dashboard/fjord/subscription');
    const before = await erikPage.getByTestId('subscription-history').locator('li').count();
    const reason = 'Erik prøver å forlenge sitt eget abonnement.';
    for (const name of ADMIN_ACTIONS) {
      const fields = { tenantId, days: '365', until: '', plan: 'enterprise', reason };
      const atItsPage = await postAction(erikPage, baseURL!, `/admin/subscriptions/${tenantId}`, name, fields);
      expect(atItsPage.status(), name).toBe(404);
      // Through his own dashboard the edge lets him in, but the action is known only on the admin page (409); were it
      // ever reachable, the action's staff check (lib/admin/staff-action) and lib/subscriptions/staff would refuse.
      const elsewhere = await postAction(erikPage, baseURL!, '/dashboard/fjord', name, fields);
      expect(elsewhere.status(), name).toBe(409);
    }
    await erikPage.reload();
    await expect(erikPage.getByTestId('subscription-history').locator('li')).toHaveCount(before);
    await expect(erikPage.getByText(reason)).toHaveCount(0);
  });
});

test.describe('staff adjust a subscription with a reason, and the employer sees it', () => {
  test('search by organisation number, extend by days with a reason, and Erik’s subscription page shows the staff adjustment', async ({ page, erikPage, baseURL }, testInfo) => {
    test.setTimeout(120_000);
    await signInStaff(page, baseURL!);
    const console = new AdminSubscriptionsPage(page);

    await test.step('the console is in the admin menu and lists employers with plan, status, end and usage', async () => {
      await page.getByRole('navigation', { name: 'Administrasjon' }).getByRole('link', { name: 'Abonnementer' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Abonnementer' })).toBeVisible();
      // The first page holds whoever sorts first (on PostgreSQL the integration tests' employers share the
      // database), so the demo employers are looked up by name.
      await expect(page.locator('tbody tr').first()).toBeVisible();
      await console.search('100000008'); // Acme's organisation number: unique, where its name may not be
      await expect(console.row('acme')).toContainText('Team');
    });

    await test.step('the organisation number, typed with spaces, finds exactly Fjord, with counts and no people', async () => {
      await console.search('200 000 005');
      await expect(page).toHaveURL(/\/admin\/subscriptions\?q=200\+000\+005$/);
      await expect(page.getByRole('heading', { level: 2 })).toHaveText('1 arbeidsgiver for «200 000 005»');
      await expect(page.locator('tbody tr')).toHaveCount(1);
      const row = console.row(FJORD.slug);
      await expect(row).toContainText('200 000 005');
      await expect(row).toContainText('Prøveperiode');
      await expect(row.getByTestId('jobs')).toHaveText(/\d+ av 5$/);
      await expect(row.getByTestId('members')).toHaveText(/\d+ av 3$/);
      for (const text of FJORD_CANDIDATES) await expect(page.getByText(text)).toHaveCount(0);
      await expectNoAxeViolations(page);
      await page.screenshot({ path: testInfo.outputPath(`admin-subscriptions-search-${testInfo.project.name}.png`), fullPage: true });
    });

    await console.row(FJORD.slug).getByRole('link', { name: FJORD.name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Abonnementet til ${FJORD.name}`);
    const endBefore = await page.getByTestId('period').textContent();

    await test.step('the tenant page shows the subscription and history, and nothing about candidates', async () => {
      await expect(page.getByTestId('subscription-history').locator('li').last()).toHaveAttribute('data-kind', 'created');
      const body = await page.locator('#main').innerText();
      for (const text of FJORD_CANDIDATES) expect(body).not.toContain(text);
      await expectNoAxeViolations(page);
    });

    await test.step('a reason that is too short is refused on its field, with what was typed kept', async () => {
      await console.extend({ days: '14', reason: '        Kort' });
      await expect(console.reason()).toHaveAttribute('aria-invalid', 'true');
      await expect(console.reason()).toHaveAccessibleDescription(/Skriv en begrunnelse på minst 10 tegn\.$/);
      await expect(console.reason()).toHaveValue('        Kort');
      await expect(console.extendForm().getByLabel('Med et antall dager')).toHaveValue('14');
    });

    await test.step('days and a date together are refused on the days field', async () => {
      await console.extend({ days: '14', until: '2030-01-15', reason: 'Avtalt med eieren på telefon (sak 8080).' });
      await expect(console.extendForm().getByLabel('Med et antall dager')).toHaveAccessibleDescription(/Fyll inn enten et antall dager eller en dato, ikke begge\.$/);
    });

    const reason = `Avtalt med eieren på telefon, to uker ekstra (sak ${randomUUID().slice(0, 6)}).`;
    await test.step('a real reason extends it: the notice, the new end, and the adjustment on top of the history', async () => {
      await console.extend({ days: '14', reason });
      await expect(page.getByRole('status')).toContainText('Forlenget.');
      await expect(page).toHaveURL(/\?adjusted=extend$/);
      await expect(page.getByTestId('period')).not.toHaveText(endBefore ?? '');
      const latest = page.getByTestId('subscription-history').locator('li').first();
      await expect(latest).toHaveAttribute('data-kind', 'staff_adjustment');
      await expect(latest).toContainText(`Begrunnelse: ${reason}`);
      await expectNoAxeViolations(page);
      await page.screenshot({ path: testInfo.outputPath(`admin-subscription-tenant-${testInfo.project.name}.png`), fullPage: true });
    });

    await test.step('Erik sees it on his subscription page: adjusted by SeeRecruit support, today, with the reason', async () => {
      await erikPage.goto('/dashboard/fjord/subscription');
      const latest = erikPage.getByTestId('subscription-history').locator('li').first();
      await expect(latest).toHaveAttribute('data-kind', 'staff_adjustment');
      await expect(latest).toContainText('Justert av SeeRecruit');
      await expect(latest.getByTestId('history-actor')).toHaveText('SeeRecruit kundeservice');
      await expect(latest.locator('time')).toContainText(today());
      await expect(latest).toContainText(/Før: Prøveperiode, til .+/);
      await expect(latest).toContainText(`Begrunnelse: ${reason}`);
      // Staff are SeeRecruit to the employer, never a name.
      await expect(latest).not.toContainText('Siri Support');
      await erikPage.goto('/dashboard/fjord/audit');
      await expect(erikPage.getByText('SeeRecruit-ansatt justerte abonnementet').first()).toBeVisible();
    });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('search by name, extend to a date; a date before the current end is refused on its field', async ({ page, baseURL }, testInfo) => {
      test.setTimeout(120_000);
      await signInStaff(page, baseURL!);
      await page.goto('/admin/subscriptions');
      const console = new AdminSubscriptionsPage(page);
      await console.search('fjord cons');
      await expect(page.locator('tbody tr')).toHaveCount(1);
      await console.row(FJORD.slug).getByRole('link', { name: FJORD.name }).click();

      await console.extend({ until: '2020-01-01', reason: 'Sak 7001: avtalt forlengelse med eieren.' });
      await expect(console.extendForm().getByLabel('Eller til en dato')).toHaveAccessibleDescription(/Velg en dato etter at abonnementet slutter nå\.$/);
      await expect(console.reason()).toHaveValue('Sak 7001: avtalt forlengelse med eieren.');

      // Past the other tests' extensions of 14 days (the second project also past the first's date), within 730 days.
      const until = new Date(Date.now() + (testInfo.project.name === 'mobile' ? 600 : 650) * 86_400_000).toISOString().slice(0, 10);
      const reason = `Sak 7001: avtalt forlengelse med eieren (${randomUUID().slice(0, 6)}).`;
      await console.extend({ until, reason });
      await expect(page.getByRole('status')).toContainText('Forlenget.');
      const formatted = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(new Date(`${until}T12:00:00Z`));
      await expect(page.getByTestId('period')).toContainText(`til ${formatted}`);
      await expect(page.getByTestId('subscription-history').locator('li').first()).toContainText(`Begrunnelse: ${reason}`);
    });
  });
});
