import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Tx } from '@/db/client';
import { applicationFiles, applications, jobs } from '@/db/schema';
import { downloadFileName } from '@/lib/applications/file-names';
import { isUuid } from '@/lib/ids';
import type { MemberCtx } from '@/lib/tenancy/context';
import { recordAccess } from './access-log';
import { applicationCorrectionsOf } from './detail';
import { applicationOfTenant } from './find';

/**
 * One application for the employer's HR system: a ZIP with application.json
 * (every field as sent, plus the job) and the original files, byte for byte,
 * each under the name we build (downloadFileName), the uploaded one kept in the JSON.
 * Written to the access log as an 'export' in the same transaction. Null when
 * it is not this tenant's.
 */
export async function exportApplication(tx: Tx, ctx: MemberCtx, applicationId: string): Promise<{ zip: Uint8Array; reference: string } | null> {
  const row = await applicationOfTenant(tx, ctx, applicationId);
  if (!row) return null;
  const files = await tx
    .select()
    .from(applicationFiles)
    .where(and(eq(applicationFiles.tenantId, ctx.tenantId), eq(applicationFiles.applicationId, applicationId)))
    .orderBy(asc(applicationFiles.createdAt));

  const a = row.application;
  const used = new Set<string>();
  const entries: Zippable = {};
  const fileList = files.map((f, i) => {
    // Our name (safe base, sniffed extension), never the uploaded one; unique also where case does not count (Windows, macOS).
    let name = `files/${downloadFileName(f.fileName, f.contentType)}`;
    if (used.has(name.toLowerCase())) name = `files/${i + 1}-${downloadFileName(f.fileName, f.contentType)}`;
    used.add(name.toLowerCase());
    entries[name] = new Uint8Array(f.content);
    return { id: f.id, fileName: f.fileName, path: name, contentType: f.contentType, size: f.size, sha256: f.sha256, uploadedAt: f.createdAt };
  });
  const document = {
    application: { ...a },
    job: row.job,
    files: fileList,
    corrections: await applicationCorrectionsOf(tx, ctx, a.id),
    exportedAt: new Date(),
  };
  entries['application.json'] = strToU8(JSON.stringify(document, null, 2));
  await recordAccess(tx, ctx, a.id, 'export');
  return { zip: zipSync(entries, { level: 6 }), reference: a.reference };
}

/** One CSV cell: quoted, and a leading = + - @ neutralised so spreadsheets never run it as a formula. */
function csvCell(value: unknown): string {
  let text = value instanceof Date ? value.toISOString() : String(value ?? '');
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * All of a job's applications: per application a folder named by its
 * reference (application.json and the original files) and a summary.csv with
 * one line each. Every application exported is logged as an 'export'.
 */
export async function exportJob(tx: Tx, ctx: MemberCtx, jobId: string): Promise<{ zip: Uint8Array; slug: string; count: number } | null> {
  if (!isUuid(jobId)) return null;
  const [job] = await tx.select({ id: jobs.id, title: jobs.title, slug: jobs.slug }).from(jobs).where(and(eq(jobs.tenantId, ctx.tenantId), eq(jobs.id, jobId)));
  if (!job) return null;
  const apps = await tx
    .select()
    .from(applications)
    .where(and(eq(applications.tenantId, ctx.tenantId), eq(applications.jobId, jobId)))
    .orderBy(asc(applications.submittedAt), asc(applications.id));
  const files = apps.length
    ? await tx
        .select()
        .from(applicationFiles)
        .where(and(eq(applicationFiles.tenantId, ctx.tenantId), inArray(applicationFiles.applicationId, apps.map((a) => a.id))))
        .orderBy(asc(applicationFiles.createdAt))
    : [];
  const entries: Zippable = {};
  const summary = [['reference', 'submitted_at', 'full_name', 'birth_date', 'email', 'phone', 'language', 'files'].map(csvCell).join(',')];
  for (const a of apps) {
    const own = files.filter((f) => f.applicationId === a.id);
    const used = new Set<string>();
    const fileList = own.map((f, i) => {
      let name = `${a.reference}/files/${downloadFileName(f.fileName, f.contentType)}`;
      if (used.has(name.toLowerCase())) name = `${a.reference}/files/${i + 1}-${downloadFileName(f.fileName, f.contentType)}`;
      used.add(name.toLowerCase());
      entries[name] = new Uint8Array(f.content);
      return { id: f.id, fileName: f.fileName, path: name, contentType: f.contentType, size: f.size, sha256: f.sha256, uploadedAt: f.createdAt };
    });
    entries[`${a.reference}/application.json`] = strToU8(JSON.stringify({ application: { ...a }, job, files: fileList }, null, 2));
    summary.push([a.reference, a.submittedAt, a.fullName, a.birthDate, a.email, a.phone, a.language, own.map((f) => f.fileName).join('; ')].map(csvCell).join(','));
    await recordAccess(tx, ctx, a.id, 'export');
  }
  entries['summary.csv'] = strToU8(`${summary.join('\r\n')}\r\n`);
  return { zip: zipSync(entries, { level: 6 }), slug: job.slug, count: apps.length };
}
