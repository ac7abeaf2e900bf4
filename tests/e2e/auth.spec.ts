import { expect, test } from '@playwright/test';
import { ADMIN, ANNA, DEMO_PASSWORD, ERIK, freshEmail, OLA, signIn, signInAndExpect } from './auth-helpers';
import { expectNoAxeViolations } from './axe';

test.describe('employers sign in and out with their own accounts', () => {
  for (const [email, home] of [
    [ANNA, /\/dashboard\/acme$/],
    [OLA, /\/dashboard\/acme$/],
    [ERIK, /\/dashboard\/fjord$/],
  ] as const) {
    test(`${email} signs in, lands in their own employer area, and signs out`, async ({ page, context }) => {
      await signInAndExpect(page, email, home);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const session = (await context.cookies()).find((c) => c.name.endsWith('authjs.session-token'));
      expect(session?.httpOnly).toBe(true);
      expect(session?.sameSite).toBe('Lax');
      // The site header is the same cached HTML for everyone: its "Logg inn" goes to the dashboard, which lets
      // someone signed in straight in (and sends anyone else to sign in).
      await page.goto('/om');
      await expect(page.locator('header').getByRole('link', { name: 'Logg inn' })).toHaveAttribute('href', '/dashboard');
      await page.locator('header').getByRole('link', { name: 'Logg inn' }).click();
      await expect(page).toHaveURL(home);

      await page.getByRole('button', { name: 'Logg ut' }).click();
      await expect(page).toHaveURL(/\/login\?reason=signedOut/);
      await expect(page.getByText('Du er logget ut.')).toBeVisible();
      await expect(page.locator('header').getByRole('link', { name: 'Logg inn' })).toHaveAttribute('href', '/dashboard');
      await page.goto('/dashboard/acme');
      await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard%2Facme$/);
    });
  }

  test('L5: a session cookie copied before sign-out is refused after it; the browser keeps a known-device cookie that names nobody', async ({ page, context, browser, baseURL }) => {
    await signInAndExpect(page, ERIK, /\/dashboard\/fjord$/);
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name.endsWith('authjs.session-token'))!;
    const device = cookies.find((c) => c.name === 'sr_device');
    expect(device).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/login' });
    expect(device!.value).not.toContain('erik');
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await expect(page).toHaveURL(/\/login\?reason=signedOut/);
    // The copy, replayed from another browser.
    const thief = await browser.newContext({ baseURL });
    await thief.addCookies([session]);
    const stolen = await thief.newPage();
    await stolen.goto('/dashboard/fjord');
    await expect(stolen).toHaveURL(/\/login/);
    await thief.close();
  });

  test('platform staff must enrol a second factor before reaching anything', async ({ page }) => {
    await signInAndExpect(page, ADMIN, /\/dashboard\/account\/security$/);
    await expect(page.getByText('Som ansatt i SeeRecruit må du slå på totrinnsbekreftelse')).toBeVisible();
    await page.goto('/dashboard');
    await expect(page).toHaveURL(/\/dashboard\/account\/security$/);
  });

  test('unknown email and wrong password get the same message', async ({ page }) => {
    await signIn(page, ANNA, 'wrong-password-123');
    const wrongPassword = await page.locator('#login-error').textContent();
    await signIn(page, freshEmail('nobody'), 'wrong-password-123');
    const unknownEmail = await page.locator('#login-error').textContent();
    expect(wrongPassword).toBe('E-post eller passord stemmer ikke. Prøv igjen.');
    expect(unknownEmail).toBe(wrongPassword);
    await expect(page.getByLabel('E-post')).toHaveAttribute('aria-describedby', /login-error/);
  });

  test('repeated failures for one account lead to a wait, not a lockout message that reveals anything', async ({ page }) => {
    const email = freshEmail('throttle');
    for (let i = 0; i < 5; i++) {
      await signIn(page, email, `wrong-password-${i}`);
      await expect(page.locator('#login-error')).toHaveText('E-post eller passord stemmer ikke. Prøv igjen.');
    }
    await signIn(page, email, 'wrong-password-6');
    await expect(page.locator('#login-error')).toContainText('For mange forsøk. Vent');
  });

  test('the sign-in form keeps callbackUrl and ignores one pointing elsewhere', async ({ page }) => {
    await page.goto('/en/dashboard/acme/team');
    await expect(page).toHaveURL(/\/en\/login\?callbackUrl=%2Fen%2Fdashboard%2Facme%2Fteam$/);
    await page.getByLabel('Email').fill(ANNA);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/en\/dashboard\/acme\/team$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeVisible();

    await page.context().clearCookies();
    await page.goto('/login?callbackUrl=%2F%2Fevil.example%2Fsteal');
    await page.getByLabel('E-post').fill(ANNA);
    await page.getByLabel('Passord', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/dashboard\/acme$/);
  });

  test('signing in works with JavaScript turned off', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await signInAndExpect(page, ERIK, /\/dashboard\/fjord$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Fjord Consulting AS' })).toBeVisible();
    await signIn(page, ERIK, 'not-the-password');
    await expect(page.locator('#login-error')).toHaveText('E-post eller passord stemmer ikke. Prøv igjen.');
    await context.close();
  });

  test('public pages still set no cookies, and the login page sets none for visitors', async ({ page, context }) => {
    const response = await page.goto('/login');
    expect(response?.headers()['set-cookie']).toBeUndefined();
    await page.goto('/');
    expect(await context.cookies()).toEqual([]);
  });

  test('sign-in, sign-up, dashboard, team and security pages have no axe violations', async ({ page }) => {
    await page.goto('/login?reason=idle');
    await expectNoAxeViolations(page);
    await page.goto('/login/forgot');
    await expectNoAxeViolations(page);
    await page.goto('/en/signup');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByText('Please fill in this field.').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await signInAndExpect(page, ANNA, /\/dashboard\/acme$/);
    await expectNoAxeViolations(page);
    for (const path of ['/dashboard/acme/team', '/dashboard/acme/audit', '/dashboard/account/security', '/en/dashboard/acme/team']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
});
