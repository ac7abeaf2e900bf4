import 'server-only';
import { and, asc, eq, getTableColumns, inArray } from 'drizzle-orm';
import { strToU8, Zip, ZipDeflate, ZipPassThrough, zipSync, type Zippable } from 'fflate';
import type { Tx } from '@/db/client';
import { withTenant } from '@/db/doors';
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
 * base, sniffed extension), unique also where case does not count (Windows, macOS).
 * The uploaded name is kept as information; the path is what is in the ZIP.
 */
function fileEntries(folder: string, files: Array<Omit<StoredFile, 'content'>>) {
  const used = new Set<string>();
  return files.map((f, i) => {
    let name = `${folder}files/${downloadFileName(f.fileName, f.contentType)}`;
    if (used.has(name.toLowerCase())) name = `${folder}files/${i + 1}-${downloadFileName(f.fileName, f.contentType)}`;
    used.add(name.toLowerCase());
    return { path: name, uploadedName: f.fileName, contentType: f.contentType, size: f.size, sha256: f.sha256, uploadedAt: f.createdAt };
  });
}

/** application.json: the record for the HR system, the job by title and address, the files. */
function applicationJson(record: ApplicationRecord, job: { title: string; slug: string }, files: ReturnType<typeof fileEntries>, exportedAt: Date) {
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
  const fileList = fileEntries('', files);
  // Stored, not compressed: PDFs and DOCX files are compressed already.
  files.forEach((f, i) => (entries[fileList[i]!.path] = [new Uint8Array(f.content), { level: 0 }]));
  entries['application.json'] = applicationJson(record!, row.job, fileList, new Date());
  await recordAccess(tx, ctx, a.id, 'export');
  return { zip: zipSync(entries, { level: 6 }), reference: a.reference };
}

/** A file as listed in application.json, before its bytes are read. */
interface PlannedFile {
  id: string;
  path: string;
}

/** Each application's files, read in a short transaction of their own while the ZIP streams out. */
async function filesOf(ctx: MemberCtx, applicationId: string, planned: PlannedFile[]): Promise<Array<{ path: string; content: Uint8Array }>> {
  if (planned.length === 0) return [];
  const rows = await withTenant(ctx, (tx) =>
    tx
      .select({ id: applicationFiles.id, content: applicationFiles.content })
      .from(applicationFiles)
      .where(and(eq(applicationFiles.tenantId, ctx.tenantId), eq(applicationFiles.applicationId, applicationId))),
  );
  const byId = new Map(rows.map((r) => [r.id, r.content]));
  // A file erased since the export began is left out (its line in application.json stays: it was there).
  return planned.flatMap((f) => (byId.has(f.id) ? [{ path: f.path, content: new Uint8Array(byId.get(f.id)!) }] : []));
}

/**
 * The job ZIP as a stream (fflate Zip): one application's files in memory at a
 * time instead of the whole job's, stored (ZipPassThrough) since PDFs and DOCX
 * files are compressed already; only the JSON and the CSV are deflated.
 */
function streamedZip(ctx: MemberCtx, plan: Array<{ applicationId: string; folder: string; json: Uint8Array; files: PlannedFile[] }>, summary: Uint8Array): ReadableStream<Uint8Array> {
  let zip: Zip;
  let next = 0;
  const deflated = (name: string, bytes: Uint8Array) => {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(bytes, true);
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      zip = new Zip((error, chunk, final) => {
        if (error) return controller.error(error);
        controller.enqueue(chunk);
        if (final) controller.close();
      });
    },
    async pull() {
      const item = plan[next++];
      if (!item) {
        deflated('summary.csv', summary);
        zip.end();
        return;
      }
      deflated(`${item.folder}application.json`, item.json);
      for (const file of await filesOf(ctx, item.applicationId, item.files)) {
        const entry = new ZipPassThrough(file.path);
        zip.add(entry);
        entry.push(file.content, true);
      }
    },
  });
}

/**
 * All of a job's applications: per application a folder named by its
 * reference (application.json and the original files) and a summary.csv with
 * one line each (export-summary.ts). Every application exported is logged as an
 * 'export' in the caller's transaction; the files are read afterwards, one
 * application at a time, as the stream is read.
 */
export async function exportJob(tx: Tx, ctx: MemberCtx, jobId: string): Promise<{ zip: ReadableStream<Uint8Array>; slug: string; count: number } | null> {
  if (!isUuid(jobId)) return null;
  const [job] = await tx.select({ id: jobs.id, title: jobs.title, slug: jobs.slug }).from(jobs).where(and(eq(jobs.tenantId, ctx.tenantId), eq(jobs.id, jobId)));
  if (!job) return null;
  const apps = await tx
    .select()
    .from(applications)
    .where(and(eq(applications.tenantId, ctx.tenantId), eq(applications.jobId, jobId)))
    .orderBy(asc(applications.submittedAt), asc(applications.id));
  // Everything but the bytes: those are read per application while the ZIP streams.
  const { tenantId, id, applicationId, fileName, contentType, size, sha256, createdAt } = getTableColumns(applicationFiles);
  const files = apps.length
    ? await tx
        .select({ tenantId, id, applicationId, fileName, contentType, size, sha256, createdAt })
        .from(applicationFiles)
        .where(and(eq(applicationFiles.tenantId, ctx.tenantId), inArray(applicationFiles.applicationId, apps.map((a) => a.id))))
        .orderBy(asc(applicationFiles.createdAt))
    : [];
  const records = await applicationRecords(tx, ctx, apps);
  const exportedAt = new Date();
  const summary: Array<{ record: ApplicationRecord; fileNames: string[] }> = [];
  const plan = [];
  for (const [i, a] of apps.entries()) {
    const record = records[i]!;
    const own = files.filter((f) => f.applicationId === a.id);
    const fileList = fileEntries(`${a.reference}/`, own);
    plan.push({ applicationId: a.id, folder: `${a.reference}/`, json: applicationJson(record, job, fileList, exportedAt), files: own.map((f, n) => ({ id: f.id, path: fileList[n]!.path })) });
    summary.push({ record, fileNames: fileList.map((f) => f.path.slice(f.path.lastIndexOf('/') + 1)) });
    await recordAccess(tx, ctx, a.id, 'export');
  }
  return { zip: streamedZip(ctx, plan, strToU8(summaryCsv(summary))), slug: job.slug, count: apps.length };
}
