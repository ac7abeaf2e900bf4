import { expect, test } from '@playwright/test';
import { generate } from 'otplib';
import { ANNA, freshEmail, latestLink, newAcmeMember, OTHER_STRONG_PASSWORD, signIn, signInAndExpect, STRONG_PASSWORD } from './auth-helpers';

test.describe('accounts: invitations, revocation, password reset and a second factor', () => {
  test.describe.configure({ timeout: 120_000 });

  test('an invited colleague accepts, gets an account and lands in the employer area', async ({ page }) => {
    const person = await newAcmeMember(page);
    await page.getByLabel('E-post').fill(person.email);
    await page.getByLabel('Passord', { exact: true }).fill(person.password);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await expect(page).toHaveURL(/\/dashboard\/acme$/);
    await expect(page.getByText('Din rolle: Rekrutterer')).toBeVisible();
  });

  test('changing the password ends the other session at its next click, this one carries on', async ({ page, browser, baseURL }) => {
    const person = await newAcmeMember(page);
    await signInAndExpect(page, person.email, /\/dashboard\/acme$/, person.password);
    const other = await browser.newContext({ baseURL });
    const second = await other.newPage();
    await signInAndExpect(second, person.email, /\/dashboard\/acme$/, person.password);

    await page.goto('/dashboard/account/security');
    await page.getByLabel('Nåværende passord').fill(person.password);
    await page.getByLabel('Nytt passord').fill(OTHER_STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Bytt passord' }).click();
    await expect(page.getByText('Passordet er byttet.')).toBeVisible();

    await second.reload();
    await expect(second).toHaveURL(/\/login\?.*reason=revoked/);
    await page.goto('/dashboard/acme');
    await expect(page).toHaveURL(/\/dashboard\/acme$/);
    await other.close();
  });

  test('removing a member ends their access at their next click; the last owner cannot be removed', async ({ page, browser, baseURL }) => {
    const person = await newAcmeMember(page);
    await signInAndExpect(page, person.email, /\/dashboard\/acme$/, person.password);

    const ownerContext = await browser.newContext({ baseURL });
    const owner = await ownerContext.newPage();
    await signInAndExpect(owner, ANNA, /\/dashboard\/acme$/);
    await owner.goto('/dashboard/acme/team');
    await owner.getByRole('button', { name: `Fjern ${person.name}` }).click();
    await expect(owner.locator(`[data-member="${person.email}"]`)).toHaveCount(0);

    await page.reload();
    await expect(page).not.toHaveURL(/\/dashboard\/acme$/);
    await page.goto('/dashboard/acme');
    expect(page.url()).toMatch(/\/login/);

    // Anna is the only owner: demoting or removing her is refused with a reason.
    const anna = owner.locator(`[data-member="${ANNA}"]`);
    await anna.getByRole('button', { name: /^Fjern / }).click();
    await expect(anna.getByText('Teamet trenger minst én eier.')).toBeVisible();
    await anna.getByRole('combobox').selectOption('recruiter');
    await anna.getByRole('button', { name: /^Lagre rolle for / }).click();
    await expect(anna.getByText('Teamet trenger minst én eier.').first()).toBeVisible();
    await ownerContext.close();
  });

  test('a reset link works once, then never again, and ends other sessions', async ({ page, browser, baseURL }) => {
    const person = await newAcmeMember(page);
    const otherContext = await browser.newContext({ baseURL });
    const other = await otherContext.newPage();
    await signInAndExpect(other, person.email, /\/dashboard\/acme$/, person.password);

    await page.goto('/login/forgot');
    await page.getByLabel('E-post').fill(person.email);
    await page.getByRole('button', { name: 'Send lenke' }).click();
    await expect(page.getByText('Hvis adressen har en konto hos oss')).toBeVisible();
    const link = await latestLink(page.request, person.email, 'passwordReset');

    await page.goto(link);
    await page.getByLabel('Nytt passord').fill('kort');
    await page.getByRole('button', { name: 'Lagre nytt passord' }).click();
    await expect(page.getByText('Passordet må ha minst 12 tegn.')).toBeVisible();
    await page.getByLabel('Nytt passord').fill(OTHER_STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Lagre nytt passord' }).click();
    await expect(page).toHaveURL(/\/login\?reason=reset$/);

    await page.goto(link);
    await expect(page.getByText('Denne lenken virker ikke lenger.')).toBeVisible();
    await expect(page.getByLabel('Nytt passord')).toHaveCount(0);

    await other.reload();
    await expect(other).toHaveURL(/\/login\?.*reason=revoked/);
    await signInAndExpect(page, person.email, /\/dashboard\/acme$/, OTHER_STRONG_PASSWORD);
    await signIn(page, person.email, STRONG_PASSWORD);
    await expect(page.locator('#login-error')).toBeVisible();
    await otherContext.close();
  });

  test('a new employer signs up, refused a national ID number first, and becomes the owner of its own area', async ({ page }) => {
    const email = freshEmail('signup');
    const slug = `firma-${email.slice(7, 15)}`;
    await page.goto('/signup');
    await page.getByLabel('Navn på virksomheten').fill('Firma 4111 1111 1111 1111');
    await page.getByLabel('Adresse').fill(slug);
    await page.getByLabel('Ditt navn').fill('Kari Nordmann');
    await page.getByLabel('E-post').fill(email);
    await page.getByLabel('Passord', { exact: true }).fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Opprett konto' }).click();
    await expect(page.getByText('Skriv ikke personnummer, kortnummer eller kontonummer her.')).toBeVisible();
    await expect(page.getByLabel('Navn på virksomheten')).toHaveAttribute('aria-describedby', /error/);
    await page.getByLabel('Navn på virksomheten').fill('Firma AS');
    await page.getByLabel('Passord', { exact: true }).fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Opprett konto' }).click();
    // The account exists once the emailed link is opened (review H1; tests/e2e/signup-verify.spec.ts).
    await expect(page.getByText('Sjekk innboksen din')).toBeVisible();
    await page.goto(await latestLink(page.request, email, 'signupVerify'));
    await page.getByRole('button', { name: 'Opprett kontoen' }).click();
    await expect(page).toHaveURL(/\/login\?.*reason=joined/);
    await page.getByLabel('E-post').fill(email);
    await page.getByLabel('Passord', { exact: true }).fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await expect(page).toHaveURL(new RegExp(`/dashboard/${slug}$`));
    await expect(page.getByText('Din rolle: Eier')).toBeVisible();
  });

  test('TOTP: enrol with a QR code, then sign in with a code and with a recovery code (once)', async ({ page }) => {
    const person = await newAcmeMember(page);
    await signInAndExpect(page, person.email, /\/dashboard\/acme$/, person.password);
    await page.goto('/dashboard/account/security');
    await page.getByRole('button', { name: 'Slå på totrinnsbekreftelse' }).click();
    await expect(page.getByRole('img', { name: 'QR-kode for autentiseringsappen' })).toBeVisible();
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    await page.getByLabel('Kode').fill(await generate({ secret }));
    await page.getByRole('button', { name: 'Bekreft og slå på' }).click();
    await expect(page.getByText('Totrinnsbekreftelse er slått på.')).toBeVisible();
    const codes = (await page.getByTestId('recovery-codes').locator('li').allTextContents()).map((c) => c.trim());
    expect(codes).toHaveLength(10);

    // With a code from the app.
    await page.context().clearCookies();
    await signIn(page, person.email, person.password);
    await expect(page.getByLabel('Kode')).toBeVisible();
    await page.getByLabel('Kode').fill('000000');
    await page.getByRole('button', { name: 'Bekreft' }).click();
    await expect(page.getByText('Koden stemmer ikke.')).toBeVisible();
    // The enrolment code is spent (a code works once): the app's next one, as a phone a little ahead shows it.
    await page.getByLabel('Kode').fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }));
    await page.getByRole('button', { name: 'Bekreft' }).click();
    await expect(page).toHaveURL(/\/dashboard\/acme$/);

    // With a recovery code, which then is used up.
    for (const attempt of ['first', 'again'] as const) {
      await page.context().clearCookies();
      await signIn(page, person.email, person.password);
      await page.getByLabel('Kode').fill(codes[0]!);
      await page.getByRole('button', { name: 'Bekreft' }).click();
      if (attempt === 'first') await expect(page).toHaveURL(/\/dashboard\/acme$/);
      else await expect(page.getByText('Koden stemmer ikke.')).toBeVisible();
    }
  });
});
