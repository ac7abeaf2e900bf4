'use server';

import { getTranslations } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { requestPath } from '@/lib/auth/session';
import { withLocalePrefix } from '@/lib/auth/session-policy';
import { revalidateJobPages } from '@/lib/careers/cache';
import { eraseJobApplications, ErasureRefused } from '@/lib/erasure/erase';
import { jobInput, type JobInput } from '@/lib/jobs/input';
import { createJob, getJob, JobChangeRefused, moveJob, updateJob } from '@/lib/jobs/jobs';
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

// Like "delete now" for one application: the wrapper checks session,
// membership (owners and recruiters alike) and the ticked box, and that the job
// is this tenant's and filled; the erasure then runs in its own privileged
// transaction (it must not nest inside the tenant one) and checks again there.
const confirmJobErasure = tenantAction(
  z.object({ tenant, jobId, confirm: z.literal('yes', { error: 'confirmNeeded' }) }),
  {},
  async (input, ctx, tx) => {
    const job = await getJob(tx, ctx, input.jobId);
    if (!job) throw new ActionRefused('not_found');
    if (job.status !== 'filled') throw new ActionRefused('jobNotFilled');
    return { tenantId: ctx.tenantId, userId: ctx.userId, jobId: job.id };
  },
);

/** "Delete all applications now" for a filled job: each one as "delete now" does, all in one transaction. */
export async function deleteJobApplicationsAction(prev: ActionState, form: FormData): Promise<ActionState> {
  const state = await confirmJobErasure(prev, form);
  if (state.status !== 'ok' || !state.data) return state;
  const { tenantId, userId, jobId: id } = state.data as { tenantId: string; userId: string; jobId: string };
  const { locale } = await requestPath();
  let erased: number;
  try {
    ({ erased } = await eraseJobApplications({ tenantId, actorUserId: userId, reason: 'employer' }, id));
  } catch (error) {
    if (!(error instanceof ErasureRefused)) throw error;
    if (error.code === 'not_found') notFound();
    // Archived between the check and the erasure: say so, delete nothing.
    const t = await getTranslations({ locale, namespace: 'DashboardErrors' });
    return { status: 'error', message: t('jobNotFilled') };
  }
  redirect(withLocalePrefix(locale, `/dashboard/${String(form.get('tenant'))}/jobs/${id}?erased=${erased}`));
}
