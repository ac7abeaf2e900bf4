import { expect, test } from '@playwright/test';
import { ANNA, DEMO_PASSWORD, ERIK, freshEmail, latestLink, newAcmeMember, signIn, signInAndExpect, STRONG_PASSWORD } from './auth-helpers';
import { freshOrgNumber } from '../fixtures/org-numbers';

const spaced = (digits: string) => digits.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');

// Review H1: every account's address is proved by an emailed link, and an
// invitation to an existing account is accepted only from that account's session.
test.describe('verified sign-up and invitations bound to their person', () => {
  test('H1: a new employer has no access before the emailed link; the link leads to the dashboard', async ({ page }) => {
    const email = freshEmail('verify');
    const slug = `firma-${email.slice(7, 15)}`;
    const orgNumber = freshOrgNumber();
    await page.goto('/signup');
    const slugField = page.getByLabel('Adresse');
    const orgField = page.getByLabel('Organisasjonsnummer');
    // With JavaScript the address follows the name as it is typed (æøå spelt out, the legal form left out)…
    await page.getByLabel('Navn på virksomheten').pressSequentially('Verifisert Sjø AS');
    await expect(slugField).toHaveValue('verifisert-sjo');
    // …until the person writes their own.
    await slugField.fill(slug);
    await page.getByLabel('Navn på virksomheten').fill('Verifisert AS');
    await expect(slugField).toHaveValue(slug);
    // A number with a wrong check digit is refused at its field, with the reason.
    const wrong = orgNumber.slice(0, 8) + ((Number(orgNumber[8]) + 1) % 10);
    await orgField.fill(spaced(wrong));
    await page.getByLabel('Ditt navn').fill('Kari Nordmann');
    await page.getByLabel('E-post').fill(email);
    await page.getByLabel('Passord', { exact: true }).fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Opprett konto' }).click();
    await expect(orgField).toHaveAccessibleDescription(/Dette er ikke et gyldig organisasjonsnummer/);
    await expect(orgField).toHaveAttribute('aria-invalid', 'true');
    await expect(slugField).toHaveValue(slug);
    // Typed with spaces, as people write it.
    await orgField.fill(spaced(orgNumber));
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
    await expect(page.getByText(`Organisasjonsnummer: ${spaced(orgNumber)}.`)).toBeVisible();
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

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('issue 15: the server proposes the address; a second sign-up for the number gets the same answer and an email on how to reach the owners', async ({ page }) => {
      const tag = freshEmail('x').slice(2, 10);
      const orgNumber = freshOrgNumber();
      const fill = async (email: string, company: string) => {
        await page.goto('/signup');
        await page.getByLabel('Navn på virksomheten').fill(company);
        await page.getByLabel('Organisasjonsnummer').fill(orgNumber);
        await page.getByLabel('Ditt navn').fill('Siri Fjell');
        await page.getByLabel('E-post').fill(email);
        await page.getByLabel('Passord', { exact: true }).fill(STRONG_PASSWORD);
        await page.getByRole('button', { name: 'Opprett konto' }).click();
        await expect(page.getByText('Sjekk innboksen din')).toBeVisible();
      };
      // The address field is left empty: the server proposes one from the name.
      const first = freshEmail('siri');
      await fill(first, `Ålesund Økologiske ${tag} ASA`);
      const link = await latestLink(page.request, first, 'signupVerify');
      await page.goto(link);
      await expect(page.getByText(`Adressen blir /careers/alesund-okologiske-${tag}.`)).toBeVisible();
      // Confirmed without JavaScript too: a plain form post (it was refused as a cross-site action while the page
      // asked for no referrer, which makes the browser send Origin: null).
      await page.getByRole('button', { name: 'Opprett kontoen' }).click();
      await expect(page).toHaveURL(/\/login\?.*reason=joined/);

      // Someone else signs up the same organisation: the page says exactly what it says to everyone.
      const second = freshEmail('kollega');
      await fill(second, 'Et annet navn AS');
      await expect(page.getByText('allerede en konto', { exact: false })).toHaveCount(0);
      // Their inbox is told how to reach the people who manage the account, not who they are.
      await expect
        .poll(async () => {
          const body = (await (await page.request.get(`/api/dev/outbox?to=${encodeURIComponent(second)}`)).json()) as { emails: Array<{ template: string; payload: unknown }> };
          return body.emails.map((e) => [e.template, e.payload]);
        })
        .toEqual([['signupOrgTaken', { orgNumber }]]);
    });
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
