import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf } from '@/db/client';
import { withSystem } from '@/db/doors';
import { refusalCode } from '@/db/refusal';
import { REFERENCE_SHAPE } from '@/lib/applications/reference';
import { Refused } from '@/lib/errors';
import { isUuid } from '@/lib/ids';
import type { StaffCtx } from './staff';

/**
 * Platform staff's reads, each one named definer function of drizzle/0033
 * called through the system door's 'staff-access' purpose. The functions check
 * in SQL that the staff member is staff with TOTP enabled, and the ones that
 * reach personal data need this person's own opening with a reason (logged in
 * the application's tenant and in the audit log). Staff are never members: the
 * tenant door stays as it is.
 */

/** The functions' refusals in the product's words: "not staff" is the same 404 as a missing page. */
const REFUSALS: Record<string, { code: string; field?: string }> = {
  not_staff: { code: 'not_found' },
  not_found: { code: 'not_found' },
  reason_required: { code: 'reasonShort', field: 'reason' },
  not_opened: { code: 'notOpened' },
};

async function staffQuery<T>(query: SQL): Promise<T[]> {
  try {
    return rowsOf<T>(await withSystem('staff-access', (tx) => tx.execute(query)));
  } catch (error) {
    const code = refusalCode(error);
    const refusal = code ? REFUSALS[code] : undefined;
    if (refusal) throw new Refused(refusal.code, refusal.field);
    throw error;
  }
}

const date = (v: unknown) => (v instanceof Date ? v : new Date(String(v)));

export interface StaffTenant {
  id: string;
  slug: string;
  name: string;
  jobs: number;
  applications: number;
}

/** Every tenant with how many jobs and applications it has: no people. */
export async function listTenantsForStaff(staff: StaffCtx): Promise<StaffTenant[]> {
  const rows = await staffQuery<{ id: string; slug: string; name: string; jobs: unknown; applications: unknown }>(
    sql`select id, slug, name, jobs, applications from public.staff_tenants(${staff.userId}::uuid)`,
  );
  return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, jobs: Number(r.jobs), applications: Number(r.applications) }));
}

/** An application as staff may list it before opening it: reference, job title, date. No names. */
export interface StaffApplicationRow {
  id: string;
  reference: string;
  jobTitle: string;
  submittedAt: Date;
}

/** One tenant's newest applications (at most 200), as reference, job title and date. */
export async function listTenantApplicationsForStaff(staff: StaffCtx, tenantId: string): Promise<StaffApplicationRow[]> {
  if (!isUuid(tenantId)) return [];
  const rows = await staffQuery<{ id: string; reference: string; job_title: string; submitted_at: unknown }>(
    sql`select id, reference, job_title, submitted_at from public.staff_applications(${staff.userId}::uuid, ${tenantId}::uuid, 200)`,
  );
  return rows.map((r) => ({ id: r.id, reference: r.reference, jobTitle: r.job_title, submittedAt: date(r.submitted_at) }));
}

/** A reference as a candidate reads it out ("sr-7kd2 m9qx"), in its stored shape, or null. */
export function normaliseReference(value: string): string | null {
  const compact = value.toUpperCase().replace(/[^0-9A-Z]/g, '').replace(/^SR/, '');
  const shaped = compact.length === 8 ? `SR-${compact.slice(0, 4)}-${compact.slice(4)}` : null;
  return shaped && REFERENCE_SHAPE.test(shaped) ? shaped : null;
}

/** The application a reference names, with its tenant; null when there is none. */
export async function findApplicationByReference(staff: StaffCtx, reference: string): Promise<(StaffApplicationRow & { tenantId: string; tenantName: string }) | null> {
  const shaped = normaliseReference(reference);
  // The staff check runs even for a malformed reference: nobody else learns anything from this.
  const rows = await staffQuery<{ tenant_id: string; tenant_name: string; id: string; reference: string; job_title: string; submitted_at: unknown }>(
    sql`select tenant_id, tenant_name, id, reference, job_title, submitted_at from public.staff_find_reference(${staff.userId}::uuid, ${shaped ?? ''})`,
  );
  const r = rows[0];
  return r ? { tenantId: r.tenant_id, tenantName: r.tenant_name, id: r.id, reference: r.reference, jobTitle: r.job_title, submittedAt: date(r.submitted_at) } : null;
}

/** One application before it is opened: the same fields as a list row, with its tenant. Refused('not_found') when it is not there. */
export async function applicationSummaryForStaff(staff: StaffCtx, tenantId: string, applicationId: string): Promise<StaffApplicationRow & { tenantId: string; tenantName: string }> {
  if (!isUuid(tenantId) || !isUuid(applicationId)) throw new Refused('not_found');
  const rows = await staffQuery<{ tenant_id: string; tenant_name: string; id: string; reference: string; job_title: string; submitted_at: unknown }>(
    sql`select tenant_id, tenant_name, id, reference, job_title, submitted_at from public.staff_application_summary(${staff.userId}::uuid, ${tenantId}::uuid, ${applicationId}::uuid)`,
  );
  const r = rows[0];
  if (!r) throw new Refused('not_found');
  return { tenantId: r.tenant_id, tenantName: r.tenant_name, id: r.id, reference: r.reference, jobTitle: r.job_title, submittedAt: date(r.submitted_at) };
}

/**
 * Open an application with a written reason: the database checks staff, TOTP
 * and the reason, and writes the access-log line ('staff_view', in the
 * application's tenant) and the audit line with the reason, in one transaction.
 */
export async function openApplicationAsStaff(staff: StaffCtx, tenantId: string, applicationId: string, reason: string): Promise<void> {
  if (!isUuid(tenantId) || !isUuid(applicationId)) throw new Refused('not_found');
  await staffQuery(sql`select public.staff_open_application(${staff.userId}::uuid, ${tenantId}::uuid, ${applicationId}::uuid, ${reason})`);
}

export interface StaffApplicationView {
  id: string;
  tenantId: string;
  tenantName: string;
  reference: string;
  jobTitle: string;
  fullName: string;
  birthDate: string;
  email: string;
  phone: string;
  coverLetter: string;
  language: 'nb' | 'en';
  consentedAt: Date;
  submittedAt: Date;
  stage: string;
  files: Array<{ id: string; fileName: string; contentType: string; size: number }>;
}

/**
 * The application as the candidate sent it and its stage (not the employer's
 * notes or ratings), only within 30 minutes of this staff member's own opening;
 * otherwise Refused('notOpened'), and the page asks for a reason.
 */
export async function readOpenedApplication(staff: StaffCtx, tenantId: string, applicationId: string): Promise<StaffApplicationView> {
  if (!isUuid(tenantId) || !isUuid(applicationId)) throw new Refused('not_found');
  const [row] = await staffQuery<{ v: unknown }>(sql`select public.staff_read_application(${staff.userId}::uuid, ${tenantId}::uuid, ${applicationId}::uuid) as v`);
  const v = (typeof row?.v === 'string' ? JSON.parse(row.v) : row?.v) as Record<string, unknown> & { files: StaffApplicationView['files'] };
  return {
    ...(v as unknown as StaffApplicationView),
    consentedAt: date(v.consentedAt),
    submittedAt: date(v.submittedAt),
    files: v.files.map((f) => ({ ...f, size: Number(f.size) })),
  };
}

/** A file's bytes for download within the opening, logged as a download by the staff member. */
export async function downloadFileAsStaff(staff: StaffCtx, tenantId: string, applicationId: string, fileId: string): Promise<{ fileName: string; contentType: string; content: Uint8Array }> {
  if (!isUuid(tenantId) || !isUuid(applicationId) || !isUuid(fileId)) throw new Refused('not_found');
  const [row] = await staffQuery<{ file_name: string; content_type: string; content: Uint8Array | string }>(
    sql`select file_name, content_type, content from public.staff_download_file(${staff.userId}::uuid, ${tenantId}::uuid, ${applicationId}::uuid, ${fileId}::uuid)`,
  );
  if (!row) throw new Refused('not_found');
  const content = typeof row.content === 'string' ? Buffer.from(row.content.replace(/^\\x/, ''), 'hex') : row.content;
  return { fileName: row.file_name, contentType: row.content_type, content };
}
