import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { freshEmail, latestLink } from './auth-helpers';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { pdf } from '../fixtures/documents';
import { applicant, ApplyPage, upload } from './pages/apply-page';
import { PortalPage } from './pages/portal-page';

type OutboxEmail = { template: string; recipient: string; payload: Record<string, unknown> };

/** Personprofilen's pages as the candidate sees them. */
class ProfilePage {
  constructor(readonly page: Page) {}

  progress() {
    return this.page.getByTestId('profile-progress');
  }

  /** On page `n`, answers every statement (or all but the first `skip`), cycling 1…5, and saves the page. */
  async answerPage(n: number, skip = 0) {
    await expect(this.progress()).toHaveText(`Side ${n} av 5`);
    const items = this.page.locator('fieldset[data-item]');
    const count = await items.count();
    expect(count).toBe(8);
    for (let i = skip; i < count; i++) await items.nth(i).locator(`input[value="${(i % 5) + 1}"]`).check();
    await this.page.getByRole('button', { name: /Lagre og gå videre|Lagre og se resultatet/ }).click();
  }
}

/** What she sees first (the viewport), and the whole page beside it. */
async function shot(page: Page, name: string, project: string) {
  await page.screenshot({ path: `test-results/profile-${name}-${project}.png` });
  await page.screenshot({ path: `test-results/profile-${name}-${project}-full.png`, fullPage: true });
}

test.describe('Personprofilen without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('she takes it across a break, sees and receives her result, and the employer sees it only while she shares it', async ({ visitorPage: page, annaPage, request }, testInfo) => {
    const email = freshEmail('profil');
    // A name of its own (letters only, as names are), to find her application in Acme's list.
    const name = `Kari ${email.slice(7, 13).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!).replace(/^./, (c) => c.toUpperCase())}`;
    const outbox = async () => ((await (await request.get(`/api/dev/outbox?to=${encodeURIComponent(email)}`)).json()) as { emails: OutboxEmail[] }).emails;
    const pathOf = (url: unknown) => {
      const parsed = new URL(String(url));
      return parsed.pathname + parsed.search;
    };
    const profile = new ProfilePage(page);

    await test.step('she applies; the receipt and the confirmation email invite her, and say skipping changes nothing', async () => {
      const form = new ApplyPage(page);
      await form.open('/careers/acme/backend-utvikler/apply');
      await form.fill(applicant(email, { fullName: name }), [upload('CV.pdf', pdf(`profile-${email}`))]);
      await form.submit();
      await form.expectReceipt();
      await expect(page.getByTestId('profile-invite')).toContainText('påvirker det ikke søknaden');
    });

    let link = '';
    await test.step('the email link opens page 1 with the introduction; two pages saved, one of them after a missing answer', async () => {
      await expect.poll(async () => (await outbox()).find((e) => e.template === 'application-received')?.payload.profileUrl).toBeTruthy();
      link = pathOf((await outbox()).find((e) => e.template === 'application-received')!.payload.profileUrl);
      expect(link).toMatch(/^\/personprofil\/acme\?ref=SR-[0-9A-Z-]+&sig=/);
      const response = await page.goto(link);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['cache-control']).toContain('no-store');
      expect(response?.headers()['content-security-policy']).toContain("'nonce-");
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
      expect(response?.headers()['set-cookie']).toBeUndefined();
      await expect(page.getByTestId('profile-intro')).toBeVisible();
      await expect(profile.progress()).toHaveText('Side 1 av 5');
      await shot(page, 'page1', testInfo.project.name);
      await profile.answerPage(1);
      // Two left open: told which, and the six she answered are still checked.
      await profile.answerPage(2, 2);
      await expect(page.getByRole('alert')).toContainText('2 påstander på denne siden mangler svar');
      await expect(page.locator('fieldset[aria-describedby]')).toHaveCount(2);
      await expect(page.locator('fieldset[data-item] input:checked')).toHaveCount(6);
      await shot(page, 'missing', testInfo.project.name);
      await profile.answerPage(2);
      await expect(profile.progress()).toHaveText('Side 3 av 5');
    });

    await test.step('she leaves; the same link from the email takes her back to page 3', async () => {
      await page.goto('about:blank');
      await page.goto(link);
      await expect(profile.progress()).toHaveText('Side 3 av 5');
      await expect(page.getByTestId('profile-intro')).toHaveCount(0);
    });

    // A second tab left open on page 1 before she finishes: its form must not change anything afterwards.
    const staleTab = await page.context().newPage();
    await staleTab.goto(`${link}&page=1`);
    await expect(staleTab.locator('fieldset[data-item]')).toHaveCount(8);

    await test.step('she finishes and sees her result: five positions on the 1–5 scale, no total, and the method note', async () => {
      for (let p = 3; p <= 5; p++) await profile.answerPage(p);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Resultatet ditt');
      await expect(page.getByTestId('profile-notice')).toContainText('Profilen er fullført');
      await expect(page.getByTestId('profile-results').locator('li[data-dimension]')).toHaveCount(5);
      await expect(page.getByTestId('score').first()).toHaveText(/^[1-5],\d av 5$/);
      await expect(page.getByTestId('profile-method')).toBeVisible();
      await expect(page.getByTestId('profile-sharing')).toHaveAttribute('data-shared', 'no');
      await shot(page, 'result', testInfo.project.name);
      await page.getByTestId('profile-sharing').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/profile-sharing-${testInfo.project.name}.png` });
      // Locked: an earlier page's address shows the result, not the form.
      await page.goto(`${link}&page=1`);
      await expect(page.locator('fieldset[data-item]')).toHaveCount(0);
    });

    await test.step('completed, the answers cannot be changed: the old tab’s page 1, sent with other answers, is refused and the result stays', async () => {
      const scores = await page.getByTestId('score').allTextContents();
      const items = staleTab.locator('fieldset[data-item]');
      for (let i = 0; i < 8; i++) await items.nth(i).locator('input[value="5"]').check();
      await staleTab.getByRole('button', { name: /Lagre og gå videre/ }).click();
      await expect(staleTab.getByTestId('profile-notice')).toContainText('svarene kan ikke endres lenger');
      expect(await staleTab.getByTestId('score').allTextContents()).toEqual(scores);
      await staleTab.close();
    });

    await test.step('the completion email carries her result and the link back', async () => {
      await expect.poll(async () => (await outbox()).some((e) => e.template === 'profile-completed')).toBe(true);
      const done = (await outbox()).find((e) => e.template === 'profile-completed')!;
      expect(Object.keys(done.payload.scores as object).sort()).toEqual(['collaboration', 'curiosity', 'drive', 'steadiness', 'structure']);
      expect(pathOf(done.payload.resultUrl)).toBe(link);
    });

    const openApplication = async () => {
      await annaPage.goto(`/dashboard/acme/applications?q=${encodeURIComponent(email)}`);
      await annaPage.getByRole('link', { name }).click();
      await expect(annaPage.getByRole('heading', { level: 1 })).toHaveText(name);
    };

    await test.step('not shared: Anna sees nothing of it, not even that it exists', async () => {
      await openApplication();
      await expect(annaPage.getByTestId('shared-profile')).toHaveCount(0);
      await expect(annaPage.locator('main')).not.toContainText(/[Pp]ersonprofil/);
    });

    await test.step('shared: Anna sees the five results with the disclaimer', async () => {
      await page.goto(link);
      await page.getByRole('button', { name: 'Del med Acme AS' }).click();
      await expect(page.getByTestId('profile-notice')).toContainText('Resultatet er delt med Acme AS');
      await expect(page.getByTestId('profile-sharing')).toHaveAttribute('data-shared', 'yes');
      await openApplication();
      const section = annaPage.getByTestId('shared-profile');
      await expect(section.locator('li[data-dimension]')).toHaveCount(5);
      await expect(section.getByTestId('profile-disclaimer')).toContainText('SeeRecruit');
      await section.scrollIntoViewIfNeeded();
      await annaPage.screenshot({ path: `test-results/profile-employer-${testInfo.project.name}.png` });
    });

    await test.step('withdrawn: gone for Anna again; both choices are listed for her', async () => {
      await page.goto(link);
      await page.getByRole('button', { name: 'Trekk tilbake delingen' }).click();
      await expect(page.getByTestId('profile-notice')).toContainText('Delingen er trukket tilbake');
      await expect(page.getByTestId('profile-sharing-history').locator('li')).toHaveCount(2);
      await openApplication();
      await expect(annaPage.getByTestId('shared-profile')).toHaveCount(0);
    });

    await test.step('her export from her own page holds every answer, the result and the sharing log', async () => {
      const portal = new PortalPage(page);
      await portal.request(email, { javaScript: false });
      await portal.open(await latestLink(request, email, 'candidate.portal-link'));
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Last ned alt (ZIP)' }).click();
      const zip = unzipSync(new Uint8Array(await readFile(await (await download).path())));
      const doc = JSON.parse(strFromU8(zip['seerecruit-data.json']!)) as { applications: { workStyleProfile: { answers: Record<string, number>; result: Record<string, number>; sharing: unknown[] } | null }[] };
      const held = doc.applications[0]!.workStyleProfile!;
      expect(Object.keys(held.answers)).toHaveLength(40);
      expect(Object.keys(held.result).sort()).toEqual(['collaboration', 'curiosity', 'drive', 'steadiness', 'structure']);
      expect(held.sharing).toHaveLength(2);
    });

    await test.step('erasing the application erases the profile: its link is the ordinary 404', async () => {
      await new PortalPage(page).withdraw('Backend-utvikler');
      expect((await page.goto(link))?.status()).toBe(404);
    });

    await test.step('a forged or foreign link is the ordinary 404', async () => {
      const forged = link.replace(/sig=([^&]+)/, (_m, s: string) => `sig=${s.slice(0, -1)}${s.endsWith('A') ? 'B' : 'A'}`);
      expect((await page.goto(forged))?.status()).toBe(404);
      expect((await page.goto(link.replace('/personprofil/acme', '/personprofil/fjord')))?.status()).toBe(404);
    });
  });
});

test('with JavaScript, in English: the pages hydrate under the nonce with zero CSP violations, and finishing leads to the result', async ({ visitorPage: page, request }) => {
  const email = freshEmail('profile-js');
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const form = new ApplyPage(page);
  await form.open('/en/careers/acme/backend-utvikler/apply');
  await form.fill(applicant(email, { fullName: 'Kari English' }), [upload('CV.pdf', pdf(`profile-${email}`))]);
  await form.submit();
  await form.expectReceipt();
  await page.getByRole('link', { name: 'Start the work-style profile' }).click();
  await expect(page).toHaveURL(/\/en\/profile\/acme\?ref=/);
  await expectNoAxeViolations(page);
  for (let p = 1; p <= 5; p++) {
    await expect(page.getByTestId('profile-progress')).toHaveText(`Page ${p} of 5`);
    const items = page.locator('fieldset[data-item]');
    for (let i = 0; i < 8; i++) await items.nth(i).locator(`input[value="${((i + p) % 5) + 1}"]`).check();
    await page.getByRole('button', { name: /Save and continue|Save and see your result/ }).click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your result');
  await expect(page.getByTestId('profile-results').locator('li[data-dimension]')).toHaveCount(5);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Keep it to myself' }).click();
  await expect(page.getByTestId('profile-notice')).toContainText('the result stays with you');
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  const emails = ((await (await request.get(`/api/dev/outbox?to=${encodeURIComponent(email)}`)).json()) as { emails: OutboxEmail[] }).emails;
  expect(emails.find((e) => e.template === 'profile-completed')?.payload.resultUrl).toMatch(/\/en\/profile\/acme\?ref=/);
});
