import { expect, test, type Page } from '@playwright/test';
import { pdf } from '../fixtures/documents';
import { ANNA, freshEmail, latestLink, signInAndExpect } from './auth-helpers';
import { applicant, ApplyPage, upload } from './pages/apply-page';
import { PortalPage } from './pages/portal-page';

const isDeletion = (line: string) => /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(line);

/** Every cookie any response sets (with its attributes) for as long as the page lives; deletions are not cookies set. */
function collectSetCookies(page: Page): Map<string, string> {
  const seen = new Map<string, string>();
  page.on('response', async (response) => {
    for (const header of await response.headersArray()) {
      if (header.name.toLowerCase() !== 'set-cookie') continue;
      for (const line of header.value.split('\n')) {
        const name = line.split('=')[0]!.trim();
        if (name && !isDeletion(line)) seen.set(name, line);
      }
    }
  });
  return seen;
}

/** The cookie names the privacy page lists in its table (the first <code> of each row's first cell). */
async function namesInTable(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  return page.locator('table:has(caption:text-matches("informasjonskapsler|cookies", "i")) tbody tr td:first-child code:first-of-type').allTextContents();
}

test.describe('the privacy page’s cookie table is the truth', () => {
  test('cookies set while visiting, applying, using the candidate portal, signing in, using the dashboard and signing out are exactly the ones listed', async ({ page, request }) => {
    const set = collectSetCookies(page);
    const email = freshEmail('cookie');

    await test.step('visiting, applying and asking for the portal link set none', async () => {
      for (const path of ['/', '/om', '/personvern', '/careers/acme', '/careers/acme/backend-utvikler', '/en/privacy']) await page.goto(path);
      const form = new ApplyPage(page);
      await form.open();
      await form.fill(applicant(email), [upload('cv.pdf', pdf())]);
      await form.submit();
      await form.expectReceipt();
      await new PortalPage(page).request(email);
      expect([...set.keys()]).toEqual([]);
    });

    await test.step('opening her page sets the portal cookie, for 30 minutes at most', async () => {
      await new PortalPage(page).open(await latestLink(request, email, 'candidate.portal-link'));
      expect([...set.keys()]).toEqual(['sr_portal']);
      expect(set.get('sr_portal')).toMatch(/Path=\/;/i);
      expect(Number(/Max-Age=(\d+)/i.exec(set.get('sr_portal')!)?.[1])).toBeLessThanOrEqual(1800);
    });

    await test.step('signing in, the dashboard and signing out', async () => {
      await signInAndExpect(page, ANNA, /\/dashboard\/acme$/);
      for (const path of ['/dashboard/acme/jobs', '/dashboard/acme/applications', '/dashboard/account/security']) await page.goto(path);
      await page.getByRole('button', { name: 'Logg ut' }).first().click();
      await expect(page).toHaveURL(/\/login\?reason=signedOut/);
    });

    const listed = { nb: await namesInTable(page, '/personvern'), en: await namesInTable(page, '/en/privacy') };
    expect(listed.nb.length).toBeGreaterThan(0);
    expect(listed.en).toEqual(listed.nb);
    // Every cookie we set is in the table, and the table names no cookie we never set.
    expect([...set.keys()].sort()).toEqual([...listed.nb].sort());
    for (const [name, line] of set) {
      expect(line, name).toMatch(/HttpOnly/i);
      expect(line, name).toMatch(/SameSite=Lax/i);
    }
  });
});
