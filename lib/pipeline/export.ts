import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Tx } from '@/db/client';
import { applicationFiles, applications, jobs } from '@/db/schema';
import { downloadFileName } from '@/lib/applications/file-names';
import { isUuid } from '@/lib/ids';
import type { MemberCtx } from '@/lib/tenancy/context';
import { recordAccess } from './access-log';
import { applicationRecords, type ApplicationRecord } from './export-record';
import { summaryCsv } from './export-summary';
import { applicationOfTenant } from './find';

type StoredFile = typeof applicationFiles.$inferSelect;

/**
 * The files of one application under the names we build (downloadFileName: safe
 * base, sniffed extension), unique also where case does not count (Windows,
 * macOS). Stored, not compressed: PDFs and DOCX files are compressed already.
 */
function addFiles(entries: Zippable, folder: string, files: StoredFile[]) {
  const used = new Set<string>();
  return files.map((f, i) => {
    let name = `${folder}files/${downloadFileName(f.fileName, f.contentType)}`;
    if (used.has(name.toLowerCase())) name = `${folder}files/${i + 1}-${downloadFileName(f.fileName, f.contentType)}`;
    used.add(name.toLowerCase());
    entries[name] = [new Uint8Array(f.content), { level: 0 }];
    // The uploaded name is kept as information; the path is what is in the ZIP.
    return { path: name, uploadedName: f.fileName, contentType: f.contentType, size: f.size, sha256: f.sha256, uploadedAt: f.createdAt };
  });
}

/** application.json: the record for the HR system, the job by title and address, the files. */
function applicationJson(record: ApplicationRecord, job: { title: string; slug: string }, files: ReturnType<typeof addFiles>, exportedAt: Date) {
  return strToU8(JSON.stringify({ ...record, job: { title: job.title, slug: job.slug }, files, exportedAt }, null, 2));
}

/**
 * One application for the employer's HR system: a ZIP with application.json
 * (see ApplicationRecord: what was sent, stage history, notes, ratings; no
 * internal ids) and the original files, byte for byte. Written to the access log
 * as an 'export' in the same transaction. Null when it is not this tenant's.
 */
export async function exportApplication(tx: Tx, ctx: MemberCtx, applicationId: string): Promise<{ zip: Uint8Array; reference: string } | null> {
  const row = await applicationOfTenant(tx, ctx, applicationId);
  if (!row) return null;
  const a = row.application;
  const files = await tx
    .select()
    .from(applicationFiles)
    .where(and(eq(applicationFiles.tenantId, ctx.tenantId), eq(applicationFiles.applicationId, a.id)))
    .orderBy(asc(applicationFiles.createdAt));
  const [record] = await applicationRecords(tx, ctx, [a]);
  const entries: Zippable = {};
  const fileList = addFiles(entries, '', files);
  entries['application.json'] = applicationJson(record!, row.job, fileList, new Date());
  await recordAccess(tx, ctx, a.id, 'export');
  return { zip: zipSync(entries, { level: 6 }), reference: a.reference };
}

/**
 * All of a job's applications: per application a folder named by its
 * reference (application.json and the original files) and a summary.csv with
 * one line each (export-summary.ts). Every application exported is logged as an 'export'.
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
  const records = await applicationRecords(tx, ctx, apps);
  const entries: Zippable = {};
  const exportedAt = new Date();
  const summary: Array<{ record: ApplicationRecord; fileNames: string[] }> = [];
  for (const [i, a] of apps.entries()) {
    const record = records[i]!;
    const fileList = addFiles(entries, `${a.reference}/`, files.filter((f) => f.applicationId === a.id));
    entries[`${a.reference}/application.json`] = applicationJson(record, job, fileList, exportedAt);
    summary.push({ record, fileNames: fileList.map((f) => f.path.slice(f.path.lastIndexOf('/') + 1)) });
    await recordAccess(tx, ctx, a.id, 'export');
  }
  entries['summary.csv'] = strToU8(summaryCsv(summary));
  return { zip: zipSync(entries, { level: 6 }), slug: job.slug, count: apps.length };
}
