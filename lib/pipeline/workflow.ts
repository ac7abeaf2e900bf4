import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { applicationNotes, applicationRatings, applicationStageEvents, applicationStages } from '@/db/schema';
import { enqueueEmail } from '@/lib/email/outbox';
import { Refused } from '@/lib/errors';
import { isUuid } from '@/lib/ids';
import { retentionSettings } from '@/lib/retention/settings';
import { assertSubscriptionWritable } from '@/lib/subscriptions/read-only';
import type { MemberCtx } from '@/lib/tenancy/context';
import { applicationOfTenantOrThrow } from './find';
import { stages, type Stage } from './stages';

/**
 * The employer's workflow, kept in its own tables: the application row itself
 * is never touched (the database would refuse anyway).
 */

/** Only these moves may tell the candidate, each with its own polite email. */
const NOTIFYING: Partial<Record<Stage, 'candidate-rejected' | 'candidate-hired'>> = {
  rejected: 'candidate-rejected',
  hired: 'candidate-hired',
};

/** Whether asking to notify means an email for a move to this stage. */
export function notifiesCandidate(to: Stage, asked: boolean): boolean {
  return asked && NOTIFYING[to] !== undefined;
}

/**
 * Move a candidate to a stage; the history records who and when. When asked
 * (and only for rejected and hired) the candidate's email is queued in the same
 * transaction, so it goes out exactly when the move is stored.
 */
export async function moveToStage(tx: Tx, ctx: MemberCtx, applicationId: string, to: Stage, options: { notify: boolean }) {
  await assertSubscriptionWritable(tx, ctx);
  if (!stages.includes(to)) throw new Refused('failed');
  const { application, job } = await applicationOfTenantOrThrow(tx, ctx, applicationId);
  const [current] = await tx
    .select({ stage: applicationStages.stage })
    .from(applicationStages)
    .where(and(eq(applicationStages.tenantId, ctx.tenantId), eq(applicationStages.applicationId, applicationId)))
    .for('update');
  const from = current?.stage ?? 'new';
  const notify = notifiesCandidate(to, options.notify);
  await tx
    .insert(applicationStages)
    .values({ tenantId: ctx.tenantId, applicationId, jobId: application.jobId, stage: to, updatedBy: ctx.userId })
    .onConflictDoUpdate({
      target: [applicationStages.tenantId, applicationStages.applicationId],
      set: { stage: to, updatedBy: ctx.userId, updatedAt: new Date() },
    });
  const eventId = randomUUID();
  await tx.insert(applicationStageEvents).values({
    id: eventId,
    tenantId: ctx.tenantId,
    applicationId,
    fromStage: from,
    toStage: to,
    actorUserId: ctx.userId,
    candidateNotified: notify ? 1 : 0,
  });
  const template = NOTIFYING[to];
  if (notify && template) {
    // A rejection links to her page (her address filled in) and says how long the application is kept.
    const rejection = template === 'candidate-rejected' ? { email: application.email, retentionDays: (await retentionSettings(tx, ctx)).retentionDays } : {};
    await enqueueEmail(tx, {
      template,
      language: application.language,
      recipient: application.email,
      payload: { fullName: application.fullName, jobTitle: job.title, employerName: ctx.tenantName, reference: application.reference, ...rejection },
      // Shown on this move in the history when the email cannot be delivered.
      about: { tenantId: ctx.tenantId, id: eventId },
    });
  }
  return { from, to, notified: notify };
}

export async function addNote(tx: Tx, ctx: MemberCtx, applicationId: string, body: string) {
  await assertSubscriptionWritable(tx, ctx);
  const text = body.trim();
  if (!text) throw new Refused('noteEmpty', 'body');
  await applicationOfTenantOrThrow(tx, ctx, applicationId);
  const [note] = await tx.insert(applicationNotes).values({ tenantId: ctx.tenantId, applicationId, authorUserId: ctx.userId, body: text }).returning();
  return note!;
}

/** Only the author may edit or delete their own note. */
export async function editNote(tx: Tx, ctx: MemberCtx, noteId: string, body: string) {
  await assertSubscriptionWritable(tx, ctx);
  const text = body.trim();
  if (!text) throw new Refused('noteEmpty', 'body');
  if (!isUuid(noteId)) throw new Refused('not_found');
  const updated = await tx
    .update(applicationNotes)
    .set({ body: text, updatedAt: new Date() })
    .where(and(eq(applicationNotes.tenantId, ctx.tenantId), eq(applicationNotes.id, noteId), eq(applicationNotes.authorUserId, ctx.userId)))
    .returning();
  if (updated.length === 0) throw await notAuthorOrMissing(tx, ctx, noteId);
  return updated[0]!;
}

export async function deleteNote(tx: Tx, ctx: MemberCtx, noteId: string) {
  await assertSubscriptionWritable(tx, ctx);
  if (!isUuid(noteId)) throw new Refused('not_found');
  const deleted = await tx
    .delete(applicationNotes)
    .where(and(eq(applicationNotes.tenantId, ctx.tenantId), eq(applicationNotes.id, noteId), eq(applicationNotes.authorUserId, ctx.userId)))
    .returning({ id: applicationNotes.id });
  if (deleted.length === 0) throw await notAuthorOrMissing(tx, ctx, noteId);
}

/** A note of this tenant written by someone else is "not yours to change"; any other id is not there. */
async function notAuthorOrMissing(tx: Tx, ctx: MemberCtx, noteId: string): Promise<Refused> {
  const rows = await tx.select({ id: applicationNotes.id }).from(applicationNotes).where(and(eq(applicationNotes.tenantId, ctx.tenantId), eq(applicationNotes.id, noteId)));
  return new Refused(rows.length > 0 ? 'notAuthor' : 'not_found');
}

/** One rating (1–5) per member per application; null clears it. */
export async function rateApplication(tx: Tx, ctx: MemberCtx, applicationId: string, rating: number | null) {
  await assertSubscriptionWritable(tx, ctx);
  await applicationOfTenantOrThrow(tx, ctx, applicationId);
  if (rating === null) {
    await tx.delete(applicationRatings).where(and(eq(applicationRatings.tenantId, ctx.tenantId), eq(applicationRatings.applicationId, applicationId), eq(applicationRatings.userId, ctx.userId)));
    return;
  }
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) throw new Refused('failed', 'rating');
  await tx
    .insert(applicationRatings)
    .values({ tenantId: ctx.tenantId, applicationId, userId: ctx.userId, rating })
    .onConflictDoUpdate({ target: [applicationRatings.tenantId, applicationRatings.applicationId, applicationRatings.userId], set: { rating, updatedAt: sql`now()` } });
}
