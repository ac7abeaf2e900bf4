'use server';

import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { stages } from '@/db/schema';
import { enqueueEmail } from '@/lib/email/outbox';
import { getJob } from '@/lib/jobs/jobs';
import { addNote, deleteNote, editNote, moveToStage, rateApplication, WorkflowRefused } from '@/lib/pipeline/workflow';
import { requestPath } from '@/lib/auth/session';
import { withLocalePrefix } from '@/lib/auth/session-policy';
import { eraseApplications } from '@/lib/erasure/erase';
import { ActionRefused, tenantAction, type ActionState } from '@/lib/tenancy/guard';

const tenant = z.string().min(1).max(48);
const applicationId = z.uuid();
const noteId = z.uuid();
const noteBody = z.string().trim().min(1, { error: 'noteEmpty' }).max(5_000, { error: 'noteLong' });

/** The workflow's refusals as the wrapper's messages; "not_found" becomes the ordinary 404. */
async function refusedAsAction<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof WorkflowRefused) throw new ActionRefused(error.code === 'not_found' ? 'not_found' : error.code === 'not_author' ? 'notAuthor' : 'failed');
    throw error;
  }
}

/**
 * Move a candidate. "Notify" only means something for rejected and hired: the
 * polite email is queued in the same transaction as the move, so it goes out
 * exactly when the move is stored.
 */
export const moveStageAction = tenantAction(
  z.object({ tenant, applicationId, stage: z.enum(stages), notify: z.literal('yes').optional() }),
  { okMessage: 'stageMoved' },
  async (input, ctx, tx) => {
    const notify = input.notify === 'yes' && (input.stage === 'rejected' || input.stage === 'hired');
    const { application } = await refusedAsAction(() => moveToStage(tx, ctx, input.applicationId, input.stage, notify));
    if (!notify) return;
    const jobTitle = await jobTitleOf(tx, ctx.tenantId, application.jobId);
    await enqueueEmail(tx, {
      template: input.stage === 'rejected' ? 'candidate-rejected' : 'candidate-hired',
      language: application.language,
      recipient: application.email,
      payload: { fullName: application.fullName, jobTitle, employerName: ctx.tenantName, reference: application.reference },
    });
  },
);

async function jobTitleOf(tx: Parameters<typeof getJob>[0], tenantId: string, jobId: string) {
  const job = await getJob(tx, { tenantId }, jobId);
  return job?.title ?? '';
}

export const addNoteAction = tenantAction(z.object({ tenant, applicationId, body: noteBody }), { okMessage: 'noteAdded' }, async (input, ctx, tx) => {
  await refusedAsAction(() => addNote(tx, ctx, input.applicationId, input.body));
});

export const editNoteAction = tenantAction(z.object({ tenant, noteId, body: noteBody }), { okMessage: 'noteSaved' }, async (input, ctx, tx) => {
  await refusedAsAction(() => editNote(tx, ctx, input.noteId, input.body));
});

export const deleteNoteAction = tenantAction(z.object({ tenant, noteId }), { okMessage: 'noteDeleted' }, async (input, ctx, tx) => {
  await refusedAsAction(() => deleteNote(tx, ctx, input.noteId));
});

export const rateApplicationAction = tenantAction(
  z.object({ tenant, applicationId, rating: z.enum(['', '1', '2', '3', '4', '5']) }),
  { okMessage: 'rated' },
  async (input, ctx, tx) => {
    await refusedAsAction(() => rateApplication(tx, ctx, input.applicationId, input.rating === '' ? null : Number(input.rating)));
  },
);

// The wrapper checks session, membership and the confirmation; the erasure
// itself runs afterwards in its own privileged transaction (it must not nest
// inside the tenant one), scoped to the member's tenant from the database.
const confirmDeletion = tenantAction(
  z.object({ tenant, applicationId, confirm: z.literal('yes', { error: 'confirmNeeded' }) }),
  {},
  async (input, ctx) => ({ tenantId: ctx.tenantId, userId: ctx.userId, applicationId: input.applicationId }),
);

/** "Delete now": the application, its files, stage, notes, ratings and access-log lines; an anonymous tombstone stays. */
export async function deleteApplicationAction(prev: ActionState, form: FormData): Promise<ActionState> {
  const state = await confirmDeletion(prev, form);
  if (state.status !== 'ok' || !state.data) return state;
  const { tenantId, userId, applicationId: id } = state.data as { tenantId: string; userId: string; applicationId: string };
  const { erased } = await eraseApplications({ tenantId, actorUserId: userId, reason: 'employer' }, [id]);
  // Another tenant's id is ignored by the erasure: the same 404 as a missing one.
  if (erased === 0) notFound();
  const { locale } = await requestPath();
  redirect(withLocalePrefix(locale, `/dashboard/${String(form.get('tenant'))}/applications?deleted=1`));
}
