import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client';
import { withSystem, withTenant } from '../../db/doors';
import {
  applicationSummaryForStaff,
  downloadFileAsStaff,
  findApplicationByReference,
  listTenantApplicationsForStaff,
  listTenantsForStaff,
  openApplicationAsStaff,
  readOpenedApplication,
} from '../../lib/admin/access';
import { newReference } from '../../lib/applications/reference';
import { listAccessLog, staffInAccessLog } from '../../lib/pipeline/access-log';
import { dbError, makeJob, makeStaffUser, makeTenant, refused, scalar, testDb } from './db';
import { makeApplication, makeMember } from './fixtures/applications';

const handle = testDb();

const makeUser = makeStaffUser;

async function world() {
  const acme = await makeTenant(handle, 'Acme Stab AS');
  const other = await makeTenant(handle, 'Andre AS');
  const owner = await makeMember(handle, acme.id, 'owner');
  const recruiter = await makeMember(handle, acme.id, 'recruiter');
  const otherOwner = await makeMember(handle, other.id, 'owner');
  const job = await makeJob(handle, acme.id, 'Backend-utvikler');
  const application = await makeApplication(handle, acme.id, job.id, { fullName: 'Kari Støtte', reference: newReference() }, { name: 'Kari_CV.pdf', bytes: new Uint8Array([37, 80, 68, 70, 45]) });
  const staff = await makeUser({ staff: true, totp: true, name: 'Siri Support' });
  return { acme, other, owner, recruiter, otherOwner, job, application, staff };
}

const REASON = 'Kandidaten skrev til support (sak 4711) og ba oss sjekke at søknaden kom fram.';

async function linesFor(applicationId: string) {
  return rowsOf<{ tenant_id: string; user_id: string; action: string; detail: string | null }>(
    await handle.owner.execute(sql`select tenant_id, user_id, action, detail from access_log where application_id = ${applicationId} order by id`),
  );
}
async function auditFor(userId: string) {
  return rowsOf<{ tenant_id: string; event: string; detail: Record<string, unknown>; purpose: string | null }>(
    await handle.owner.execute(sql`select tenant_id, event, detail, purpose from audit_log where user_id = ${userId} order by id`),
  );
}

describe('audited staff access (drizzle/0033)', () => {
  it('refuses everyone but staff with a second factor: non-staff and staff without TOTP get the same "not found" and nothing is logged', async () => {
    const { acme, owner, application } = await world();
    const plain = await makeUser({ staff: false, totp: true });
    const staffWithoutTotp = await makeUser({ staff: true, totp: false });
    for (const who of [plain, staffWithoutTotp, { userId: owner.userId }, { userId: randomUUID() }]) {
      expect(await refused(listTenantsForStaff(who))).toBe('not_found');
      expect(await refused(listTenantApplicationsForStaff(who, acme.id))).toBe('not_found');
      expect(await refused(findApplicationByReference(who, application.reference))).toBe('not_found');
      expect(await refused(applicationSummaryForStaff(who, acme.id, application.id))).toBe('not_found');
      expect(await refused(openApplicationAsStaff(who, acme.id, application.id, REASON))).toBe('not_found');
      expect(await refused(readOpenedApplication(who, acme.id, application.id))).toBe('not_found');
    }
    expect(await linesFor(application.id)).toEqual([]);
    // In SQL too, whoever calls: the functions name the refusal.
    expect(await dbError(withSystem('staff-access', (tx) => tx.execute(sql`select public.staff_open_application(${staffWithoutTotp.userId}::uuid, ${acme.id}::uuid, ${application.id}::uuid, ${REASON})`)))).toMatch(/seerecruit:not_staff/);
  });

  it('refuses an opening without a written reason (empty, blank, too short, too long) and logs nothing', async () => {
    const { acme, application, staff } = await world();
    for (const reason of ['', '          ', 'for kort', 'x'.repeat(501)]) {
      expect(await refused(openApplicationAsStaff(staff, acme.id, application.id, reason)), JSON.stringify(reason.slice(0, 12))).toBe('reasonShort');
    }
    expect(await dbError(withSystem('staff-access', (tx) => tx.execute(sql`select public.staff_open_application(${staff.userId}::uuid, ${acme.id}::uuid, ${application.id}::uuid, null)`)))).toMatch(/seerecruit:reason_required/);
    expect(await linesFor(application.id)).toEqual([]);
    expect(await auditFor(staff.userId)).toEqual([]);
    // Without an opening the application stays closed to staff too.
    expect(await refused(readOpenedApplication(staff, acme.id, application.id))).toBe('notOpened');
  });

  it('lists tenants with counts and applications by reference, job and date only: no names, no contact details', async () => {
    const { acme, application, staff } = await world();
    const tenants = await listTenantsForStaff(staff);
    expect(tenants.find((t) => t.id === acme.id)).toEqual({ id: acme.id, slug: acme.slug, name: 'Acme Stab AS', jobs: 1, applications: 1 });
    const list = await listTenantApplicationsForStaff(staff, acme.id);
    expect(list).toEqual([{ id: application.id, reference: application.reference, jobTitle: 'Backend-utvikler', submittedAt: expect.any(Date) }]);
    const found = await findApplicationByReference(staff, application.reference.toLowerCase().replace(/-/g, ' '));
    expect(found).toMatchObject({ tenantId: acme.id, tenantName: 'Acme Stab AS', id: application.id, jobTitle: 'Backend-utvikler' });
    const summary = await applicationSummaryForStaff(staff, acme.id, application.id);
    expect(summary).toEqual(found);
    expect(JSON.stringify([tenants, list, found, summary])).not.toMatch(/Kari|example\.no|\+47/);
    expect(await findApplicationByReference(staff, 'SR-0000-0000')).toBeNull();
    expect(await findApplicationByReference(staff, 'not a reference')).toBeNull();
  });

  it('an opening writes exactly one staff_view line in the application’s tenant and one audit line with the reason; then the application and its files can be read', async () => {
    const { acme, application, staff } = await world();
    await openApplicationAsStaff(staff, acme.id, application.id, `  ${REASON}  `);
    expect(await linesFor(application.id)).toEqual([{ tenant_id: acme.id, user_id: staff.userId, action: 'staff_view', detail: REASON }]);
    expect(await auditFor(staff.userId)).toEqual([
      { tenant_id: acme.id, event: 'staff_application_opened', detail: { applicationId: application.id, reference: application.reference, reason: REASON }, purpose: 'staff-access' },
    ]);

    // Reading within the opening writes nothing more.
    const view = await readOpenedApplication(staff, acme.id, application.id);
    expect(view).toMatchObject({ id: application.id, tenantName: 'Acme Stab AS', reference: application.reference, jobTitle: 'Backend-utvikler', fullName: 'Kari Støtte', email: application.email, stage: 'new' });
    expect(view.files).toEqual([{ id: expect.any(String), fileName: 'Kari_CV.pdf', contentType: 'application/pdf', size: 5 }]);
    expect(await linesFor(application.id)).toHaveLength(1);

    // A download is its own line, by the staff member.
    const file = await downloadFileAsStaff(staff, acme.id, application.id, view.files[0]!.id);
    expect(Array.from(file.content)).toEqual([37, 80, 68, 70, 45]);
    expect((await linesFor(application.id)).map((l) => `${l.action} ${l.detail}`)).toEqual([`staff_view ${REASON}`, 'download Kari_CV.pdf']);
  });

  it('an opening is this staff member’s own, for 30 minutes; another staff member needs a reason of their own', async () => {
    const { acme, other, application, staff } = await world();
    const colleague = await makeUser({ staff: true, totp: true });
    await openApplicationAsStaff(staff, acme.id, application.id, REASON);
    expect(await refused(readOpenedApplication(colleague, acme.id, application.id))).toBe('notOpened');
    // The application under another tenant's id is not there.
    expect(await refused(openApplicationAsStaff(staff, other.id, application.id, REASON))).toBe('not_found');
    expect(await refused(readOpenedApplication(staff, other.id, application.id))).toBe('notOpened');
    // Half an hour later the opening has run out (the line keeps its time; move it back as the owner).
    await handle.owner.execute(sql`alter table access_log disable trigger access_log_append_only`);
    await handle.owner.execute(sql`update access_log set created_at = now() - interval '31 minutes' where application_id = ${application.id}`);
    await handle.owner.execute(sql`alter table access_log enable trigger access_log_append_only`);
    expect(await refused(readOpenedApplication(staff, acme.id, application.id))).toBe('notOpened');
  });

  it('the tenant’s owners read the staff line through their own door, with the staff member’s name; recruiters and other tenants do not', async () => {
    const { acme, owner, recruiter, otherOwner, application, staff } = await world();
    await openApplicationAsStaff(staff, acme.id, application.id, REASON);

    const ownerLines = await withTenant(owner, (tx) => listAccessLog(tx, owner));
    expect(ownerLines.filter((l) => l.action === 'staff_view')).toEqual([expect.objectContaining({ applicationId: application.id, userId: staff.userId, detail: REASON })]);
    expect(await withTenant(owner, (tx) => staffInAccessLog(tx))).toEqual(new Map([[staff.userId, 'Siri Support']]));

    // The staff names are for owners (the access-log page is owner-only).
    expect(await dbError(withTenant(recruiter, (tx) => staffInAccessLog(tx)))).toMatch(/seerecruit:not_owner/);
    // Another tenant's owner sees neither the line nor the name.
    expect((await withTenant(otherOwner, (tx) => listAccessLog(tx, otherOwner))).filter((l) => l.applicationId === application.id)).toEqual([]);
    expect(await withTenant(otherOwner, (tx) => staffInAccessLog(tx))).toEqual(new Map());
    expect(await scalar<number>(handle, sql`select count(*)::int from audit_log where tenant_id = ${acme.id} and event = 'staff_application_opened'`)).toBe(1);
  });

  it('staff are never members and the runtime role cannot call the staff functions; the system role cannot read applications itself', async () => {
    const { acme, owner, application, staff } = await world();
    expect(await scalar<number>(handle, sql`select count(*)::int from memberships where user_id = ${staff.userId}`)).toBe(0);
    expect(await dbError(withTenant(owner, (tx) => tx.execute(sql`select public.staff_open_application(${staff.userId}::uuid, ${acme.id}::uuid, ${application.id}::uuid, ${REASON})`)))).toMatch(/permission denied/);
    expect(await dbError(withTenant(owner, (tx) => tx.execute(sql`select * from public.staff_tenants(${staff.userId}::uuid)`)))).toMatch(/permission denied/);
    expect(await dbError(withSystem('staff-access', (tx) => tx.execute(sql`select full_name from applications where id = ${application.id}`)))).toMatch(/permission denied/);
    expect(await dbError(withSystem('staff-access', (tx) => tx.execute(sql`select public.staff_require(${staff.userId}::uuid)`)))).toMatch(/permission denied/);
  });
});
