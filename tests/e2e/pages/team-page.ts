import { expect, type Locator, type Page } from '@playwright/test';
import { dashboardPath } from './dashboard-page';

export type Role = 'owner' | 'recruiter';

/**
 * The owner's team page: members (change role, remove), the invitation form
 * and pending invitations. Each member's controls are found inside that
 * member's list item, because every row has a "Rolle" select of its own.
 */
export class TeamPage {
  constructor(
    readonly page: Page,
    readonly tenant = 'acme',
  ) {}

  get members(): Locator {
    return this.page.getByRole('region', { name: 'Medlemmer' });
  }
  get inviteForm(): Locator {
    return this.page.getByRole('region', { name: 'Inviter en kollega' });
  }
  get pending(): Locator {
    return this.page.getByRole('region', { name: 'Ventende invitasjoner' });
  }

  /** `base` lets a test use the short-session server. */
  async open(base = '') {
    await this.page.goto(`${base}${dashboardPath(this.tenant, 'team')}`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Team' })).toBeVisible();
  }

  /** A member's list item, by their email (shown in each item). */
  member(email: string): Locator {
    return this.members.getByRole('listitem').filter({ hasText: email });
  }

  async invite(email: string, role: Role = 'recruiter') {
    await this.inviteForm.getByLabel('E-post', { exact: true }).fill(email);
    await this.inviteForm.getByLabel('Rolle', { exact: true }).selectOption(role);
    await this.inviteForm.getByRole('button', { name: 'Send invitasjon' }).click();
    await expect(this.inviteForm.getByText('Invitasjonen er sendt.')).toBeVisible();
  }

  /** Choose a role and press "Endre rolle" (named "Endre rolle for …"); the answer shows in that member's item. */
  async changeRole(email: string, role: Role) {
    const item = this.member(email);
    await item.getByLabel('Rolle', { exact: true }).selectOption(role);
    await item.getByRole('button', { name: /^Endre rolle for / }).click();
  }

  /** Press "Fjern <name>" in the member's item; the answer shows there (or the item goes). */
  async remove(email: string, name?: string) {
    await this.member(email).getByRole('button', { name: name ? `Fjern ${name}` : /^Fjern / }).click();
  }
}
