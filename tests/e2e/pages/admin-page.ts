import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type APIResponse, type Page } from '@playwright/test';
import { generate } from 'otplib';
import { DEMO_PASSWORD, signIn } from '../auth-helpers';

/** The demo staff member the admin tests enrol (lib/dev/demo-data.ts); admin@ stays un-enrolled for auth.spec. */
export const SUPPORT_STAFF = { email: 'support@seerecruit.test', name: 'Siri Support' };

/**
 * The TOTP secret of the support staff member, kept beside the e2e database for
 * as long as that database lives: the first test to sign in enrols and writes it
 * (a fresh database), later ones (the other project, a reused server) read it.
 * The last step spent is kept too, since a code works only once.
 */
function secretFile(baseURL: string) {
  return path.resolve('.data', `e2e-staff-totp-${new URL(baseURL).port}.json`);
}

async function nextCode(file: string): Promise<string> {
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { secret: string; lastStep: number };
  const now = Math.floor(Date.now() / 1000);
  // Never a step already used; a phone a little ahead shows the next one, so one step ahead is accepted.
  let step = Math.max(Math.floor(now / 30), saved.lastStep + 1);
  if (step > Math.floor(now / 30) + 1) {
    await new Promise((resolve) => setTimeout(resolve, (step - 1) * 30_000 - now * 1000 + 500));
    step = Math.max(Math.floor(Date.now() / 30_000), saved.lastStep + 1);
  }
  writeFileSync(file, JSON.stringify({ ...saved, lastStep: step }));
  return generate({ secret: saved.secret, epoch: step * 30 });
}

/** Sign the support staff member in with password and code, enrolling the second factor first on a fresh database. */
export async function signInStaff(page: Page, baseURL: string) {
  const file = secretFile(baseURL);
  await signIn(page, SUPPORT_STAFF.email);
  const code = page.getByLabel('Kode');
  await expect(page.getByText('Som ansatt i SeeRecruit må du slå på totrinnsbekreftelse').or(code)).toBeVisible();
  if (await code.isVisible()) {
    expect(existsSync(file), 'the staff member has a second factor, but its secret was not kept').toBe(true);
    await code.fill(await nextCode(file));
    await page.getByRole('button', { name: 'Bekreft' }).click();
  } else {
    // Staff without a second factor are sent to enrol it, and never reach /admin.
    await expect(page).toHaveURL(/\/dashboard\/account\/security$/);
    await page.goto('/admin');
    await expect(page).toHaveURL(/\/dashboard\/account\/security$/);
    await page.getByRole('button', { name: 'Slå på totrinnsbekreftelse' }).click();
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ secret, lastStep: 0 }));
    const mfa = page.locator('section', { has: page.getByRole('heading', { name: 'Totrinnsbekreftelse' }) });
    await mfa.getByLabel('Kode').fill(await nextCode(file));
    await mfa.getByLabel('Nåværende passord').fill(DEMO_PASSWORD);
    await mfa.getByRole('button', { name: 'Bekreft og slå på' }).click();
    await expect(page.getByText('Totrinnsbekreftelse er slått på.')).toBeVisible();
    await page.goto('/dashboard');
  }
  // No employer of their own: /dashboard (or the sign-in's landing) is /admin.
  await expect(page).toHaveURL(/\/admin$/);
}

/**
 * What makes two 404 pages the same page: the body with the per-request CSP
 * nonce taken out, and the one place the router payload names the path it
 * rendered (the catch-all's key and the path segments: the missing path's own
 * name there, `__not-found` for a 404 the edge gate chose, as for a foreign tenant).
 */
export async function comparable(response: APIResponse): Promise<string> {
  return (await response.text())
    .replace(/nonce="[^"]*"/g, 'nonce=""')
    .replace(/\\"nonce\\":\\"[^\\"]*\\"/g, 'NONCE')
    .replace(/(\\"n\\":\\"rest\\",\\"t\\":\\"c\\",\\"k\\":\\")[^\\"]*/g, '$1KEY')
    .replace(/(\\"c\\":\[)[^\]]*\]/g, '$1PATH]');
}

/** /admin's pages as a staff member uses them. */
export class AdminPage {
  constructor(readonly page: Page) {}

  async findReference(reference: string) {
    await this.page.goto('/admin');
    await this.page.getByLabel('Referanse', { exact: true }).fill(reference);
    await this.page.getByRole('button', { name: 'Finn søknaden' }).click();
  }

  reason() {
    return this.page.getByLabel('Begrunnelse');
  }

  async open(reason: string) {
    await this.reason().fill(reason);
    await this.page.getByRole('button', { name: 'Åpne søknaden' }).click();
  }
}

/** /admin/subscriptions as a staff member uses it: search, open an employer, adjust with a reason. */
export class AdminSubscriptionsPage {
  constructor(readonly page: Page) {}

  async search(query: string) {
    await this.page.getByRole('search').getByLabel('Søk', { exact: true }).fill(query);
    await this.page.getByRole('search').getByRole('button', { name: 'Søk' }).click();
  }

  row(slug: string) {
    return this.page.locator(`tr[data-tenant="${slug}"]`);
  }

  extendForm() {
    return this.page.locator('form#staff-extend');
  }

  reason() {
    return this.extendForm().getByLabel('Begrunnelse (arbeidsgiveren ser den)');
  }

  async extend(fields: { days?: string; until?: string; reason: string }) {
    const form = this.extendForm();
    await form.getByLabel('Med et antall dager').fill(fields.days ?? '');
    await form.getByLabel('Eller til en dato').fill(fields.until ?? '');
    await this.reason().fill(fields.reason);
    await form.getByRole('button', { name: 'Forleng' }).click();
  }
}
