import { generate } from 'otplib';
import { ANNA, freshEmail, latestLink, newAcmeMember, OTHER_STRONG_PASSWORD, signIn, signInAndExpect, STRONG_PASSWORD } from './auth-helpers';
import { freshOrgNumber } from '../fixtures/org-numbers';
import { expect, test } from './fixtures';
import { TeamPage } from './pages/team-page';

const ACME = /\/dashboard\/acme$/;

test.describe('accounts: invitations, revocation, password reset and a second factor', () => {
  test.describe.configure({ timeout: 120_000 });

  test('an invited colleague accepts, gets an account and lands in the employer area', async ({ page }) => {
    const person = await test.step('Anna invites a colleague, who accepts', () => newAcmeMember(page));
    await test.step('the colleague signs in on the page the invitation led to', async () => {
      await page.getByLabel('E-post').fill(person.email);
      await page.getByLabel('Passord', { exact: true }).fill(person.password);
      await page.getByRole('button', { name: 'Logg inn' }).click();
      await expect(page).toHaveURL(ACME);
      await expect(page.getByText('Din rolle: Rekrutterer')).toBeVisible();
    });
  });

  test('changing the password ends the other session at its next click, this one carries on', async ({ page, signInAs }) => {
    const person = await test.step('a new colleague, signed in twice', async () => {
      const person = await newAcmeMember(page);
      await signInAndExpect(page, person.email, ACME, person.password);
      return person;
    });
    const second = await signInAs(person.email, person.password, ACME);

    await test.step('the password is changed in one session', async () => {
      await page.goto('/dashboard/account/security');
      await page.getByLabel('Nåværende passord').fill(person.password);
      await page.getByLabel('Nytt passord').fill(OTHER_STRONG_PASSWORD);
      await page.getByRole('button', { name: 'Bytt passord' }).click();
      await expect(page.getByText('Passordet er byttet.')).toBeVisible();
    });

    await test.step('the other session is revoked at its next click; this one carries on', async () => {
      await second.reload();
      await expect(second).toHaveURL(/\/login\?.*reason=revoked/);
      await page.goto('/dashboard/acme');
      await expect(page).toHaveURL(ACME);
    });
  });

  test('removing a member ends their access at their next click; the last owner cannot be removed', async ({ page, annaPage }) => {
    const person = await test.step('a new colleague, signed in', async () => {
      const person = await newAcmeMember(page);
      await signInAndExpect(page, person.email, ACME, person.password);
      return person;
    });
    const team = new TeamPage(annaPage);

    await test.step('Anna removes them from the team', async () => {
      await team.open();
      await team.remove(person.email, person.name);
      await expect(team.member(person.email)).toHaveCount(0);
    });

    await test.step('their next click is signed out', async () => {
      await page.reload();
      await expect(page).not.toHaveURL(ACME);
      await page.goto('/dashboard/acme');
      expect(page.url()).toMatch(/\/login/);
    });

    await test.step('Anna is the only owner: demoting or removing her is refused with a reason', async () => {
      const anna = team.member(ANNA);
      await team.remove(ANNA);
      await expect(anna.getByText('Teamet trenger minst én eier.')).toBeVisible();
      await team.changeRole(ANNA, 'recruiter');
      await expect(anna.getByText('Teamet trenger minst én eier.').first()).toBeVisible();
    });
  });

  test('a reset link works once, then never again, and ends other sessions', async ({ page, signInAs }) => {
    const person = await test.step('a new colleague, signed in elsewhere', () => newAcmeMember(page));
    const other = await signInAs(person.email, person.password, ACME);

    const link = await test.step('they ask for a reset link', async () => {
      await page.goto('/login/forgot');
      await page.getByLabel('E-post').fill(person.email);
      await page.getByRole('button', { name: 'Send lenke' }).click();
      await expect(page.getByText('Hvis adressen har en konto hos oss')).toBeVisible();
      return latestLink(page.request, person.email, 'passwordReset');
    });

    await test.step('the link takes a strong password (a weak one is refused)', async () => {
      await page.goto(link);
      await page.getByLabel('Nytt passord').fill('kort');
      await page.getByRole('button', { name: 'Lagre nytt passord' }).click();
      await expect(page.getByText('Passordet må ha minst 12 tegn.')).toBeVisible();
      await page.getByLabel('Nytt passord').fill(OTHER_STRONG_PASSWORD);
      await page.getByRole('button', { name: 'Lagre nytt passord' }).click();
      await expect(page).toHaveURL(/\/login\?reason=reset$/);
    });

    await test.step('used once, the link works no more', async () => {
      await page.goto(link);
      await expect(page.getByText('Denne lenken virker ikke lenger.')).toBeVisible();
      await expect(page.getByLabel('Nytt passord')).toHaveCount(0);
    });

    await test.step('the other session is revoked; the new password works and the old does not', async () => {
      await other.reload();
      await expect(other).toHaveURL(/\/login\?.*reason=revoked/);
      await signInAndExpect(page, person.email, ACME, OTHER_STRONG_PASSWORD);
      await signIn(page, person.email, STRONG_PASSWORD);
      await expect(page.locator('#login-error')).toBeVisible();
    });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('a reset link sets a new password with a plain form post', async ({ page }) => {
      const person = await newAcmeMember(page);
      await page.context().clearCookies();
      await page.goto('/login/forgot');
      await page.getByLabel('E-post').fill(person.email);
      await page.getByRole('button', { name: 'Send lenke' }).click();
      await expect(page.getByText('Hvis adressen har en konto hos oss')).toBeVisible();
      const link = await latestLink(page.request, person.email, 'passwordReset');
      await page.goto(link);
      await page.getByLabel('Nytt passord').fill(OTHER_STRONG_PASSWORD);
      await page.getByRole('button', { name: 'Lagre nytt passord' }).click();
      await expect(page).toHaveURL(/\/login\?reason=reset$/);
      await signInAndExpect(page, person.email, ACME, OTHER_STRONG_PASSWORD);
    });
  });

  test('a new employer signs up, refused a national ID number first, and becomes the owner of its own area', async ({ page }) => {
    const email = freshEmail('signup');
    const slug = `firma-${email.slice(7, 15)}`;
    const company = page.getByLabel('Navn på virksomheten');

    await test.step('a card number in the company name is refused at the field', async () => {
      await page.goto('/signup');
      await company.fill('Firma 4111 1111 1111 1111');
      await page.getByLabel('Organisasjonsnummer').fill(freshOrgNumber());
      await page.getByLabel('Adresse').fill(slug);
      await page.getByLabel('Ditt navn').fill('Kari Nordmann');
      await page.getByLabel('E-post').fill(email);
      await page.getByLabel('Passord', { exact: true }).fill(STRONG_PASSWORD);
      await page.getByRole('button', { name: 'Opprett konto' }).click();
      await expect(page.getByText('Skriv ikke personnummer, kortnummer eller kontonummer her.')).toBeVisible();
      await expect(company).toHaveAttribute('aria-describedby', /error/);
      await expect(company).toHaveAccessibleDescription(/Skriv ikke personnummer, kortnummer eller kontonummer her\./);
    });

    await test.step('corrected, the account is made', async () => {
      await company.fill('Firma AS');
      await page.getByLabel('Passord', { exact: true }).fill(STRONG_PASSWORD);
      await page.getByRole('button', { name: 'Opprett konto' }).click();
      // The account exists once the emailed link is opened (review H1; tests/e2e/signup-verify.spec.ts).
      await expect(page.getByText('Sjekk innboksen din')).toBeVisible();
      await page.goto(await latestLink(page.request, email, 'signupVerify'));
      await page.getByRole('button', { name: 'Opprett kontoen' }).click();
      await expect(page).toHaveURL(/\/login\?.*reason=joined/);
    });

    await test.step('signed in, they own the new area', async () => {
      await page.getByLabel('E-post').fill(email);
      await page.getByLabel('Passord', { exact: true }).fill(STRONG_PASSWORD);
      await page.getByRole('button', { name: 'Logg inn' }).click();
      await expect(page).toHaveURL(new RegExp(`/dashboard/${slug}$`));
      await expect(page.getByText('Din rolle: Eier')).toBeVisible();
    });
  });

  test('TOTP: enrol with a QR code, then sign in with a code and with a recovery code (once)', async ({ page }) => {
    const person = await newAcmeMember(page);
    await signInAndExpect(page, person.email, ACME, person.password);

    const { secret, codes } = await test.step('enrol with a QR code and get ten recovery codes', async () => {
      await page.goto('/dashboard/account/security');
      await page.getByRole('button', { name: 'Slå på totrinnsbekreftelse' }).click();
      await expect(page.getByRole('img', { name: 'QR-kode for autentiseringsappen' })).toBeVisible();
      const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
      const mfa = page.locator('section', { has: page.getByRole('heading', { name: 'Totrinnsbekreftelse' }) });
      // Turning it on asks for the current password (L5): a wrong one is refused and nothing is turned on.
      await mfa.getByLabel('Kode').fill(await generate({ secret }));
      await mfa.getByLabel('Nåværende passord').fill('not-my-password-at-all');
      await mfa.getByRole('button', { name: 'Bekreft og slå på' }).click();
      await expect(mfa.getByText('Det nåværende passordet stemmer ikke.').first()).toBeVisible();
      await mfa.getByLabel('Kode').fill(await generate({ secret }));
      await mfa.getByLabel('Nåværende passord').fill(person.password);
      await mfa.getByRole('button', { name: 'Bekreft og slå på' }).click();
      await expect(page.getByText('Totrinnsbekreftelse er slått på.')).toBeVisible();
      const codes = (await page.getByTestId('recovery-codes').locator('li').allTextContents()).map((c) => c.trim());
      expect(codes).toHaveLength(10);
      return { secret, codes };
    });

    await test.step('sign in with a code from the app (a wrong one refused first)', async () => {
      await page.context().clearCookies();
      await signIn(page, person.email, person.password);
      await expect(page.getByLabel('Kode')).toBeVisible();
      await page.getByLabel('Kode').fill('000000');
      await page.getByRole('button', { name: 'Bekreft' }).click();
      await expect(page.getByText('Koden stemmer ikke.')).toBeVisible();
      // The enrolment code is spent (a code works once): the app's next one, as a phone a little ahead shows it.
      await page.getByLabel('Kode').fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }));
      await page.getByRole('button', { name: 'Bekreft' }).click();
      await expect(page).toHaveURL(ACME);
    });

    // With a recovery code, which then is used up.
    for (const attempt of ['first', 'again'] as const) {
      await test.step(`sign in with a recovery code: ${attempt === 'first' ? 'it works' : 'used up'}`, async () => {
        await page.context().clearCookies();
        await signIn(page, person.email, person.password);
        await page.getByLabel('Kode').fill(codes[0]!);
        await page.getByRole('button', { name: 'Bekreft' }).click();
        if (attempt === 'first') await expect(page).toHaveURL(ACME);
        else await expect(page.getByText('Koden stemmer ikke.')).toBeVisible();
      });
    }
  });
});
