import { docx, pdf } from '../fixtures/documents';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { ApplicationPage } from './pages/application-page';
import { applicant, ApplyPage, upload } from './pages/apply-page';
import { DashboardPage } from './pages/dashboard-page';
import { JobEditorPage } from './pages/job-editor-page';

/** Yesterday as an Oslo calendar day (YYYY-MM-DD), the way closing dates are judged. */
const osloYesterday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() - 86_400_000));

test('the overview shows recent activity, and a filled job’s applications can all be deleted at once behind a confirmation naming what goes', async ({ olaPage: page, annaPage, visitorPage }, info) => {
  test.setTimeout(120_000);
  const stamp = `${info.project.name}-${Date.now()}`;
  const title = `Sesonghjelp ${stamp}`;
  const dashboard = new DashboardPage(page);
  const editor = new JobEditorPage(page);
  const { jobId, slug } = await test.step('Ola writes and publishes a job', () => editor.createPublished({ title, place: 'Bergen' }));

  const sent = [
    { email: `bulk-a-${stamp}@example.no`, fullName: 'Kari Nordmann', file: upload('CV Kari.pdf', pdf()) },
    { email: `bulk-b-${stamp}@example.no`, fullName: 'Per Hansen', file: upload('CV Per.docx', docx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') },
  ];
  await test.step('two candidates apply: one sends a PDF, the other a Word file', async () => {
    const form = new ApplyPage(visitorPage);
    for (const s of sent) {
      await form.open(`/careers/acme/${slug}/apply`);
      await form.fill(applicant(s.email, { fullName: s.fullName }), [s.file]);
      await form.submit();
      await form.expectReceipt();
    }
  });

  await test.step('the overview tells what happened, newest first, each line a link; no axe violations in either language', async () => {
    await dashboard.goto();
    const activity = dashboard.activity;
    await expect(activity.getByRole('link', { name: `Per Hansen søkte på ${title}` })).toHaveAttribute('href', /\/dashboard\/acme\/applications\/[0-9a-f-]{36}$/);
    await expect(activity.getByRole('link', { name: `${title} ble publisert` })).toHaveAttribute('href', `/dashboard/acme/jobs/${jobId}`);
    await expect(activity.getByRole('listitem').first()).toContainText(`Per Hansen søkte på ${title}`);
    expect(await activity.getByRole('listitem').count()).toBeLessThanOrEqual(10);
    await expect(activity).not.toContainText(sent[0]!.email);
    await expectNoAxeViolations(page);
    await dashboard.goto('', 'en');
    await expect(page.getByRole('heading', { name: 'Recent activity' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  const wordHref = await test.step('a Word file gets no preview, and its preview address is the ordinary 404', async () => {
    const application = new ApplicationPage(page);
    await dashboard.openApplications({ job: jobId });
    await dashboard.openApplication(sent[1]!.email, 'Per Hansen');
    await expect(application.preview()).toHaveCount(0);
    const wordHref = (await application.downloadLink('CV Per.docx').getAttribute('href'))!;
    const wordPreview = await page.request.get(`${wordHref}/preview`);
    expect(wordPreview.status()).toBe(404);
    expect(wordPreview.headers()['content-disposition']).toBeUndefined();
    return wordHref;
  });

  await test.step('while the job is open there is no "delete all"; then it is filled', async () => {
    await editor.open(jobId);
    await expect(editor.eraseAll).toHaveCount(0);
    await editor.markFilled();
  });

  await test.step('M9: the recruiter who filled it is offered no "delete all", only who may', async () => {
    await expect(page.getByTestId('erase-owners-only')).toContainText('2 søknader venter');
    await expect(editor.eraseAll.getByRole('button')).toHaveCount(0);
  });

  await test.step('filled: for the owner, "delete all" names the job and how much goes, and asks first', async () => {
    const owner = new JobEditorPage(annaPage);
    await owner.open(jobId);
    const erase = owner.eraseAll;
    await expect(erase.getByRole('heading', { name: 'Slett alle søknadene nå' })).toBeVisible();
    await expect(erase).toContainText(`Dette sletter for godt alle 2 søknadene til «${title}», med 2 filer`);
    await expectNoAxeViolations(annaPage);
    await owner.eraseAllApplications();
    await expect(owner.status).toHaveText('Besatt'); // the box was not ticked
    await expect(erase).toContainText('alle 2 søknadene');
    await owner.eraseAllApplications(`Ja, slett 2 søknader til «${title}» nå`);
    // The ?erased flag leaves the address once its notice is shown (OneOffNotice).
    await expect(annaPage).toHaveURL(new RegExp(`/dashboard/acme/jobs/${jobId}(\\?erased=2)?$`));
    await expect(annaPage.getByText('2 søknader er slettet.', { exact: true })).toBeVisible();
    await expect(annaPage.getByTestId('tombstones')).toHaveText('2 søknader er slettet. Bare anonyme linjer er igjen.');
    await expect(erase).toContainText('Ingen søknader igjen til denne stillingen.');
    await expect(erase.getByRole('button')).toHaveCount(0);
  });

  await test.step('gone from the lists; the job counts none', async () => {
    await dashboard.openApplications({ job: jobId });
    for (const s of sent) await expect(dashboard.applicationRow(s.email)).toHaveCount(0);
    await dashboard.openJobs();
    await expect(dashboard.jobRow(title)).toContainText('0 nye av 0');
    expect((await page.request.get(wordHref)).status()).toBe(404);
  });
});

test('a closing date that has passed unpublishes the job: closed in the dashboard, no longer open on the career site', async ({ olaPage: page }, info) => {
  const title = `Vikar ${info.project.name}-${Date.now()}`;
  const dashboard = new DashboardPage(page);
  const editor = new JobEditorPage(page);
  const { jobId, slug } = await editor.createPublished({ title, place: 'Bergen' });
  const response = await page.request.get(`/careers/acme/${slug}`);
  expect(await response.text()).toContain('Søk på stillingen');

  await test.step('the date is a day behind us: from then on the job reads as closed, with no scheduled job to run', async () => {
    await editor.closesOn.fill(osloYesterday());
    await editor.saveChanges();
    await editor.open(jobId);
    await expect(editor.status).toHaveText('Stengt');
    await dashboard.openJobs();
    await expect(dashboard.jobRow(title)).toContainText('Stengt');
  });

  await test.step('the career site says it is no longer open, and takes no applications', async () => {
    await page.goto(`/careers/acme/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Denne stillingen er ikke lenger ledig');
    await expect(page.getByRole('link', { name: 'Søk på stillingen' })).toHaveCount(0);
    await page.goto(`/careers/acme/${slug}/apply`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Denne stillingen er ikke lenger ledig');
    await expect(new ApplyPage(page).field('fullName')).toHaveCount(0);
    await page.goto('/careers/acme');
    await expect(page.getByText(title)).toHaveCount(0);
  });
});

test('archiving a job asks first, then takes it off the career site and ends editing', async ({ olaPage: page }, info) => {
  const title = `Arkivjobb ${info.project.name}-${Date.now()}`;
  const dashboard = new DashboardPage(page);
  const editor = new JobEditorPage(page);
  const { jobId } = await editor.createPublished({ title, place: 'Tromsø' });

  await test.step('without the box ticked nothing happens', async () => {
    await editor.archive({ confirm: false });
    await expect(editor.status).toHaveText('Publisert');
  });

  await test.step('confirmed: archived, with no form and no moves left', async () => {
    await editor.archive();
    await editor.open(jobId);
    await expect(editor.status).toHaveText('Arkivert');
    await expect(page.getByText('Besatte og arkiverte stillinger kan ikke lenger redigeres.')).toBeVisible();
    await expect(editor.title).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Publiser og avslutt' })).toHaveCount(0);
    await dashboard.openJobs();
    await expect(dashboard.jobRow(title)).toContainText('Arkivert');
  });

  await test.step('the career site no longer lists it', async () => {
    await page.goto('/careers/acme');
    await expect(page.getByText(title)).toHaveCount(0);
  });
});

test('the menu offers owners the team and both logs, recruiters only jobs, applications, the (read-only) settings and subscription', async ({ annaPage, olaPage }) => {
  const everyone = ['Oversikt', 'Stillinger', 'Søknader', 'Innstillinger', 'Abonnement'];
  const ownersOnly = ['Team', 'Sikkerhetslogg', 'Tilgangslogg'];
  for (const [who, page, links] of [
    ['Anna (owner)', annaPage, [...everyone, ...ownersOnly]],
    ['Ola (recruiter)', olaPage, everyone],
  ] as const) {
    await test.step(who, async () => {
      const dashboard = new DashboardPage(page);
      await dashboard.open('Acme AS');
      await expect(dashboard.nav.getByRole('link')).toHaveText([...links]);
      await dashboard.navigate('Søknader');
      await dashboard.navigate('Stillinger');
      await dashboard.navigate('Oversikt', 'Acme AS');
    });
  }
  await test.step('an owner reaches the team and the logs through the menu', async () => {
    const dashboard = new DashboardPage(annaPage);
    await dashboard.navigate('Team');
    await dashboard.navigate('Sikkerhetslogg');
    await dashboard.navigate('Tilgangslogg');
    await dashboard.navigate('Innstillinger');
  });
});
