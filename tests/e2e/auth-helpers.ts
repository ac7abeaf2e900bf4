import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { freshOrgNumber } from '../fixtures/org-numbers';
import { TeamPage } from './pages/team-page';

export const DEMO_PASSWORD = 'demo-password-123';
export const ANNA = 'anna@acme.test';
export const OLA = 'ola@acme.test';
export const ERIK = 'erik@fjord.test';
export const ADMIN = 'admin@seerecruit.test';

/** Sign in through the real form; `base` lets a test use the short-session server. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, base = '') {
  await page.goto(`${base}/login`);
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Passord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
}

export async function signInAndExpect(page: Page, email: string, path: RegExp, password = DEMO_PASSWORD, base = '') {
  await signIn(page, email, password, base);
  await expect(page).toHaveURL(path);
}

/** The link in the latest captured email of a template to a recipient (dev outbox JSON). */
export async function latestLink(request: APIRequestContext, to: string, template: string, base = ''): Promise<string> {
  let url: string | undefined;
  await expect
    .poll(async () => {
      const response = await request.get(`${base}/api/dev/outbox?to=${encodeURIComponent(to)}`);
      const body = (await response.json()) as { emails: Array<{ template: string; payload: { url?: string } }> };
      url = body.emails.find((e) => e.template === template)?.payload.url;
      return url;
    })
    .toBeTruthy();
  const parsed = new URL(url!);
  return parsed.pathname + parsed.search;
}

export const freshEmail = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
export const STRONG_PASSWORD = 'blåbær-sykkel-fjellet-19';
export const OTHER_STRONG_PASSWORD = 'Tr4ktor og kanel i mai';

/**
 * Anna (owner at Acme) invites a new person, who accepts and gets an account.
 * Uses its own browser context so the caller's sessions stay untouched.
 */
export async function newAcmeMember(page: Page, role: 'recruiter' | 'owner' = 'recruiter', base = ''): Promise<{ email: string; password: string; name: string }> {
  const email = freshEmail('new');
  const name = `Test Person ${email.slice(4, 12)}`;
  const context = await page.context().browser()!.newContext({ baseURL: base || test.info().project.use.baseURL });
  const owner = await context.newPage();
  await signInAndExpect(owner, ANNA, /\/dashboard\/acme$/, DEMO_PASSWORD, base);
  const team = new TeamPage(owner);
  await team.open(base);
  await team.invite(email, role);
  const link = await latestLink(owner.request, email, 'invitation', base);
  await context.close();

  await page.goto(`${base}${link}`);
  await page.getByLabel('Navn').fill(name);
  await page.getByLabel('Nytt passord').fill(STRONG_PASSWORD);
  await page.getByRole('button', { name: 'Godta invitasjonen' }).click();
  await expect(page).toHaveURL(/\/login\?.*reason=joined/);
  return { email, password: STRONG_PASSWORD, name };
}

/**
 * A new employer of its own, all the way through the UI: sign-up with a fresh organisation number, the emailed
 * link, confirm, sign in; ends on its dashboard. Tests that change a subscription use one, so the demo tenants
 * keep their plans.
 */
export async function signUpEmployer(page: Page, who: { email: string; slug: string; company: string; name: string }) {
  await page.goto('/signup');
  await page.getByLabel('Navn på virksomheten').fill(who.company);
  await page.getByLabel('Organisasjonsnummer').fill(freshOrgNumber());
  await page.getByLabel('Adresse').fill(who.slug);
  await page.getByLabel('Ditt navn').fill(who.name);
  await page.getByLabel('E-post').fill(who.email);
  await page.getByLabel('Passord', { exact: true }).fill(STRONG_PASSWORD);
  await page.getByRole('button', { name: 'Opprett konto' }).click();
  await expect(page.getByText('Sjekk innboksen din')).toBeVisible();
  await page.goto(await latestLink(page.request, who.email, 'signupVerify'));
  await page.getByRole('button', { name: 'Opprett kontoen' }).click();
  await expect(page).toHaveURL(/\/login\?.*reason=joined/);
  await page.getByLabel('E-post').fill(who.email);
  await page.getByLabel('Passord', { exact: true }).fill(STRONG_PASSWORD);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/${who.slug}$`));
}
