import { expect, test } from '@playwright/test';
import { ANNA, DEMO_PASSWORD, ERIK, freshEmail, latestLink, newAcmeMember, signIn, signInAndExpect, STRONG_PASSWORD } from './auth-helpers';

// Review H1: every account's address is proved by an emailed link, and an
// invitation to an existing account is accepted only from that account's session.
test.describe('verified sign-up and invitations bound to their person', () => {
  test('H1: a new employer has no access before the emailed link; the link leads to the dashboard', async ({ page }) => {
    const email = freshEmail('verify');
    const slug = `firma-${email.slice(7, 15)}`;
    await page.goto('/signup');
    await page.getByLabel('Navn på virksomheten').fill('Verifisert AS');
    await page.getByLabel('Adresse').fill(slug);
    await page.getByLabel('Ditt navn').fill('Kari Nordmann');
    await page.getByLabel('E-post').fill(email);
    await page.getByLabel('Passord', { exact: true }).fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Opprett konto' }).click();
    await expect(page.getByText('Sjekk innboksen din')).toBeVisible();

    // No account yet: signing in fails, and the slug's area does not exist.
    await signIn(page, email, STRONG_PASSWORD);
    await expect(page.locator('#login-error')).toBeVisible();
    await expect(page).toHaveURL(/\/login/);

    const link = await latestLink(page.request, email, 'signupVerify');
    await page.goto(link);
    await expect(page.getByText('Verifisert AS')).toBeVisible();
    await page.getByRole('button', { name: 'Opprett kontoen' }).click();
    await expect(page).toHaveURL(/\/login\?.*reason=joined/);
    await page.getByLabel('E-post').fill(email);
    await page.getByLabel('Passord', { exact: true }).fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await expect(page).toHaveURL(new RegExp(`/dashboard/${slug}$`));
    await expect(page.getByText('Din rolle: Eier')).toBeVisible();

    // The link works once.
    await page.goto(link);
    await expect(page.getByText('Denne lenken virker ikke lenger.', { exact: false })).toBeVisible();
  });

  test('H1: an invitation to an existing address is accepted only when signed in as it', async ({ page, browser, baseURL }) => {
    const person = await newAcmeMember(page);

    // Erik (owner at Fjord) invites the person's address, which already has an account.
    const erikContext = await browser.newContext({ baseURL });
    const erik = await erikContext.newPage();
    await signInAndExpect(erik, ERIK, /\/dashboard\/fjord$/);
    await erik.goto('/dashboard/fjord/team');
    await erik.getByLabel('E-post').fill(person.email);
    await erik.locator('#invite-role').selectOption('recruiter');
    await erik.getByRole('button', { name: 'Send invitasjon' }).click();
    await expect(erik.getByText('Invitasjonen er sendt.')).toBeVisible();
    const link = await latestLink(erik.request, person.email, 'invitation');
    await erikContext.close();

    // Without a session: no Accept button, a link to sign in as that account.
    await page.context().clearCookies();
    await page.goto(link);
    await expect(page.getByText('Logg inn med den kontoen først', { exact: false })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Godta invitasjonen' })).toHaveCount(0);

    // Signed in as someone else: still no Accept button.
    await signInAndExpect(page, ANNA, /\/dashboard\/acme$/, DEMO_PASSWORD);
    await page.goto(link);
    await expect(page.getByText('Du er logget inn med en annen konto', { exact: false })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Godta invitasjonen' })).toHaveCount(0);

    // The sign-in link brings the right person back to the invitation, where they accept.
    await page.getByRole('link', { name: `Logg inn som ${person.email}` }).click();
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await page.getByLabel('E-post').fill(person.email);
    await page.getByLabel('Passord', { exact: true }).fill(person.password);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await expect(page).toHaveURL(/\/login\/invitation\?token=/);
    await page.getByRole('button', { name: 'Godta invitasjonen' }).click();
    await expect(page).toHaveURL(/\/dashboard\/fjord$/);
    await expect(page.getByText('Din rolle: Rekrutterer')).toBeVisible();
  });
});
