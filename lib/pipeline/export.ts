import { and, asc, eq } from 'drizzle-orm';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Tx } from '@/db/client';
import { applicationFiles, applications, jobs } from '@/db/schema';
import { recordAccess, type MemberRef } from './access-log';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A file name safe inside a ZIP: no folders, no control characters. */
function entryName(name: string): string {
  return name.replace(/[\\/\u0000-\u001f]/g, '_').replace(/^\.+/, '_') || 'file';
}

/**
 * One application for the employer's HR system: a ZIP with application.json
 * (every field as sent, plus the job) and the original files, byte for byte.
 * Written to the access log as an 'export' in the same transaction. Null when
 * it is not this tenant's.
 */
export async function exportApplication(tx: Tx, ctx: MemberRef, applicationId: string): Promise<{ zip: Uint8Array; reference: string } | null> {
  if (!UUID.test(applicationId)) return null;
  const [row] = await tx
    .select({ application: applications, jobTitle: jobs.title, jobSlug: jobs.slug })
    .from(applications)
    .innerJoin(jobs, and(eq(jobs.tenantId, applications.tenantId), eq(jobs.id, applications.jobId)))
    .where(and(eq(applications.tenantId, ctx.tenantId), eq(applications.id, applicationId)));
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
    let name = `files/${entryName(f.fileName)}`;
    if (used.has(name)) name = `files/${i + 1}-${entryName(f.fileName)}`;
    used.add(name);
    entries[name] = new Uint8Array(f.content);
    return { id: f.id, fileName: f.fileName, path: name, contentType: f.contentType, size: f.size, sha256: f.sha256, uploadedAt: f.createdAt };
  });
  const document = {
    application: { ...a },
    job: { id: a.jobId, title: row.jobTitle, slug: row.jobSlug },
    files: fileList,
    exportedAt: new Date(),
  };
  entries['application.json'] = strToU8(JSON.stringify(document, null, 2));
  await recordAccess(tx, ctx, a.id, 'export');
  return { zip: zipSync(entries, { level: 6 }), reference: a.reference };
}
