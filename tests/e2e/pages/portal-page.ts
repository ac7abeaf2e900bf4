import { expect, type Locator, type Page } from '@playwright/test';

/** The candidate portal: the request form, the link's landing, and her page (Norwegian texts). */
export class PortalPage {
  constructor(readonly page: Page) {}

  /**
   * `prefilled`: arrive from the confirmation email's link (?email=…). The page is the same cached HTML for
   * everyone, so the browser fills the field in; without JavaScript she types it, as on the plain page.
   */
  async request(email: string, { prefilled = false, javaScript = true } = {}) {
    await this.page.goto(prefilled ? `/personvern/innsyn?email=${encodeURIComponent(email)}` : '/personvern/innsyn');
    const field = this.page.getByLabel('E-postadressen du søkte med');
    if (prefilled && javaScript) await expect(field).toHaveValue(email);
    else {
      await expect(field).toHaveValue('');
      await field.fill(email);
    }
    await this.page.getByRole('button', { name: 'Send meg lenken' }).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Sjekk innboksen din');
  }

  /** Opens the emailed link (a path) and presses the button that uses it up. */
  async open(linkPath: string) {
    await this.page.goto(linkPath);
    await this.page.getByRole('button', { name: 'Åpne siden min' }).click();
    await expect(this.page).toHaveURL(/\/personvern\/innsyn\/mine/);
  }

  /** One application's card, by its job title. */
  card(jobTitle: string): Locator {
    return this.page.locator('[data-application]').filter({ has: this.page.getByRole('heading', { name: jobTitle, exact: true }) });
  }

  async applicationId(jobTitle: string): Promise<string> {
    return (await this.card(jobTitle).getAttribute('data-application'))!;
  }

  async correct(jobTitle: string, text: string) {
    const card = this.card(jobTitle);
    await card.getByLabel('Skriv en rettelse').fill(text);
    await card.getByRole('button', { name: 'Send rettelsen' }).click();
    await expect(this.page.getByText('Rettelsen er sendt.')).toBeVisible();
  }

  /** Withdraw: open the box, tick that she means it, send. */
  async withdraw(jobTitle: string) {
    const card = this.card(jobTitle);
    await card.getByText('Trekk søknaden', { exact: true }).first().click();
    await card.getByLabel('Ja, trekk og slett denne søknaden').check();
    await card.getByRole('button', { name: 'Trekk søknaden' }).click();
    await expect(this.page.getByText('Søknaden er trukket og slettet.')).toBeVisible();
  }

  async eraseAll() {
    await this.page.locator('summary', { hasText: 'Slett alt' }).click();
    await this.page.getByLabel('Ja, slett alle søknadene mine').check();
    await this.page.getByRole('button', { name: 'Slett alt nå' }).click();
    await expect(this.page.getByText('Alt er slettet.')).toBeVisible();
  }
}
