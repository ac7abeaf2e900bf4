import { expect, type Locator, type Page } from '@playwright/test';
import { dashboardPath } from './dashboard-page';

export interface JobDraft {
  title: string;
  place?: string;
  description?: string;
  closesOn?: string;
}

const JOB_URL = /\/dashboard\/[a-z0-9-]+\/jobs\/([0-9a-f-]{36})(?:\?|$)/;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A job ad in the dashboard: the new-draft form, the edit form and the status
 * moves (publish, fill, archive). Fields are found by their labels; the
 * status moves by their button names.
 */
export class JobEditorPage {
  constructor(
    readonly page: Page,
    readonly tenant = 'acme',
  ) {}

  get title(): Locator {
    return this.page.getByLabel('Tittel');
  }
  get place(): Locator {
    return this.page.getByLabel('Sted');
  }
  get description(): Locator {
    return this.page.getByLabel('Beskrivelse');
  }
  get closesOn(): Locator {
    return this.page.getByLabel('Søknadsfrist');
  }
  /** "Utkast", "Publisert", "Stengt", "Besatt" or "Arkivert". */
  get status(): Locator {
    return this.page.getByTestId('job-status');
  }
  /** The rendered description, as candidates will read it. */
  get preview(): Locator {
    return this.page.locator('.prose-letter');
  }
  /** The "Slett alle søknadene nå" section of a filled job. */
  get eraseAll(): Locator {
    return this.page.getByTestId('erase-all');
  }

  /** The job's id, from the editor's address. */
  get jobId(): string {
    const match = JOB_URL.exec(this.page.url());
    if (!match) throw new Error(`not on a job's page: ${this.page.url()}`);
    return match[1]!;
  }

  async openNew() {
    await this.page.goto(dashboardPath(this.tenant, 'jobs/new'));
  }

  async open(jobId: string) {
    await this.page.goto(dashboardPath(this.tenant, `jobs/${jobId}`));
  }

  async fillDraft(draft: JobDraft) {
    await this.title.fill(draft.title);
    if (draft.place !== undefined) await this.place.fill(draft.place);
    if (draft.description !== undefined) await this.description.fill(draft.description);
    if (draft.closesOn !== undefined) await this.closesOn.fill(draft.closesOn);
  }

  saveDraft() {
    return this.page.getByRole('button', { name: 'Lagre utkast' }).click();
  }

  /** A new draft, saved: lands on its editor with "saved" and returns the job's id. */
  async createDraft(draft: JobDraft): Promise<string> {
    await this.openNew();
    await this.fillDraft(draft);
    await this.saveDraft();
    // The ?saved flag leaves the address once its notice is shown (OneOffNotice).
    await expect(this.page.getByText('Utkastet er lagret.')).toBeVisible();
    await expect(this.page).toHaveURL(/\/dashboard\/[a-z0-9-]+\/jobs\/[0-9a-f-]{36}$/);
    return this.jobId;
  }

  /** Save the edit form of an existing job and see it confirmed. */
  async saveChanges() {
    await this.page.getByRole('button', { name: 'Lagre endringene' }).click();
    await expect(this.page.getByText('Lagret.', { exact: true })).toBeVisible();
  }

  /**
   * The field is marked invalid and its error is part of its accessible
   * description (which proves the aria-describedby tie). The error comes
   * after any hint, so `exact` holds it to the end of the description.
   */
  async expectFieldError(field: Locator, message: string) {
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(new RegExp(`(?:^|\\s)${escapeRegExp(message)}$`));
  }

  /** Publish; returns the slug of the public ad it links to. */
  async publish(): Promise<string> {
    await this.page.getByRole('button', { name: 'Publiser', exact: true }).click();
    await expect(this.status).toHaveText('Publisert');
    const href = await this.page.getByRole('link', { name: 'Åpne den offentlige annonsen' }).getAttribute('href');
    return /\/careers\/[a-z0-9-]+\/([a-z0-9-]+)$/.exec(href!)![1]!;
  }

  /** A draft written and published in one go: its id and public slug. */
  async createPublished(draft: JobDraft): Promise<{ jobId: string; slug: string }> {
    const jobId = await this.createDraft(draft);
    const slug = await this.publish();
    return { jobId, slug };
  }

  /** "Merk som besatt": with `confirm` the box is ticked first, else the form must refuse. */
  async markFilled({ confirm = true } = {}) {
    if (confirm) await this.page.getByLabel(/Ja, stillingen er besatt/).check();
    await this.page.getByRole('button', { name: 'Merk som besatt' }).click();
    if (confirm) await expect(this.status).toHaveText('Besatt');
  }

  /** "Arkiver": with `confirm` the box is ticked first, else the form must refuse. */
  async archive({ confirm = true } = {}) {
    if (confirm) await this.page.getByLabel(/Ja, arkiver stillingen/).check();
    await this.page.getByRole('button', { name: 'Arkiver' }).click();
    if (confirm) await expect(this.status).toHaveText('Arkivert');
  }

  /** "Slett alle søknadene" on a filled job; `confirmLabel` is the box naming what goes. */
  async eraseAllApplications(confirmLabel?: string) {
    if (confirmLabel) await this.eraseAll.getByLabel(confirmLabel).check();
    await this.page.getByRole('button', { name: 'Slett alle søknadene' }).click();
  }
}
