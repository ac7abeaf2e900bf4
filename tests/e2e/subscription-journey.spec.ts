import { freshEmail, signUpEmployer } from './auth-helpers';
import { expect, test } from './fixtures';
import { JobEditorPage } from './pages/job-editor-page';

/**
 * Issue 15 from end to end, as Siri lives it, on a new employer of her own: sign up with the organisation number,
 * confirm the emailed link, publish up to the trial's limit, be refused the next one with the reason and the way
 * on, move to a yearly plan, publish it after all, extend, and read every step in the history with its date and
 * who made it.
 */

/** Today as the page writes it (Oslo, long Norwegian date), e.g. "1. desember 2026". */
const today = () => new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(new Date());

test('sign up → confirm → publish to the limit → refused with the reason → change plan → publish → extend → the history tells it all', async ({ page }, info) => {
  test.setTimeout(240_000);
  const email = freshEmail('siri');
  const slug = `reise-${email.slice(5, 13)}`;
  await signUpEmployer(page, { email, slug, company: 'Reise Fjell AS', name: 'Siri Fjell' });

  await test.step('a 30-day trial with its career site', async () => {
    await page.goto(`/dashboard/${slug}/subscription`);
    await expect(page.getByRole('heading', { level: 2, name: 'Plan: Prøveperiode' })).toBeVisible();
    await expect(page.getByLabel('Publiserte stillinger: 0 av 5')).toBeVisible();
    expect((await page.request.get(`/careers/${slug}`)).status()).toBe(200);
  });

  const editor = new JobEditorPage(page, slug);
  const publish = async (title: string) => {
    await editor.createDraft({ title, place: 'Tromsø', description: 'Vi trenger deg.' });
    await page.getByRole('button', { name: 'Publiser', exact: true }).click();
  };

  await test.step('five jobs go out, the sixth is refused with the limit and a link to the subscription page', async () => {
    for (let i = 1; i <= 5; i++) {
      await publish(`Guide ${info.project.name} ${i}`);
      await expect(editor.status).toHaveText('Publisert');
    }
    await publish(`Guide ${info.project.name} 6`);
    const answer = page.locator('#move-published-status');
    await expect(answer).toContainText('Planen deres gir plass til 5 publiserte stillinger om gangen');
    await expect(editor.status).toHaveText('Utkast');
    await expect(answer.getByRole('link', { name: 'Se abonnementet og hva de andre planene gir' })).toHaveAttribute('href', `/dashboard/${slug}/subscription`);
  });
  const sixth = editor.jobId;

  await test.step('she moves to the yearly Team plan after confirming', async () => {
    await page.goto(`/dashboard/${slug}/subscription`);
    await expect(page.getByLabel('Publiserte stillinger: 5 av 5')).toBeVisible();
    const form = page.locator('form#subscription-change');
    await form.getByLabel('Ny plan').selectOption('team');
    await form.getByLabel('Ja, bytt plan og send faktura').check();
    await form.getByRole('button', { name: 'Bytt plan' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Plan: Team' })).toBeVisible();
    await expect(page.getByLabel('Publiserte stillinger: 5 av 25')).toBeVisible();
  });

  await test.step('the sixth job goes out now', async () => {
    await editor.open(sixth);
    await page.getByRole('button', { name: 'Publiser', exact: true }).click();
    await expect(editor.status).toHaveText('Publisert');
    await expect(page.locator('#move-published-status')).toHaveCount(0);
  });

  await test.step('she extends by one period, and the history shows every step with its date and who made it', async () => {
    await page.goto(`/dashboard/${slug}/subscription`);
    const endsBefore = await page.getByTestId('subscription-ends').textContent();
    const form = page.locator('form#subscription-extend');
    await form.getByLabel('Ja, forleng abonnementet og send faktura').check();
    await form.getByRole('button', { name: 'Forleng abonnementet' }).click();
    await expect(page.locator('#subscription-extend-status')).toContainText('Faktura kommer.');
    await page.goto(`/dashboard/${slug}/subscription`);
    await expect(page.getByTestId('subscription-ends')).not.toHaveText(endsBefore ?? '');

    const history = page.getByTestId('subscription-history').locator('li');
    const kinds = await history.evaluateAll((items) => items.map((li) => li.getAttribute('data-kind')));
    expect(kinds).toEqual(['extended', 'plan_changed', 'trial_started', 'created']);
    const actors = await history.getByTestId('history-actor').allTextContents();
    // She created the subscription herself, by confirming her sign-up.
    expect(actors).toEqual(['Siri Fjell', 'Siri Fjell', 'Siri Fjell', 'Siri Fjell']);
    for (const time of await history.locator('time').allTextContents()) expect(time).toContain(today());
    await expect(history.nth(1)).toContainText(/Før: Prøveperiode, til .+/);
    await expect(history.nth(1)).toContainText(/Etter: Team, Aktiv, til .+/);
    await page.screenshot({ path: info.outputPath('subscription-after-journey.png'), fullPage: true });
  });
});
