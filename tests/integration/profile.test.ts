import { sql } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { rowsOf, type Tx } from '../../db/client';
import { withTenant } from '../../db/doors';
import { newReference } from '../../lib/applications/reference';
import { candidateExportStream } from '../../lib/candidate/export';
import { eraseApplications } from '../../lib/erasure/erase';
import { loadCandidateProfile, openProfileLink, saveProfilePage, setProfileSharing } from '../../lib/profile/candidate';
import { openSharedProfile } from '../../lib/profile/employer';
import { ITEMS, itemsOnPage, PAGE_COUNT } from '../../lib/profile/instrument';
import { signProfileLink } from '../../lib/profile/link';
import { portalProfiles, setPortalProfileSharing } from '../../lib/profile/portal';
import { dbError, makeJob, makeTenant, scalar, testDb } from './db';
import { makeApplication, makeMember } from './fixtures/applications';
import { portalSessionFor } from './fixtures/portal';

const handle = testDb();

/** Kari's application at an employer, with a reference of the real shape (the link checks it). */
async function kariApplies(opts: { filled?: boolean } = {}) {
  const tenant = await makeTenant(handle, 'Acme AS');
  const owner = await makeMember(handle, tenant.id, 'owner');
  const job = await makeJob(handle, tenant.id, 'Lagerleder');
  const application = await makeApplication(handle, tenant.id, job.id, { reference: newReference(), email: `kari.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@example.no` });
  return { tenant, owner, job, application, opts };
}

/** Page answers as the form posts them: every item of the page, cycling 1…5 from `start`. */
function pageForm(page: number, start = 1): Record<string, string> {
  return Object.fromEntries(itemsOnPage(page).map((item, i) => [item.id, String(((start - 1 + i) % 5) + 1)]));
}

async function completeAll(tenant: Awaited<ReturnType<typeof makeTenant>>, reference: string) {
  for (let page = 1; page <= PAGE_COUNT; page++) await saveProfilePage(tenant, reference, page, pageForm(page, page), 'nb');
}

const storedRow = (tenantId: string, applicationId: string) =>
  handle.owner
    .execute(sql`select answers, completed_at, shared_at from application_profiles where tenant_id = ${tenantId} and application_id = ${applicationId}`)
    .then((r) => rowsOf<{ answers: Record<string, number>; completed_at: string | null; shared_at: string | null }>(r)[0] ?? null);

describe('the signed link: bound to one application at one employer', () => {
  it('opens with its own signature, and a forged one, another employer’s slug or a well-signed unknown reference find nothing', async () => {
    const { tenant, application } = await kariApplies();
    const other = await kariApplies();
    const sig = signProfileLink(tenant.slug, application.reference);
    expect((await openProfileLink(tenant.slug, application.reference, sig))?.profile.applicationId).toBe(application.id);
    expect(await openProfileLink(tenant.slug, application.reference, `${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
    expect(await openProfileLink(tenant.slug, application.reference, '')).toBeNull();
    // Her signature under another employer's address: refused by the signature.
    expect(await openProfileLink(other.tenant.slug, application.reference, sig)).toBeNull();
    // A correctly signed pair that is not an application there (another employer's reference): nothing either.
    expect(await openProfileLink(other.tenant.slug, application.reference, signProfileLink(other.tenant.slug, application.reference))).toBeNull();
    const unknown = newReference();
    expect(await openProfileLink(tenant.slug, unknown, signProfileLink(tenant.slug, unknown))).toBeNull();
  });
});

describe('taking it: saved per page, resumed where she left off', () => {
  it('saves a page, keeps the answered ones of an incomplete page, refuses a value no form sends, and resumes at the first open page', async () => {
    const { tenant, application } = await kariApplies();
    expect((await loadCandidateProfile(tenant, application.reference))?.openPage).toBe(1);
    expect(await storedRow(tenant.id, application.id)).toBeNull();

    expect(await saveProfilePage(tenant, application.reference, 1, pageForm(1), 'nb')).toEqual({ kind: 'saved', completed: false, openPage: 2 });
    const partial = pageForm(2);
    const [first, second] = itemsOnPage(2).map((i) => i.id);
    delete partial[first!];
    delete partial[second!];
    expect(await saveProfilePage(tenant, application.reference, 2, partial, 'nb')).toEqual({ kind: 'missing', itemIds: [first, second] });
    const row = await storedRow(tenant.id, application.id);
    expect(Object.keys(row!.answers)).toHaveLength(14);
    expect(row!.completed_at).toBeNull();

    expect(await saveProfilePage(tenant, application.reference, 3, { ...pageForm(3), [itemsOnPage(3)[0]!.id]: '7' }, 'nb')).toEqual({ kind: 'invalid' });
    expect(Object.keys((await storedRow(tenant.id, application.id))!.answers)).toHaveLength(14);

    // Leaving and coming back with the same link: page 2 is the first with an open statement.
    const resumed = await loadCandidateProfile(tenant, application.reference);
    expect(resumed?.openPage).toBe(2);
    expect(resumed?.answers[itemsOnPage(1)[0]!.id]).toBe(1);
    // Items of another page in a page's post are ignored.
    await saveProfilePage(tenant, application.reference, 2, { ...pageForm(2), [itemsOnPage(4)[0]!.id]: '5' }, 'nb');
    expect((await storedRow(tenant.id, application.id))!.answers[itemsOnPage(4)[0]!.id]).toBeUndefined();
    expect((await loadCandidateProfile(tenant, application.reference))?.openPage).toBe(3);
  });
});

describe('completion locks the answers', () => {
  it('completes on the last open statement, queues the email with her result, and then the database refuses any change to the answers', async () => {
    const { tenant, application } = await kariApplies();
    await completeAll(tenant, application.reference);
    const done = await loadCandidateProfile(tenant, application.reference);
    expect(done?.completedAt).toBeInstanceOf(Date);
    expect(done?.scores && Object.keys(done.scores).sort()).toEqual(['collaboration', 'curiosity', 'drive', 'steadiness', 'structure']);
    expect(Object.keys((await storedRow(tenant.id, application.id))!.answers)).toHaveLength(ITEMS.length);

    const [email] = rowsOf<{ recipient: string; payload: { reference: string; resultUrl: string; scores: Record<string, number> } }>(
      await handle.owner.execute(sql`select recipient, payload from outbox where template = 'profile-completed' and payload->>'reference' = ${application.reference}`),
    );
    expect(email?.recipient).toBe(application.email);
    expect(email?.payload.scores).toEqual(done?.scores);
    expect(email?.payload.resultUrl).toContain(`/personprofil/${tenant.slug}?ref=${application.reference}&sig=${signProfileLink(tenant.slug, application.reference)}`);

    expect(await saveProfilePage(tenant, application.reference, 1, pageForm(1, 3), 'nb')).toEqual({ kind: 'locked' });
    // As the role the app uses, and as the table owner: refused by the trigger.
    const update = (tx: Tx) => tx.execute(sql`update application_profiles set answers = answers || '{"q01": 5}'::jsonb where tenant_id = ${tenant.id} and application_id = ${application.id}`);
    expect(await dbError(withTenant({ tenantId: tenant.id }, update))).toMatch(/profile_locked/);
    expect(await dbError(handle.owner.transaction(update))).toMatch(/profile_locked/);
    expect(await dbError(handle.owner.execute(sql`update application_profiles set completed_at = null where application_id = ${application.id}`))).toMatch(/profile_locked/);
    expect(await dbError(handle.owner.execute(sql`truncate application_profiles cascade`))).toMatch(/TRUNCATE/);
  });
});

describe('sharing is her choice; the employer sees only what she shares', () => {
  it('not shared: the employer function returns nothing and a member cannot even select the row; shared: the five results, logged as a view; withdrawn: gone again', async () => {
    const { tenant, owner, application } = await kariApplies();
    const recruiter = await makeMember(handle, tenant.id, 'recruiter');
    await completeAll(tenant, application.reference);
    const views = () => scalar<number>(handle, sql`select count(*)::int from access_log where application_id = ${application.id} and action = 'profile_view'`);

    expect(await withTenant(owner, (tx) => openSharedProfile(tx, owner, application.id))).toBeNull();
    expect(await withTenant(owner, (tx) => tx.execute(sql`select count(*)::int as n from application_profiles`).then((r) => rowsOf<{ n: number }>(r)[0]!.n))).toBe(0);
    expect(await views()).toBe(0);

    expect(await setProfileSharing(tenant, application.reference, true)).toBe('shared');
    const seen = await withTenant(recruiter, (tx) => openSharedProfile(tx, recruiter, application.id));
    expect(seen?.scores).toEqual((await loadCandidateProfile(tenant, application.reference))?.scores);
    expect(await views()).toBe(1);
    // A member cannot change it, shared or not.
    expect(await dbError(withTenant(owner, (tx) => tx.execute(sql`update application_profiles set shared_at = null where application_id = ${application.id}`)))).toMatch(/row-level security/i);

    expect(await setProfileSharing(tenant, application.reference, false)).toBe('withdrawn');
    expect(await withTenant(owner, (tx) => openSharedProfile(tx, owner, application.id))).toBeNull();
    expect(await views()).toBe(1);
    const log = rowsOf<{ action: string }>(await handle.owner.execute(sql`select action from application_profile_sharing where application_id = ${application.id} order by created_at, id`));
    expect(log.map((l) => l.action)).toEqual(['shared', 'withdrawn']);
    expect(await dbError(handle.owner.execute(sql`update application_profile_sharing set action = 'shared' where application_id = ${application.id}`))).toMatch(/refused/);
  });

  it('another tenant’s member gets nothing, even for a shared profile, and an unfinished profile cannot be shared', async () => {
    const { tenant, application } = await kariApplies();
    const elsewhere = await kariApplies();
    expect(await setProfileSharing(tenant, application.reference, true)).toBe('notComplete');
    await completeAll(tenant, application.reference);
    expect(await setProfileSharing(tenant, application.reference, true)).toBe('shared');
    expect(await withTenant(elsewhere.owner, (tx) => openSharedProfile(tx, elsewhere.owner, application.id))).toBeNull();
    // Someone from another tenant presenting this tenant's id (a context that claims a membership the database does not have).
    const claimed = { ...elsewhere.owner, tenantId: tenant.id };
    expect(await withTenant(claimed, (tx) => openSharedProfile(tx, claimed, application.id))).toBeNull();
    expect(await scalar<number>(handle, sql`select count(*)::int from access_log where application_id = ${application.id}`)).toBe(0);
  });

  it('withdrawal is refused once the position is filled (by the database, whichever door asks)', async () => {
    const { tenant, job, application } = await kariApplies();
    await completeAll(tenant, application.reference);
    await setProfileSharing(tenant, application.reference, true);
    await handle.owner.execute(sql`update jobs set status = 'filled', filled_at = now() where tenant_id = ${tenant.id} and id = ${job.id}`);
    expect(await setProfileSharing(tenant, application.reference, false)).toBe('positionFilled');
    expect((await storedRow(tenant.id, application.id))!.shared_at).not.toBeNull();
  });
});

describe('the candidate portal, her export and erasure', () => {
  it('lists her profile, withdraws from there (logged), exports every answer and the result, and erasing the application erases the profile, its log and its email', async () => {
    const { tenant, owner, application } = await kariApplies();
    await completeAll(tenant, application.reference);
    await setProfileSharing(tenant, application.reference, true);
    const session = await portalSessionFor(handle, application.email);

    const [mine] = (await portalProfiles(session))!;
    expect(mine).toMatchObject({ tenantId: tenant.id, applicationId: application.id, tenantSlug: tenant.slug, positionFilled: false });
    expect(mine!.sharedAt).not.toBeNull();
    await setPortalProfileSharing(session, tenant.id, application.id, false);
    expect((await portalProfiles(session))![0]!.sharedAt).toBeNull();
    expect(await withTenant(owner, (tx) => openSharedProfile(tx, owner, application.id))).toBeNull();
    expect(rowsOf<{ action: string }>(await handle.owner.execute(sql`select action from application_profile_sharing where application_id = ${application.id} order by created_at, id`)).map((l) => l.action)).toEqual(['shared', 'withdrawn']);
    // Another address's session cannot touch it.
    const stranger = await kariApplies();
    const strangerSession = await portalSessionFor(handle, stranger.application.email);
    await expect(setPortalProfileSharing(strangerSession, tenant.id, application.id, true)).rejects.toMatchObject({ code: 'not_found' });

    const stream = await candidateExportStream(session, 'nb');
    const chunks: Uint8Array[] = [];
    const reader = stream!.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
    const zip = unzipSync(new Uint8Array(Buffer.concat(chunks)));
    const doc = JSON.parse(strFromU8(zip['seerecruit-data.json']!)) as { applications: { reference: string; workStyleProfile: { answers: Record<string, number>; result: Record<string, number>; sharing: unknown[] } | null }[] };
    const exported = doc.applications.find((a) => a.reference === application.reference)!;
    expect(Object.keys(exported.workStyleProfile!.answers)).toHaveLength(ITEMS.length);
    expect(exported.workStyleProfile!.result).toEqual(mine!.scores);
    expect(exported.workStyleProfile!.sharing).toHaveLength(2);

    expect(await eraseApplications({ tenantId: tenant.id, actorUserId: owner.userId, reason: 'employer', employerReason: 'sent_in_error' }, [application.id])).toEqual({ erased: 1 });
    expect(await storedRow(tenant.id, application.id)).toBeNull();
    expect(await scalar<number>(handle, sql`select count(*)::int from application_profile_sharing where application_id = ${application.id}`)).toBe(0);
    expect(await scalar<number>(handle, sql`select count(*)::int from outbox where template = 'profile-completed' and payload->>'reference' = ${application.reference}`)).toBe(0);
  });
});
