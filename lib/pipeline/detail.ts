import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import {
  applicationCorrections,
  applicationFiles,
  applicationNotes,
  applicationRatings,
  applicationStageEvents,
  applicationStages,
  applications,
  users,
} from '@/db/schema';
import { emailFailures } from '@/lib/email/failures';
import { isUuid } from '@/lib/ids';
import type { MemberCtx } from '@/lib/tenancy/context';
import { recordAccess } from './access-log';
import { applicationOfTenant } from './find';

/**
 * One application exactly as sent, with its files (names and sizes, not bytes),
 * the person's other submissions to the same job, and the employer's workflow
 * beside it. Opening it is written to the access log. Null when it is not this
 * tenant's (the caller answers 404, the same as for a missing one).
 */
export async function openApplication(tx: Tx, ctx: MemberCtx, applicationId: string) {
  const found = await applicationOfTenant(tx, ctx, applicationId);
  if (!found) return null;
  const a = found.application;

  const [files, submissions, stageRow, history, notes, ratings, corrections, failures] = await Promise.all([
    tx
      .select({ id: applicationFiles.id, fileName: applicationFiles.fileName, contentType: applicationFiles.contentType, size: applicationFiles.size, sha256: applicationFiles.sha256 })
      .from(applicationFiles)
      .where(and(eq(applicationFiles.tenantId, ctx.tenantId), eq(applicationFiles.applicationId, a.id)))
      .orderBy(asc(applicationFiles.createdAt)),
    tx
      .select({ id: applications.id, reference: applications.reference, submittedAt: applications.submittedAt })
      .from(applications)
      .where(and(eq(applications.tenantId, ctx.tenantId), eq(applications.jobId, a.jobId), eq(applications.emailKey, a.emailKey!)))
      .orderBy(desc(applications.submittedAt)),
    tx
      .select()
      .from(applicationStages)
      .where(and(eq(applicationStages.tenantId, ctx.tenantId), eq(applicationStages.applicationId, a.id))),
    tx
      .select({ id: applicationStageEvents.id, from: applicationStageEvents.fromStage, to: applicationStageEvents.toStage, at: applicationStageEvents.createdAt, notified: applicationStageEvents.candidateNotified, by: sql<string | null>`coalesce(${users.name}, ${users.email})` })
      .from(applicationStageEvents)
      .leftJoin(users, eq(users.id, applicationStageEvents.actorUserId))
      .where(and(eq(applicationStageEvents.tenantId, ctx.tenantId), eq(applicationStageEvents.applicationId, a.id)))
      .orderBy(asc(applicationStageEvents.createdAt)),
    tx
      .select({ id: applicationNotes.id, body: applicationNotes.body, authorUserId: applicationNotes.authorUserId, createdAt: applicationNotes.createdAt, updatedAt: applicationNotes.updatedAt, author: sql<string | null>`coalesce(${users.name}, ${users.email})` })
      .from(applicationNotes)
      .leftJoin(users, eq(users.id, applicationNotes.authorUserId))
      .where(and(eq(applicationNotes.tenantId, ctx.tenantId), eq(applicationNotes.applicationId, a.id)))
      .orderBy(asc(applicationNotes.createdAt)),
    tx
      .select({ userId: applicationRatings.userId, rating: applicationRatings.rating })
      .from(applicationRatings)
      .where(and(eq(applicationRatings.tenantId, ctx.tenantId), eq(applicationRatings.applicationId, a.id))),
    // The candidate's own corrections (from her portal), shown beside the original, oldest first.
    applicationCorrectionsOf(tx, ctx, a.id),
    // Stage emails that could not be delivered, by the move that queued them.
    emailFailures(tx, ctx),
  ]);

  await recordAccess(tx, ctx, a.id, 'view');
  return {
    application: a,
    job: found.job,
    files,
    submissions,
    corrections,
    stage: stageRow[0]?.stage ?? ('new' as const),
    history: history.map((h) => ({ ...h, deliveryFailure: failures.get(h.id) ?? null })),
    notes: notes.map((n) => ({ ...n, mine: n.authorUserId === ctx.userId })),
    myRating: ratings.find((r) => r.userId === ctx.userId)?.rating ?? null,
    averageRating: ratings.length ? ratings.reduce((s, r) => s + r.rating, 0) / ratings.length : null,
  };
}

/** A candidate's corrections to one application (immutable; drizzle/0032), with their dates. */
export function applicationCorrectionsOf(tx: Tx, ctx: { tenantId: string }, applicationId: string) {
  return tx
    .select({ id: applicationCorrections.id, body: applicationCorrections.body, createdAt: applicationCorrections.createdAt })
    .from(applicationCorrections)
    .where(and(eq(applicationCorrections.tenantId, ctx.tenantId), eq(applicationCorrections.applicationId, applicationId)))
    .orderBy(asc(applicationCorrections.createdAt), asc(applicationCorrections.id));
}

async function findFile(tx: Tx, ctx: MemberCtx, applicationId: string, fileId: string) {
  if (!isUuid(applicationId) || !isUuid(fileId)) return null;
  const [file] = await tx
    .select()
    .from(applicationFiles)
    .where(and(eq(applicationFiles.tenantId, ctx.tenantId), eq(applicationFiles.applicationId, applicationId), eq(applicationFiles.id, fileId)));
  return file ?? null;
}

/** A file's bytes for download, logged. Null when not this tenant's. */
export async function downloadApplicationFile(tx: Tx, ctx: MemberCtx, applicationId: string, fileId: string) {
  const file = await findFile(tx, ctx, applicationId, fileId);
  if (!file) return null;
  await recordAccess(tx, ctx, applicationId, 'download', file.fileName);
  return file;
}

/** Only PDFs are shown inline (the browser's own viewer); anything else is download-only. */
export const previewable = (contentType: string) => contentType === 'application/pdf';

/** A PDF's bytes for the inline preview, logged as a preview. Null when not this tenant's, or not a PDF. */
export async function previewApplicationFile(tx: Tx, ctx: MemberCtx, applicationId: string, fileId: string) {
  const file = await findFile(tx, ctx, applicationId, fileId);
  if (!file || !previewable(file.contentType)) return null;
  await recordAccess(tx, ctx, applicationId, 'preview', file.fileName);
  return file;
}
