import { expect, type Locator, type Page } from '@playwright/test';

/** Where a dashboard path goes for a tenant, in Norwegian (the root) or English (/en). */
export function dashboardPath(tenant: string, section = '', locale: 'nb' | 'en' = 'nb') {
  const path = `/dashboard/${tenant}${section ? `/${section}` : ''}`;
  return locale === 'en' ? `/en${path}` : path;
}

/**
 * An employer's area: the overview, the menu and the lists of jobs and
 * applications. Found by role and accessible name, as a screen reader user
 * would find them; texts are the Norwegian ones unless `locale` is 'en'.
 */
export class DashboardPage {
  constructor(
    readonly page: Page,
    readonly tenant = 'acme',
  ) {}

  /** The employer menu (only owners see Team, Sikkerhetslogg and Tilgangslogg). */
  get nav(): Locator {
    return this.page.getByRole('navigation', { name: 'Arbeidsgivermeny' });
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The overview's "Siste hendelser" list (each line a link). */
  get activity(): Locator {
    return this.page.getByTestId('activity');
  }

  async goto(section = '', locale: 'nb' | 'en' = 'nb') {
    await this.page.goto(dashboardPath(this.tenant, section, locale));
  }

  /** The overview, expecting its heading (the employer's name). */
  async open(tenantName?: string) {
    await this.goto();
    await expect(tenantName ? this.page.getByRole('heading', { level: 1, name: tenantName }) : this.heading).toBeVisible();
  }

  /** Through the menu, as a person would, and then the page's heading. */
  async navigate(linkName: string, heading: string | RegExp = linkName) {
    await this.nav.getByRole('link', { name: linkName, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }

  async openJobs() {
    await this.goto('jobs');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Stillinger' })).toBeVisible();
  }

  /** A row of the jobs table, by the job's title. */
  jobRow(title: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader').getByRole('link', { name: title, exact: true }) });
  }

  async openApplications(query: { job?: string; q?: string } = {}) {
    const search = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1]))).toString();
    await this.goto(`applications${search ? `?${search}` : ''}`);
  }

  /** A row of the applications table, by the candidate's email (unique per test). */
  applicationRow(email: string): Locator {
    return this.page.getByRole('row').filter({ hasText: email });
  }

  /** Open a candidate's application from the list; the detail page says who it is. */
  async openApplication(email: string, fullName: string) {
    const row = this.applicationRow(email);
    await expect(row).toHaveCount(1);
    await row.getByRole('link', { name: fullName }).click();
    await expect(this.heading).toHaveText(fullName);
  }

  async signOut() {
    await this.page.getByRole('button', { name: 'Logg ut' }).click();
    await expect(this.page).toHaveURL(/\/login\?reason=signedOut/);
  }
}
