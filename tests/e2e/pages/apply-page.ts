import { expect, type Page } from '@playwright/test';

export interface Applicant {
  fullName: string;
  birthDate: string;
  email: string;
  phone: string;
  coverLetter: string;
}

export const applicant = (email: string, patch: Partial<Applicant> = {}): Applicant => ({
  fullName: 'Kari Nordmann',
  birthDate: '1991-04-12',
  email,
  phone: '912 34 567',
  coverLetter: 'Jeg har lang erfaring med TypeScript og vil gjerne jobbe hos dere.',
  ...patch,
});

export type Upload = { name: string; mimeType: string; buffer: Buffer };
export const upload = (name: string, bytes: Uint8Array, mimeType = 'application/pdf'): Upload => ({ name, mimeType, buffer: Buffer.from(bytes) });

export type ApplyField = 'fullName' | 'birthDate' | 'email' | 'phone' | 'coverLetter' | 'attachments' | 'consent';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The application form. Fields are found by their `name`, not their labels:
 * the same tests run the Norwegian and the English form, each label carries a
 * "(påkrevd)"/"(required)" suffix, and the consent label is a whole sentence
 * naming the employer, so the name is the one stable handle. What a candidate
 * perceives (errors tied to fields) is checked through the accessibility tree.
 */
export class ApplyPage {
  constructor(readonly page: Page) {}

  field(name: ApplyField) {
    return this.page.locator(`[name="${name}"]`);
  }

  async open(path = '/careers/acme/backend-utvikler/apply') {
    const response = await this.page.goto(path);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['set-cookie']).toBeUndefined();
  }

  async fill(a: Applicant, files: Upload[], consent = true) {
    await this.field('fullName').fill(a.fullName);
    await this.field('birthDate').fill(a.birthDate);
    await this.field('email').fill(a.email);
    await this.field('phone').fill(a.phone);
    await this.field('coverLetter').fill(a.coverLetter);
    await this.field('attachments').setInputFiles(files);
    if (consent) await this.field('consent').check();
  }

  submit() {
    return this.page.getByRole('button', { name: /Send søknaden|Send application/ }).click();
  }

  async expectReceipt(): Promise<string> {
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(/Takk! Søknaden er sendt|Thank you! Your application is sent/);
    const reference = (await this.page.getByTestId('reference').textContent())!.trim();
    expect(reference).toMatch(/^SR-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    return reference;
  }

  /**
   * The field is marked invalid and its error is part of its accessible
   * description, which is what a screen reader announces (and proves the
   * aria-describedby tie). Errors follow any hint in the description, so an
   * exact message must be its end; `{ contains: true }` finds it anywhere
   * (no hint contains an error's words).
   */
  async expectError(name: ApplyField, message: string, { contains = false } = {}) {
    const field = this.field(name);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const text = escapeRegExp(message);
    await expect(field).toHaveAccessibleDescription(new RegExp(contains ? text : `(?:^|\\s)${text}$`));
  }
}

/** Captured emails to one recipient, from the dev outbox page. */
export async function outboxFor(page: Page, recipient: string) {
  await page.goto('/dev/outbox');
  return page.getByTestId('email').filter({ has: page.getByTestId('recipient').getByText(recipient, { exact: true }) });
}
