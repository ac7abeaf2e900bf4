import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { applicationNotes, applicationRatings, applicationStageEvents, applicationStages, applications, stages, type Stage } from '@/db/schema';
import type { MemberRef } from './access-log';

/**
 * The employer's workflow, kept in its own tables: the application row itself
 * is never touched (the database would refuse anyway).
 */
export class WorkflowRefused extends Error {
  constructor(readonly code: 'not_found' | 'not_author' | 'bad_stage' | 'bad_rating' | 'empty_note') {
    super(code);
  }
}

async function applicationOf(tx: Tx, ctx: MemberRef, applicationId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(applicationId)) throw new WorkflowRefused('not_found');
  const [row] = await tx
    .select({ id: applications.id, jobId: applications.jobId, email: applications.email, fullName: applications.fullName, language: applications.language, reference: applications.reference })
    .from(applications)
    .where(and(eq(applications.tenantId, ctx.tenantId), eq(applications.id, applicationId)));
  if (!row) throw new WorkflowRefused('not_found');
  return row;
}

/** Move a candidate to a stage; the history records who and when. Returns the application for a follow-up email. */
export async function moveToStage(tx: Tx, ctx: MemberRef, applicationId: string, to: Stage, notified: boolean) {
  if (!stages.includes(to)) throw new WorkflowRefused('bad_stage');
  const application = await applicationOf(tx, ctx, applicationId);
  const [current] = await tx
    .select({ stage: applicationStages.stage })
    .from(applicationStages)
    .where(and(eq(applicationStages.tenantId, ctx.tenantId), eq(applicationStages.applicationId, applicationId)))
    .for('update');
  const from = current?.stage ?? 'new';
  await tx
    .insert(applicationStages)
    .values({ tenantId: ctx.tenantId, applicationId, jobId: application.jobId, stage: to, updatedBy: ctx.userId })
    .onConflictDoUpdate({
      target: [applicationStages.tenantId, applicationStages.applicationId],
      set: { stage: to, updatedBy: ctx.userId, updatedAt: new Date() },
    });
  await tx.insert(applicationStageEvents).values({
    tenantId: ctx.tenantId,
    applicationId,
    fromStage: from,
    toStage: to,
    actorUserId: ctx.userId,
    candidateNotified: notified ? 1 : 0,
  });
  return { application, from, to };
}

export async function addNote(tx: Tx, ctx: MemberRef, applicationId: string, body: string) {
  const text = body.trim();
  if (!text) throw new WorkflowRefused('empty_note');
  await applicationOf(tx, ctx, applicationId);
  const [note] = await tx.insert(applicationNotes).values({ tenantId: ctx.tenantId, applicationId, authorUserId: ctx.userId, body: text }).returning();
  return note!;
}

/** Only the author may edit or delete their own note. */
export async function editNote(tx: Tx, ctx: MemberRef, noteId: string, body: string) {
  const text = body.trim();
  if (!text) throw new WorkflowRefused('empty_note');
  const updated = await tx
    .update(applicationNotes)
    .set({ body: text, updatedAt: new Date() })
    .where(and(eq(applicationNotes.tenantId, ctx.tenantId), eq(applicationNotes.id, noteId), eq(applicationNotes.authorUserId, ctx.userId)))
    .returning();
  if (updated.length === 0) throw new WorkflowRefused(await noteExists(tx, ctx, noteId) ? 'not_author' : 'not_found');
  return updated[0]!;
}

export async function deleteNote(tx: Tx, ctx: MemberRef, noteId: string) {
  const deleted = await tx
    .delete(applicationNotes)
    .where(and(eq(applicationNotes.tenantId, ctx.tenantId), eq(applicationNotes.id, noteId), eq(applicationNotes.authorUserId, ctx.userId)))
    .returning({ id: applicationNotes.id });
  if (deleted.length === 0) throw new WorkflowRefused(await noteExists(tx, ctx, noteId) ? 'not_author' : 'not_found');
}

async function noteExists(tx: Tx, ctx: MemberRef, noteId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(noteId)) return false;
  const rows = await tx.select({ id: applicationNotes.id }).from(applicationNotes).where(and(eq(applicationNotes.tenantId, ctx.tenantId), eq(applicationNotes.id, noteId)));
  return rows.length > 0;
}

/** One rating (1–5) per member per application; null clears it. */
export async function rateApplication(tx: Tx, ctx: MemberRef, applicationId: string, rating: number | null) {
  await applicationOf(tx, ctx, applicationId);
  if (rating === null) {
    await tx.delete(applicationRatings).where(and(eq(applicationRatings.tenantId, ctx.tenantId), eq(applicationRatings.applicationId, applicationId), eq(applicationRatings.userId, ctx.userId)));
    return;
  }
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) throw new WorkflowRefused('bad_rating');
  await tx
    .insert(applicationRatings)
    .values({ tenantId: ctx.tenantId, applicationId, userId: ctx.userId, rating })
    .onConflictDoUpdate({ target: [applicationRatings.tenantId, applicationRatings.applicationId, applicationRatings.userId], set: { rating, updatedAt: sql`now()` } });
}
