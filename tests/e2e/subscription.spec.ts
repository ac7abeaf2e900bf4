import { expect, test } from './fixtures';
import { JobEditorPage } from './pages/job-editor-page';

/**
 * The subscription page (issue 15, part 3): the owner orders an extension with a ticked confirmation (with and
 * without JavaScript) and the history shows it with its date and who made it; a recruiter reads everything but can
 * change nothing; the other employer gets the ordinary 404; a card number never gets into the billing contact.
 */

const PATH = '/dashboard/acme/subscription';
/** Today as the page writes it (Oslo, long Norwegian date), e.g. "1. desember 2026". */
const today = () => new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(new Date());

for (const javaScriptEnabled of [true, false]) {
  const how = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';
  test.describe(`subscription, ${how}`, () => {
    test.use({ javaScriptEnabled });

    test(`the owner extends by one period after confirming; the history shows the step with date and actor, ${how}`, async ({ annaPage: page }) => {
      await page.goto('/dashboard/acme');
      await page.getByRole('navigation', { name: 'Arbeidsgivermeny' }).getByRole('link', { name: 'Abonnement' }).click();
      await expect(page).toHaveURL(new RegExp(`${PATH}$`));
      await expect(page.getByRole('heading', { level: 1, name: 'Abonnement' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: 'Plan: Team' })).toBeVisible();
      await expect(page.getByLabel(/^Publiserte stillinger: \d+ av 25$/)).toBeVisible();
      const endsBefore = await page.getByTestId('subscription-ends').textContent();
      const historyBefore = await page.getByTestId('subscription-history').locator('li').count();

      const form = page.locator('form#subscription-extend');
      // Not ticked: the browser holds the form back, and nothing is ordered.
      await form.getByRole('button', { name: 'Forleng abonnementet' }).click();
      await expect(page.getByTestId('subscription-history').locator('li')).toHaveCount(historyBefore);

      await form.getByLabel('Ja, forleng abonnementet og send faktura').check();
      await form.getByRole('button', { name: 'Forleng abonnementet' }).click();
      await expect(page.locator('#subscription-extend-status')).toContainText('Faktura kommer.');

      await page.goto(PATH);
      await expect(page.getByTestId('subscription-ends')).not.toHaveText(endsBefore ?? '');
      const history = page.getByTestId('subscription-history').locator('li');
      await expect(history).toHaveCount(historyBefore + 1);
      const latest = history.first();
      await expect(latest).toHaveAttribute('data-kind', 'extended');
      await expect(latest).toContainText('Forlenget');
      await expect(latest.getByTestId('history-actor')).toHaveText('Anna Berg');
      await expect(latest.locator('time')).toContainText(today());
      await expect(latest).toContainText(/Før: Team, Aktiv, til .+/);
      await expect(latest).toContainText(/Etter: Team, Aktiv, til .+/);
      // The first event is the demo subscription's creation, by the system.
      await expect(history.last()).toHaveAttribute('data-kind', 'created');
      await expect(history.last().getByTestId('history-actor')).toHaveText('SeeRecruit (automatisk)');
    });

    test(`a card number in the invoice reference is refused on its field, and nothing is stored, ${how}`, async ({ annaPage: page }) => {
      await page.goto(PATH);
      const form = page.locator('form#billing-contact');
      await form.getByLabel('Fakturareferanse').fill('4111 1111 1111 1111');
      await form.getByRole('button', { name: 'Lagre fakturakontakten' }).click();
      await expect(page.locator('#field-invoiceReference-error')).toContainText('Vi lagrer ikke slike numre');
      await expect(page.getByLabel('Fakturareferanse')).toHaveAttribute('aria-invalid', 'true');
      await page.goto(PATH);
      await expect(page.getByLabel('Fakturareferanse')).not.toHaveValue('4111 1111 1111 1111');
    });
  });
}

test('a recruiter reads the plan, usage and history but gets no action buttons or billing form', async ({ olaPage: page }) => {
  await page.goto(PATH);
  await expect(page.getByRole('heading', { level: 1, name: 'Abonnement' })).toBeVisible();
  await expect(page.getByTestId('subscription-usage')).toBeVisible();
  await expect(page.getByTestId('subscription-history').locator('li').first()).toBeVisible();
  await expect(page.getByText('Bare eiere kan endre abonnementet.')).toBeVisible();
  await expect(page.getByTestId('subscription-actions').getByRole('button')).toHaveCount(0);
  await expect(page.getByTestId('subscription-billing').getByRole('button')).toHaveCount(0);
  await expect(page.getByTestId('subscription-billing').getByRole('textbox')).toHaveCount(0);
  await expect(page.locator('form[id^="subscription-"], form#billing-contact')).toHaveCount(0);
});

test('the other employer gets the ordinary 404 for Acme’s subscription, and sees its own', async ({ erikPage: page }) => {
  const response = await page.goto(PATH);
  expect(response?.status()).toBe(404);
  await expect(page.getByText('Siden finnes ikke')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Acme AS');
  await page.goto('/dashboard/fjord/subscription');
  await expect(page.getByRole('heading', { level: 1, name: 'Abonnement' })).toBeVisible();
  await expect(page.getByTestId('subscription-history')).not.toContainText('Anna Berg');
});

test('publishing one job more than the trial allows is refused with the limit and a link to the subscription page', async ({ erikPage: page }, info) => {
  // Fjord is on the trial (5 published jobs at a time). Publish until the plan says no, then take ours down again.
  const editor = new JobEditorPage(page, 'fjord');
  const published: string[] = [];
  let refusal = false;
  for (let i = 0; i < 6 && !refusal; i++) {
    await editor.createDraft({ title: `Grensetest ${info.project.name} ${i}`, place: 'Bergen' });
    await page.getByRole('button', { name: 'Publiser', exact: true }).click();
    const answer = page.locator('#move-published-status');
    await expect(answer.or(editor.status.filter({ hasText: 'Publisert' }))).toBeVisible();
    if (await answer.isVisible()) refusal = true;
    else published.push(editor.jobId);
  }
  expect(refusal, 'the trial let a sixth job be published').toBe(true);
  const answer = page.locator('#move-published-status');
  await expect(answer).toContainText('Planen deres gir plass til 5 publiserte stillinger om gangen');
  await expect(editor.status).toHaveText('Utkast');
  await expect(answer.getByRole('link', { name: 'Se abonnementet og hva de andre planene gir' })).toHaveAttribute('href', '/dashboard/fjord/subscription');
  await page.goto('/dashboard/fjord/subscription');
  await expect(page.getByLabel('Publiserte stillinger: 5 av 5')).toBeVisible();
  for (const jobId of published) {
    await editor.open(jobId);
    await page.getByRole('button', { name: 'Avpubliser (tilbake til utkast)' }).click();
    await expect(editor.status).toHaveText('Utkast');
  }
});
