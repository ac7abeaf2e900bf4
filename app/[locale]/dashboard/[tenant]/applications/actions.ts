'use server';

import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { withLocalePrefix } from '@/i18n/paths';
import { localeOfRequest } from '@/i18n/request-locale';
import { tenantAction } from '@/lib/actions/tenant-action';
import { eraseApplications } from '@/lib/erasure/erase';
import { OWNER_ERASURE_REASONS } from '@/lib/erasure/reasons';
import { noteBody } from '@/lib/pipeline/note-input';
import { stages } from '@/lib/pipeline/stages';
import { addNote, deleteNote, editNote, moveToStage, rateApplication } from '@/lib/pipeline/workflow';

const tenant = z.string().min(1).max(48);
const applicationId = z.uuid();
const noteId = z.uuid();

/** Move a candidate; "notify" is honoured for rejected and hired only (lib/pipeline/workflow). */
export const moveStageAction = tenantAction(
  z.object({ tenant, applicationId, stage: z.enum(stages), notify: z.literal('yes').optional() }),
  { okMessage: 'stageMoved' },
  (input, member, tx) => moveToStage(tx, member, input.applicationId, input.stage, { notify: input.notify === 'yes' }),
);

export const addNoteAction = tenantAction(z.object({ tenant, applicationId, body: noteBody }), { okMessage: 'noteAdded' }, (input, member, tx) =>
  addNote(tx, member, input.applicationId, input.body),
);

export const editNoteAction = tenantAction(z.object({ tenant, noteId, body: noteBody }), { okMessage: 'noteSaved' }, (input, member, tx) =>
  editNote(tx, member, input.noteId, input.body),
);

// Asks first, like every deletion: the form's ticked box sends confirm=yes.
export const deleteNoteAction = tenantAction(z.object({ tenant, noteId, confirm: z.literal('yes', { error: 'confirmNeeded' }) }), { okMessage: 'noteDeleted' }, (input, member, tx) =>
  deleteNote(tx, member, input.noteId),
);

export const rateApplicationAction = tenantAction(
  z.object({ tenant, applicationId, rating: z.enum(['', '1', '2', '3', '4', '5']) }),
  { okMessage: 'rated' },
  (input, member, tx) => rateApplication(tx, member, input.applicationId, input.rating === '' ? null : Number(input.rating)),
);

/**
 * "Delete now", for owners only and with a reason from the list: the application, its files, stage, notes and
 * ratings go; an anonymous tombstone stays, and so do the access-log lines of who opened it (without file names).
 * The erasure runs in its own transaction through the database's purge function, which checks the owner again.
 */
export const deleteApplicationAction = tenantAction(
  z.object({ tenant, applicationId, reason: z.enum(OWNER_ERASURE_REASONS, { error: 'erasureReason' }), confirm: z.literal('yes', { error: 'confirmNeeded' }) }),
  {
    role: 'owner',
    door: 'none',
    then: async (_result, member) => {
      const { locale } = await localeOfRequest();
      redirect(withLocalePrefix(locale, `/dashboard/${member.tenantSlug}/applications?deleted=1`));
    },
  },
  async (input, member) => {
    const { erased } = await eraseApplications({ tenantId: member.tenantId, actorUserId: member.userId, reason: 'employer', employerReason: input.reason }, [input.applicationId]);
    // Another tenant's id is ignored by the erasure: the same 404 as a missing one.
    if (erased === 0) notFound();
  },
);
