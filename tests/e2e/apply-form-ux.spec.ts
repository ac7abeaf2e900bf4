import { expect, test, type Locator, type Page } from '@playwright/test';
import { exe, pdf } from '../fixtures/documents';
import { applicant, ApplyPage, upload } from './pages/apply-page';

const top = async (locator: Locator) => (await locator.boundingBox())!.y;

/** Presses the pointer on the middle of `target` and holds it, as a finger does before lifting. */
async function pressOn(page: Page, target: Locator) {
  const box = (await target.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
}

/** The error is on screen and wraps inside the page: nothing scrolls sideways. */
async function expectReadable(page: Page, error: Locator) {
  await expect(error).toBeInViewport();
  const box = (await error.boundingBox())!;
  const width = page.viewportSize()!.width;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

test.describe('with JavaScript', () => {
  test('an error shown on leaving the email field does not move the field the candidate taps next, nor those below it', async ({ page }) => {
    const form = new ApplyPage(page);
    await form.open();
    await form.field('email').fill('kari.example.no');
    const before = { phone: await top(form.field('phone')), letter: await top(form.field('coverLetter')) };

    await pressOn(page, form.field('phone'));
    await form.expectError('email', 'Skriv e-postadressen slik: navn@eksempel.no.');
    expect(Math.abs((await top(form.field('phone'))) - before.phone)).toBeLessThanOrEqual(2);
    expect(Math.abs((await top(form.field('coverLetter'))) - before.letter)).toBeLessThanOrEqual(2);
    await page.mouse.up();
    await expect(form.field('phone')).toBeFocused();
    await expectReadable(page, page.locator('#email-error'));
  });

  test('the long refusal of a fødselsnummer (English) does not move the consent box a candidate is pressing: the tap ticks it', async ({ page }) => {
    const form = new ApplyPage(page);
    await form.open('/en/careers/fjord/data-engineer/apply');
    await form.field('coverLetter').fill('My national ID number is 01019012391');
    // The consent label takes no focus: focus goes to <body>, so the press itself says where the candidate aims.
    const label = page.locator('label[for="consent"]');
    await label.scrollIntoViewIfNeeded();
    const before = await top(label);

    await pressOn(page, label);
    await form.expectError('coverLetter', 'We do not accept national ID numbers', { contains: true });
    // Several lines of text at 390 px, yet the label stays where the finger is.
    expect((await page.locator('#coverLetter-error').boundingBox())!.height).toBeGreaterThan(60);
    expect(Math.abs((await top(label)) - before)).toBeLessThanOrEqual(2);
    await page.mouse.up();
    await expect(form.field('consent')).toBeChecked();
    await expectReadable(page, page.locator('#coverLetter-error'));
  });

  test('after the server refuses a send, typing does not change the error summary or move the fields', async ({ page }) => {
    const form = new ApplyPage(page);
    await form.open();
    // Only the server reads the file's bytes: the summary comes from its answer.
    await form.fill(applicant('summary@example.no'), [upload('cv.pdf', exe())]);
    await form.submit();
    const summary = page.getByRole('alert').filter({ hasText: 'Søknaden ble ikke sendt' });
    await expect(summary).toContainText('«cv.pdf» er ikke PDF, DOCX eller ODT');
    const text = await summary.textContent();
    const height = (await summary.boundingBox())!.height;
    const before = await top(form.field('birthDate'));

    await form.field('fullName').pressSequentially(' Hansen');
    await form.field('fullName').press('Tab');
    expect(await summary.textContent()).toBe(text);
    expect((await summary.boundingBox())!.height).toBe(height);
    expect(Math.abs((await top(form.field('birthDate'))) - before)).toBeLessThanOrEqual(2);
  });

  test('after Send the receipt has its own title and its heading has focus, so a screen reader says it went through', async ({ page }, info) => {
    const form = new ApplyPage(page);
    await form.open();
    await expect(page).toHaveTitle(/^Søk: Backend-utvikler/);
    await form.fill(applicant(`receipt-${info.project.name}-${Date.now()}@example.no`), [upload('CV.pdf', pdf())]);
    await form.submit();
    await form.expectReceipt();
    await expect(page).toHaveTitle(/^Takk! Søknaden er sendt · /);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the receipt has its own title', async ({ page }, info) => {
    const form = new ApplyPage(page);
    await form.open('/en/careers/fjord/data-engineer/apply');
    await form.fill(applicant(`receipt-nojs-${info.project.name}-${Date.now()}@example.no`), [upload('CV.pdf', pdf())]);
    await form.submit();
    await form.expectReceipt();
    await expect(page).toHaveTitle(/^Thank you! Your application is sent · /);
  });
});
