'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requestPath } from '@/lib/auth/session';
import { withLocalePrefix } from '@/lib/auth/session-policy';
import { revalidateJobPages } from '@/lib/careers/cache';
import { jobInput, type JobInput } from '@/lib/jobs/input';
import { createJob, JobChangeRefused, moveJob, updateJob } from '@/lib/jobs/jobs';
import { ActionRefused, tenantAction, type ActionState } from '@/lib/tenancy/guard';

const tenant = z.string().min(1).max(48);
const jobId = z.uuid();

/** The data layer's refusals, as the wrapper's messages ("not_found" becomes the ordinary 404). */
async function refusedAsAction<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof JobChangeRefused) throw new ActionRefused(error.code === 'not_found' ? 'not_found' : 'jobMoveRefused');
    throw error;
  }
}

/** Only the job's own fields reach the data layer (not the tenant slug or id from the form). */
function jobFields(input: JobInput): JobInput {
  return { title: input.title, place: input.place, employmentType: input.employmentType, description: input.description, language: input.language, closesOn: input.closesOn };
}

const createJobInner = tenantAction(jobInput.extend({ tenant }), { okMessage: 'saved' }, async (input, ctx, tx) => {
  const job = await createJob(tx, ctx, jobFields(input));
  revalidateJobPages(ctx.tenantId, job.slug);
  return { jobId: job.id };
});

/** Create a draft, then open it for editing (redirect after the transaction has committed). */
export async function createJobAction(prev: ActionState, form: FormData): Promise<ActionState> {
  const state = await createJobInner(prev, form);
  if (state.status === 'ok' && typeof state.data?.jobId === 'string') {
    const { locale } = await requestPath();
    redirect(withLocalePrefix(locale, `/dashboard/${String(form.get('tenant'))}/jobs/${state.data.jobId}?saved=1`));
  }
  return state;
}

export const updateJobAction = tenantAction(jobInput.extend({ tenant, jobId }), { okMessage: 'saved' }, async (input, ctx, tx) => {
  const job = await refusedAsAction(() => updateJob(tx, ctx, input.jobId, jobFields(input)));
  revalidateJobPages(ctx.tenantId, job.slug);
});

// Filled and archived are final: the form must carry an explicit confirmation.
const moveSchema = z
  .object({ tenant, jobId, to: z.enum(['published', 'draft', 'filled', 'archived']), confirm: z.literal('yes').optional() })
  .refine((v) => (v.to === 'filled' || v.to === 'archived' ? v.confirm === 'yes' : true), { error: 'confirmNeeded', path: ['confirm'] });

export const moveJobAction = tenantAction(moveSchema, { okMessage: 'jobMoved' }, async (input, ctx, tx) => {
  const job = await refusedAsAction(() => moveJob(tx, ctx, input.jobId, input.to));
  revalidateJobPages(ctx.tenantId, job.slug);
});
