import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, APIResponse, Page } from '@playwright/test';
import { pdf } from '../fixtures/documents';
import { expect, test } from './fixtures';
import { applicant, ApplyPage, upload } from './pages/apply-page';

/**
 * The cross-tenant matrix: every dashboard page and every server action under
 * app/**\/dashboard/ is tried signed out, as the other employer's member and
 * with too little role. A new page or action that is not listed here fails
 * the coverage tests below, so nothing joins the dashboard unchecked.
 */

// Bytes of Acme that must never reach Erik (Fjord) or anyone signed out.
const ACME_SECRETS = ['Acme AS', 'anna@acme.test', 'ola@acme.test', 'Anna Berg', 'Ola Nordmann', 'Backend-utvikler', 'Produktdesigner', 'Lagerleder'];

type PageCase =
  | { path: string; tenant: true; ownerOnly: boolean }
  /** A page outside any tenant: what a member of one employer (Erik, Fjord's only owner) gets there. */
  | { path: string; tenant: false; ownerOnly: false; signedIn: { status: number; location?: string } };
const PAGES: Record<string, PageCase> = {
  // Someone with one employer goes straight there (a server-component redirect: 307).
  'app/[locale]/dashboard/page.tsx': { path: '/dashboard', tenant: false, ownerOnly: false, signedIn: { status: 307, location: '/dashboard/fjord' } },
  'app/[locale]/dashboard/account/security/page.tsx': { path: '/dashboard/account/security', tenant: false, ownerOnly: false, signedIn: { status: 200 } },
  'app/[locale]/dashboard/[tenant]/page.tsx': { path: '/dashboard/{tenant}', tenant: true, ownerOnly: false },
  'app/[locale]/dashboard/[tenant]/team/page.tsx': { path: '/dashboard/{tenant}/team', tenant: true, ownerOnly: true },
  'app/[locale]/dashboard/[tenant]/audit/page.tsx': { path: '/dashboard/{tenant}/audit', tenant: true, ownerOnly: true },
  'app/[locale]/dashboard/[tenant]/jobs/page.tsx': { path: '/dashboard/{tenant}/jobs', tenant: true, ownerOnly: false },
  'app/[locale]/dashboard/[tenant]/jobs/new/page.tsx': { path: '/dashboard/{tenant}/jobs/new', tenant: true, ownerOnly: false },
  'app/[locale]/dashboard/[tenant]/jobs/[jobId]/page.tsx': { path: '/dashboard/{tenant}/jobs/{job}', tenant: true, ownerOnly: false },
  'app/[locale]/dashboard/[tenant]/applications/page.tsx': { path: '/dashboard/{tenant}/applications', tenant: true, ownerOnly: false },
  'app/[locale]/dashboard/[tenant]/applications/[applicationId]/page.tsx': { path: '/dashboard/{tenant}/applications/{application}', tenant: true, ownerOnly: false },
  'app/[locale]/dashboard/[tenant]/settings/access-log/page.tsx': { path: '/dashboard/{tenant}/settings/access-log', tenant: true, ownerOnly: true },
  // Recruiters read the retention settings; only owners change them (the action, and the database).
  'app/[locale]/dashboard/[tenant]/settings/page.tsx': { path: '/dashboard/{tenant}/settings', tenant: true, ownerOnly: false },
  // Recruiters read the subscription and its history; only owners change it (the actions, and the database's policies).
  'app/[locale]/dashboard/[tenant]/subscription/page.tsx': { path: '/dashboard/{tenant}/subscription', tenant: true, ownerOnly: false },
};

interface Targets {
  olaId: string;
  annaId: string;
  invitationId: string;
  /** Acme's published "Backend-utvikler" job, an application to it (with a file) and Anna's note on it. */
  jobId: string;
  applicationId: string;
  fileId: string;
  noteId: string;
  /** Anna's legal hold on that application. */
  holdId: string;
}
const NO_ID = '00000000-0000-4000-8000-000000000000';
/** A page path with its ids filled in (signed out, any well-formed id will do). */
function fill(p: string, t?: Targets) {
  return p
    .replace('{tenant}', 'acme')
    .replace('{job}', t?.jobId ?? NO_ID)
    .replace('{application}', t?.applicationId ?? NO_ID);
}
const NOTE_BODY = 'Anna sin notat fra matrisen';
/** A hold end date a month ahead (YYYY-MM-DD). */
const holdUntil = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
type ActionCase =
  | { scope: 'user'; args: 'none' | 'form' | 'state+form' }
  | {
      scope: 'tenant';
      ownerOnly: boolean;
      /** Where the action is used (ids filled in); `check` is where its effect would show, if elsewhere. */
      page: string;
      check?: string;
      fields: (t: Targets) => Record<string, string>;
      stillThere: (t: Targets, html: string) => boolean;
    };
const ACTIONS: Record<string, ActionCase> = {
  'app/[locale]/dashboard/actions.ts#signOutAction': { scope: 'user', args: 'form' },
  'app/[locale]/dashboard/actions.ts#staySignedInAction': { scope: 'user', args: 'none' },
  'app/[locale]/dashboard/account/security/actions.ts#changePasswordAction': { scope: 'user', args: 'state+form' },
  'app/[locale]/dashboard/account/security/actions.ts#signOutEverywhereAction': { scope: 'user', args: 'state+form' },
  'app/[locale]/dashboard/account/security/actions.ts#startTotpAction': { scope: 'user', args: 'state+form' },
  'app/[locale]/dashboard/account/security/actions.ts#confirmTotpAction': { scope: 'user', args: 'state+form' },
  'app/[locale]/dashboard/account/security/actions.ts#disableTotpAction': { scope: 'user', args: 'state+form' },
  'app/[locale]/dashboard/[tenant]/team/actions.ts#inviteMemberAction': {
    scope: 'tenant',
    ownerOnly: true,
    page: 'team',
    fields: () => ({ email: 'intruder@evil.example', role: 'owner' }),
    stillThere: (_t, html) => !html.includes('intruder@evil.example'),
  },
  'app/[locale]/dashboard/[tenant]/team/actions.ts#changeMemberRoleAction': {
    scope: 'tenant',
    ownerOnly: true,
    page: 'team',
    fields: (t) => ({ userId: t.annaId, role: 'recruiter' }),
    stillThere: (_t, html) => /data-member="anna@acme.test"[\s\S]*?<option value="owner" selected=""/.test(html),
  },
  'app/[locale]/dashboard/[tenant]/team/actions.ts#removeMemberAction': {
    scope: 'tenant',
    ownerOnly: true,
    page: 'team',
    fields: (t) => ({ userId: t.olaId }),
    stillThere: (_t, html) => html.includes('data-member="ola@acme.test"'),
  },
  'app/[locale]/dashboard/[tenant]/team/actions.ts#revokeInvitationAction': {
    scope: 'tenant',
    ownerOnly: true,
    page: 'team',
    fields: (t) => ({ invitationId: t.invitationId }),
    stillThere: (t, html) => html.includes(t.invitationId),
  },
  'app/[locale]/dashboard/[tenant]/jobs/actions.ts#createJobAction': {
    scope: 'tenant',
    ownerOnly: false,
    page: 'jobs/new',
    check: 'jobs',
    fields: () => ({ title: 'Inntrenger-stilling', place: '', employmentType: 'permanent', description: '', language: 'nb', closesOn: '' }),
    stillThere: (_t, html) => html.includes('Backend-utvikler') && !html.includes('Inntrenger-stilling'),
  },
  'app/[locale]/dashboard/[tenant]/jobs/actions.ts#updateJobAction': {
    scope: 'tenant',
    ownerOnly: false,
    page: 'jobs/{job}',
    fields: (t) => ({ jobId: t.jobId, title: 'Kapret tittel', place: '', employmentType: 'permanent', description: '', language: 'nb', closesOn: '' }),
    stillThere: (_t, html) => html.includes('Backend-utvikler') && !html.includes('Kapret tittel'),
  },
  'app/[locale]/dashboard/[tenant]/jobs/actions.ts#moveJobAction': {
    scope: 'tenant',
    ownerOnly: false,
    page: 'jobs/{job}',
    fields: (t) => ({ jobId: t.jobId, to: 'archived', confirm: 'yes' }),
    stillThere: (_t, html) => html.includes('data-testid="job-status">Publisert<'),
  },
  'app/[locale]/dashboard/[tenant]/jobs/actions.ts#deleteJobApplicationsAction': {
    scope: 'tenant',
    ownerOnly: true,
    page: 'jobs/{job}',
    check: 'applications/{application}',
    fields: (t) => ({ jobId: t.jobId, confirm: 'yes' }),
    stillThere: (_t, html) => html.includes('data-testid="reference"'),
  },
  'app/[locale]/dashboard/[tenant]/applications/actions.ts#moveStageAction': {
    scope: 'tenant',
    ownerOnly: false,
    page: 'applications/{application}',
    fields: (t) => ({ applicationId: t.applicationId, stage: 'rejected', notify: 'yes' }),
    stillThere: (_t, html) => html.includes('<option value="new" selected="">') && !html.includes('aria-label="Steghistorikk"'),
  },
  'app/[locale]/dashboard/[tenant]/applications/actions.ts#addNoteAction': {
    scope: 'tenant',
    ownerOnly: false,
    page: 'applications/{application}',
    fields: (t) => ({ applicationId: t.applicationId, body: 'Inntrengerens notat' }),
    stillThere: (_t, html) => !html.includes('Inntrengerens notat'),
  },
  'app/[locale]/dashboard/[tenant]/applications/actions.ts#editNoteAction': {
    scope: 'tenant',
    ownerOnly: false,
    page: 'applications/{application}',
    fields: (t) => ({ noteId: t.noteId, body: 'Endret av inntrenger' }),
    stillThere: (_t, html) => html.includes(NOTE_BODY) && !html.includes('Endret av inntrenger'),
  },
  'app/[locale]/dashboard/[tenant]/applications/actions.ts#deleteNoteAction': {
    scope: 'tenant',
    ownerOnly: false,
    page: 'applications/{application}',
    // The form's ticked confirmation, so the check reaches the tenant scoping once the action requires it.
    fields: (t) => ({ noteId: t.noteId, confirm: 'yes' }),
    stillThere: (t, html) => html.includes(`data-note="${t.noteId}"`),
  },
  'app/[locale]/dashboard/[tenant]/applications/actions.ts#rateApplicationAction': {
    scope: 'tenant',
    ownerOnly: false,
    page: 'applications/{application}',
    fields: (t) => ({ applicationId: t.applicationId, rating: '1' }),
    stillThere: (_t, html) => html.includes('<option value="" selected="">Ingen vurdering</option>'),
  },
  'app/[locale]/dashboard/[tenant]/applications/actions.ts#deleteApplicationAction': {
    scope: 'tenant',
    ownerOnly: true,
    page: 'applications/{application}',
    fields: (t) => ({ applicationId: t.applicationId, reason: 'duplicate', confirm: 'yes' }),
    stillThere: (_t, html) => html.includes('data-testid="reference"'),
  },
 'app/[locale]/dashboard/[tenant]/settings/actions.ts#updateRetentionSettingsAction': {
    scope: 'tenant',
    ownerOnly: true,
    page: 'settings',
    fields: () => ({ retentionDays: '7', unfilledCapDays: '37' }),
    stillThere: (_t, html) => html.includes('name="unfilledCapDays"') && !html.includes('value="37"'),
  },
  'app/[locale]/dashboard/[tenant]/settings/actions.ts#setLegalHoldAction': {
    scope: 'tenant',
    ownerOnly: true,
    page: 'jobs/{job}',
    fields: (t) => ({ jobId: t.jobId, reason: 'Inntrengerens hold', until: holdUntil() }),
    stillThere: (_t, html) => html.includes('data-testid="job-retention"') && !html.includes('Inntrengerens hold'),
  },
  'app/[locale]/dashboard/[tenant]/settings/actions.ts#releaseLegalHoldAction': {
    scope: 'tenant',
    ownerOnly: true,
    page: 'applications/{application}',
    fields: (t) => ({ holdId: t.holdId }),
    stillThere: (t, html) => html.includes(`name="holdId" value="${t.holdId}"`),
  },
  ...subscriptionActions(),
};

/**
 * The subscription's owner actions: had one gone through for Ola or Erik, Acme's history would name them as its
 * actor (and the billing contact would hold the intruder's text).
 */
function subscriptionActions(): Record<string, ActionCase> {
  const untouched = (_t: Targets, html: string) => html.includes('data-testid="subscription-history"') && !/data-testid="history-actor">(Ola Nordmann|Erik Fjell)</.test(html) && !html.includes('Inntrenger');
  const at = (name: string, fields: Record<string, string>): [string, ActionCase] => [
    `app/[locale]/dashboard/[tenant]/subscription/actions.ts#${name}`,
    { scope: 'tenant', ownerOnly: true, page: 'subscription', fields: () => fields, stillThere: untouched },
  ];
  return Object.fromEntries([
    at('extendSubscriptionAction', { confirm: 'yes' }),
    at('changePlanAction', { plan: 'enterprise', confirm: 'yes' }),
    at('cancelSubscriptionAction', { confirm: 'yes' }),
    at('reactivateSubscriptionAction', { confirm: 'yes' }),
    at('updateBillingContactAction', { billingName: 'Inntrenger AS', billingEmail: 'inntrenger@evil.example', invoiceReference: 'Inntrenger' }),
  ]);
}

/** Actions that take an Acme id: with Erik's own tenant in the form they must still find nothing. */
const ID_ACTIONS = ['#setLegalHoldAction', '#releaseLegalHoldAction', '#removeMemberAction', '#changeMemberRoleAction', '#revokeInvitationAction', '#updateJobAction', '#moveJobAction', '#deleteJobApplicationsAction', '#moveStageAction', '#addNoteAction', '#editNoteAction', '#deleteNoteAction', '#rateApplicationAction', '#deleteApplicationAction'];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}
const dashboardFiles = walk('app').filter((f) => f.split(path.sep).includes('dashboard'));
const exportedActions = dashboardFiles
  .filter((f) => path.basename(f) === 'actions.ts')
  .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/export (?:async function|const) (\w+)/g)].map((m) => `${f}#${m[1]}`));

/** Action ids from the build's manifest, by file and export name. */
function actionIds(): Map<string, string> {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  return new Map(Object.entries(manifest.node).map(([id, v]) => [`${v.filename}#${v.exportedName}`, id]));
}

/**
 * Call a server action the way React does from the browser: Next-Action header
 * and the encoded arguments. Order matters: the form's entries ("_1_…") must
 * come before the root ("0") that refers to them, as the browser sends them.
 */
function callAction(request: APIRequestContext, baseURL: string, pagePath: string, id: string, args: 'none' | 'form' | 'state+form', fields: Record<string, string>) {
  const multipart = new FormData();
  for (const [k, v] of Object.entries(fields)) multipart.append(`_1_${k}`, v);
  multipart.append('0', args === 'none' ? '[]' : args === 'form' ? '["$K1"]' : '[{"status":"idle"},"$K1"]');
  return request.post(pagePath, {
    headers: { 'Next-Action': id, Origin: baseURL, Accept: 'text/x-component' },
    multipart,
    maxRedirects: 0,
  });
}

async function expectNoAcme(response: APIResponse) {
  const body = await response.text();
  for (const secret of ACME_SECRETS) expect(body, `response leaked "${secret}"`).not.toContain(secret);
}

/**
 * The Acme ids an attacker would have to guess, read from Acme's own pages as
 * Anna (owner): team members, a pending invitation, the Backend-utvikler job,
 * a fresh application to it with a PDF, and a note Anna writes on it.
 */
async function acmeTargets(candidatePage: Page, baseURL: string, anna: APIRequestContext): Promise<Targets> {
  const ids = actionIds();
  const invited = await callAction(anna, baseURL, '/dashboard/acme/team', ids.get('app/[locale]/dashboard/[tenant]/team/actions.ts#inviteMemberAction')!, 'state+form', { tenant: 'acme', email: `pending-${Date.now()}@example.test`, role: 'recruiter' });
  expect(invited.status()).toBe(200);
  const teamHtml = await (await anna.get('/dashboard/acme/team')).text();
  const idOf = (email: string) => new RegExp(`data-member="${email}"[\\s\\S]*?name="userId" value="([0-9a-f-]{36})"`).exec(teamHtml)![1]!;

  const jobsHtml = await (await anna.get('/dashboard/acme/jobs')).text();
  const jobId = /data-job="([0-9a-f-]{36})"(?:(?!data-job=)[\s\S])*?Backend-utvikler/.exec(jobsHtml)![1]!;

  const form = new ApplyPage(candidatePage);
  const email = `matrix-${Date.now()}@example.no`;
  await form.open('/careers/acme/backend-utvikler/apply');
  await form.fill(applicant(email), [upload('CV.pdf', pdf())]);
  await form.submit();
  await form.expectReceipt();
  const listHtml = await (await anna.get(`/dashboard/acme/applications?q=${encodeURIComponent(email)}`)).text();
  const applicationId = /data-application="([0-9a-f-]{36})"/.exec(listHtml)![1]!;
  const noted = await callAction(anna, baseURL, `/dashboard/acme/applications/${applicationId}`, ids.get('app/[locale]/dashboard/[tenant]/applications/actions.ts#addNoteAction')!, 'state+form', { tenant: 'acme', applicationId, body: NOTE_BODY });
  expect(noted.status()).toBe(200);
  const held = await callAction(anna, baseURL, `/dashboard/acme/applications/${applicationId}`, ids.get('app/[locale]/dashboard/[tenant]/settings/actions.ts#setLegalHoldAction')!, 'state+form', { tenant: 'acme', applicationId, reason: 'Matrisens hold', until: holdUntil() });
  expect(held.status()).toBe(200);
  const detailHtml = await (await anna.get(`/dashboard/acme/applications/${applicationId}`)).text();
  return {
    annaId: idOf('anna@acme.test'),
    olaId: idOf('ola@acme.test'),
    invitationId: /name="invitationId" value="([0-9a-f-]{36})"/.exec(teamHtml)![1]!,
    jobId,
    applicationId,
    fileId: /\/files\/([0-9a-f-]{36})"/.exec(detailHtml)![1]!,
    noteId: /data-note="([0-9a-f-]{36})"/.exec(detailHtml)![1]!,
    holdId: /name="holdId" value="([0-9a-f-]{36})"/.exec(detailHtml)![1]!,
  };
}

/** Every tenant action's `stillThere`, each against the Acme page where its effect would show. */
async function expectAcmeUnchanged(anna: APIRequestContext, targets: Targets) {
  await test.step('Acme is unchanged: every action’s effect is absent', async () => {
    for (const [key, c] of Object.entries(ACTIONS)) {
      if (c.scope !== 'tenant') continue;
      const html = await (await anna.get(`/dashboard/acme/${fill(c.check ?? c.page, targets)}`)).text();
      expect(c.stillThere(targets, html), `${key} changed Acme`).toBe(true);
    }
  });
}

/** The short name of an action key, for step titles: "team/actions.ts#inviteMemberAction". */
const short = (key: string) => key.replace(/^app\/\[locale\]\/dashboard\/(\[tenant\]\/)?/, '');

test.describe('cross-tenant matrix: every dashboard route and action', () => {
  test.describe.configure({ timeout: 180_000 });

  test('every dashboard page and every exported action is in the matrix', () => {
    const pages = dashboardFiles.filter((f) => path.basename(f) === 'page.tsx').sort();
    expect(pages).toEqual(Object.keys(PAGES).sort());
    expect(exportedActions.sort()).toEqual(Object.keys(ACTIONS).sort());
    const ids = actionIds();
    for (const key of Object.keys(ACTIONS)) expect(ids.has(key), `${key} not in the build`).toBe(true);
    // And the build has no dashboard action the source scan missed.
    expect([...ids.keys()].filter((k) => k.includes('/dashboard/')).sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  test('signed out: every page and every action redirects to sign-in and shows nothing', async ({ request, baseURL }) => {
    const ids = actionIds();
    for (const c of Object.values(PAGES)) {
      for (const prefix of ['', '/en']) {
        const visible = prefix + fill(c.path);
        await test.step(`page ${visible}`, async () => {
          const response = await request.get(visible, { maxRedirects: 0 });
          expect(response.status(), visible).toBe(303);
          expect(response.headers().location).toBe(`${prefix}/login?callbackUrl=${encodeURIComponent(visible)}`);
          await expectNoAcme(response);
        });
      }
    }
    for (const [key, c] of Object.entries(ACTIONS)) {
      await test.step(`action ${short(key)}`, async () => {
        const response = await callAction(request, baseURL!, '/dashboard/acme/team', ids.get(key)!, c.scope === 'user' ? c.args : 'state+form', { tenant: 'acme' });
        expect(response.status(), key).toBe(303);
        expect(response.headers().location, key).toMatch(/^\/login\?callbackUrl=/);
        await expectNoAcme(response);
      });
    }
    // The attachment, preview and export routes: the same session check as the pages.
    for (const route of [`/dashboard/acme/applications/${NO_ID}/files/${NO_ID}`, `/dashboard/acme/applications/${NO_ID}/files/${NO_ID}/preview`, `/dashboard/acme/applications/${NO_ID}/export`, `/dashboard/acme/jobs/${NO_ID}/export`]) {
      await test.step(`route ${route}`, async () => {
        const response = await request.get(route, { maxRedirects: 0 });
        expect(response.status(), route).toBe(303);
        expect(response.headers().location).toBe(`/login?callbackUrl=${encodeURIComponent(route)}`);
      });
    }
  });

  test('as the other employer’s owner: every Acme page is the ordinary 404, every action 404, nothing leaks', async ({ annaPage, erikPage, visitorPage, baseURL }) => {
    const ids = actionIds();
    const anna = annaPage.request;
    const erik = erikPage.request;
    // Targets an attacker would have to guess; we read them from Acme's own pages.
    const targets = await test.step('read the Acme ids as Anna', () => acmeTargets(visitorPage, baseURL!, anna));

    await test.step('an employer that does not exist is the ordinary 404', async () => {
      const missing = await erik.get('/dashboard/no-such-employer');
      expect(missing.status()).toBe(404);
      expect(await missing.text()).toContain('Siden finnes ikke');
    });

    for (const c of Object.values(PAGES)) {
      const visible = fill(c.path, targets);
      await test.step(`page ${visible}`, async () => {
        const response = await erik.get(visible, { maxRedirects: 0 });
        if (c.tenant) {
          expect(response.status(), visible).toBe(404);
          expect(await response.text()).toContain('Siden finnes ikke');
        } else {
          // Not Acme's pages at all: Erik's own answer, exactly.
          expect(response.status(), visible).toBe(c.signedIn.status);
          expect(response.headers().location, visible).toBe(c.signedIn.location);
        }
        await expectNoAcme(response);
      });
    }

    for (const [key, c] of Object.entries(ACTIONS)) {
      if (c.scope !== 'tenant') continue;
      await test.step(`action ${short(key)}`, async () => {
        const fields = { tenant: 'acme', ...c.fields(targets) };
        // Through the Acme URL: the edge gate stops it.
        const viaAcme = await callAction(erik, baseURL!, `/dashboard/acme/${fill(c.page, targets)}`, ids.get(key)!, 'state+form', fields);
        expect(viaAcme.status(), `${key} via acme URL`).toBe(404);
        await expectNoAcme(viaAcme);
        // Through Erik's own URL with Acme in the body: the wrapper stops it (membership in the database).
        const viaOwn = await callAction(erik, baseURL!, `/dashboard/fjord/${fill(c.page, targets)}`, ids.get(key)!, 'state+form', fields);
        expect(viaOwn.status(), `${key} via own URL`).toBe(404);
        await expectNoAcme(viaOwn);
        // Erik's own tenant with Acme's ids: not found either (ids are looked up with the tenant, and RLS).
        const foreignIds = await callAction(erik, baseURL!, `/dashboard/fjord/${fill(c.page, targets)}`, ids.get(key)!, 'state+form', { ...fields, tenant: 'fjord' });
        await expectNoAcme(foreignIds);
        if (ID_ACTIONS.some((suffix) => key.endsWith(suffix))) {
          expect(foreignIds.status(), `${key} with foreign ids`).toBe(404);
        }
      });
    }

    // Acme's attachment, its preview and export, through Acme's URL and through Erik's own: the same 404, and not one byte of them.
    for (const owner of ['acme', 'fjord']) {
      for (const route of [`files/${targets.fileId}`, `files/${targets.fileId}/preview`, 'export']) {
        await test.step(`application ${route} via ${owner}`, async () => {
          const response = await erik.get(`/dashboard/${owner}/applications/${targets.applicationId}/${route}`, { maxRedirects: 0 });
          expect(response.status(), `${route} via ${owner}`).toBe(404);
          expect(response.headers()['content-disposition']).toBeUndefined();
          const body = await response.text();
          expect(body).not.toContain('%PDF');
          expect(body).not.toContain('application.json');
          await expectNoAcme(response);
        });
      }
    }
    for (const owner of ['acme', 'fjord']) {
      await test.step(`job export via ${owner}`, async () => {
        const response = await erik.get(`/dashboard/${owner}/jobs/${targets.jobId}/export`, { maxRedirects: 0 });
        expect(response.status(), `job export via ${owner}`).toBe(404);
        expect(response.headers()['content-disposition']).toBeUndefined();
        expect(await response.text()).not.toContain('summary.csv');
        await expectNoAcme(response);
      });
    }

    await expectAcmeUnchanged(anna, targets);
  });

  test('as a recruiter: owner pages are 404 and owner actions answer 403 with a clear message, changing nothing', async ({ annaPage, olaPage, visitorPage, baseURL }) => {
    const ids = actionIds();
    const anna = annaPage.request;
    const ola = olaPage.request;
    const targets = await test.step('read the Acme ids as Anna', () => acmeTargets(visitorPage, baseURL!, anna));

    for (const c of Object.values(PAGES)) {
      if (!c.tenant) continue;
      await test.step(`page ${c.path}`, async () => {
        const response = await ola.get(fill(c.path, targets));
        expect(response.status(), c.path).toBe(c.ownerOnly ? 404 : 200);
      });
    }
    for (const [key, c] of Object.entries(ACTIONS)) {
      if (c.scope !== 'tenant' || !c.ownerOnly) continue;
      await test.step(`action ${short(key)}`, async () => {
        const response = await callAction(ola, baseURL!, `/dashboard/acme/${fill(c.page, targets)}`, ids.get(key)!, 'state+form', { tenant: 'acme', ...c.fields(targets) });
        expect(response.status(), key).toBe(403);
        expect(await response.text(), key).toContain('Bare eiere kan gjøre denne endringen.');
      });
    }
    await expectAcmeUnchanged(anna, targets);
  });
});
