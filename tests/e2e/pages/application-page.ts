import { expect, type Locator, type Page } from '@playwright/test';
import { dashboardPath } from './dashboard-page';

export type Stage = 'new' | 'in_review' | 'interview' | 'offer' | 'hired' | 'rejected';

/**
 * One application in the dashboard: what was sent, its files, the stage, the
 * member's own rating, notes and "Slett nå". Controls are found by their
 * labels and button names; the sections by their headings.
 */
export class ApplicationPage {
  constructor(
    readonly page: Page,
    readonly tenant = 'acme',
  ) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }
  get reference(): Locator {
    return this.page.getByTestId('reference');
  }
  get coverLetter(): Locator {
    return this.page.getByTestId('cover-letter');
  }
  /** "Steghistorikk": one line per move. */
  get history(): Locator {
    return this.page.getByRole('list', { name: 'Steghistorikk' });
  }
  /** The member's notes (each with its own edit form when it is theirs). */
  get notes(): Locator {
    return this.page.locator('[data-note]');
  }
  get exportLink(): Locator {
    return this.page.getByRole('link', { name: /Eksporter som ZIP/ });
  }

  /** The application's id, from the page's address. */
  get applicationId(): string {
    return /applications\/([0-9a-f-]{36})/.exec(this.page.url())![1]!;
  }

  async open(applicationId: string) {
    await this.page.goto(dashboardPath(this.tenant, `applications/${applicationId}`));
  }

  downloadLink(fileName: string): Locator {
    return this.page.getByRole('link', { name: `Last ned ${fileName}` });
  }

  /** The closed-until-asked preview of a PDF (a <details> with a frame). */
  preview(): Locator {
    return this.page.locator('details[data-preview]');
  }

  /** Open the PDF preview; returns the frame element. */
  async openPreview(fileName: string): Promise<Locator> {
    await this.preview().getByText(`Forhåndsvis ${fileName}`).click();
    return this.preview().locator('iframe');
  }

  /** "Flytt til" + "Endre steg", optionally with the email to the candidate; waits for the confirmation. */
  async moveTo(stage: Stage, { notify = false } = {}) {
    await this.page.getByLabel('Flytt til').selectOption(stage);
    if (notify) await this.page.getByLabel('Gi kandidaten beskjed på e-post').check();
    await this.page.getByRole('button', { name: 'Endre steg' }).click();
    await expect(this.page.getByText('Steget er endret.')).toBeVisible();
    // The form shows the stored stage after the move (a second press must not move the candidate back).
    await expect(this.page.getByLabel('Flytt til')).toHaveValue(stage);
  }

  get rating(): Locator {
    return this.page.getByLabel('Din vurdering');
  }

  /** The member's own rating, 1–5 (or null for none); waits for the confirmation. */
  async rate(stars: 1 | 2 | 3 | 4 | 5 | null) {
    await this.rating.selectOption(stars === null ? '' : String(stars));
    await this.page.getByRole('button', { name: 'Lagre vurdering' }).click();
    await expect(this.page.getByText('Vurderingen din er lagret.')).toBeVisible();
  }

  async addNote(body: string) {
    await this.page.getByLabel('Nytt notat').fill(body);
    await this.page.getByRole('button', { name: 'Legg til notat' }).click();
  }

  /** Edit one of the member's own notes; waits for the confirmation in that note. */
  async editNote(note: Locator, body: string) {
    await note.getByLabel('Rediger notatet ditt').fill(body);
    await note.getByRole('button', { name: 'Lagre notatet' }).click();
    await expect(note.getByText('Notatet er lagret.')).toBeVisible();
  }

  /** The "Slett nå" text that names what goes. */
  deleteSummary(fullName: string, reference: string): Locator {
    return this.page.getByText(`Dette sletter søknaden fra ${fullName} (${reference}) for godt`);
  }

  /** "Slett nå": the box naming the person, then the button; lands on the list saying it is gone. */
  /** "Delete now", which owners alone are offered: a reason from the list, the ticked box, the button. */
  async deleteNow(fullName: string, reason = 'Den er sendt to ganger') {
    await this.page.getByLabel('Hvorfor slettes søknaden?').selectOption({ label: reason });
    await this.page.getByLabel(`Ja, slett søknaden fra ${fullName} nå`).check();
    await this.page.getByRole('button', { name: 'Slett søknaden' }).click();
    await expect(this.page).toHaveURL(/\/dashboard\/[a-z0-9-]+\/applications\?deleted=1$/);
    await expect(this.page.getByText('Søknaden er slettet.')).toBeVisible();
  }
}
