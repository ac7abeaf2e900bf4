'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { withLocalePrefix } from '@/i18n/paths';
import { localeOfRequest } from '@/i18n/request-locale';
import { tenantAction } from '@/lib/actions/tenant-action';
import { revalidateJobPages } from '@/lib/careers/cache';
import { eraseJobApplications } from '@/lib/erasure/erase';
import { jobInput, type JobInput } from '@/lib/jobs/input';
import { createJob, moveJob, updateJob } from '@/lib/jobs/jobs';
import { isFinal } from '@/lib/jobs/status';

const tenant = z.string().min(1).max(48);
const jobId = z.uuid();

/** Only the job's own fields reach the data layer (not the tenant slug or id from the form). */
function jobFields(input: JobInput): JobInput {
  return { title: input.title, place: input.place, employmentType: input.employmentType, description: input.description, language: input.language, closesOn: input.closesOn };
}

async function goToJob(tenantSlug: string, id: string, query: string) {
  const { locale } = await localeOfRequest();
  redirect(withLocalePrefix(locale, `/dashboard/${tenantSlug}/jobs/${id}?${query}`));
}

/** Create a draft, then open it for editing (redirect after the transaction has committed). */
export const createJobAction = tenantAction(
  jobInput.extend({ tenant }),
  { okMessage: 'saved', then: (job: { id: string }, member) => goToJob(member.tenantSlug, job.id, 'saved=1') },
  async (input, member, tx) => {
    const job = await createJob(tx, member, jobFields(input));
    revalidateJobPages(member.tenantId, job.slug);
    return job;
  },
);

export const updateJobAction = tenantAction(jobInput.extend({ tenant, jobId }), { okMessage: 'saved' }, async (input, member, tx) => {
  const job = await updateJob(tx, member, input.jobId, jobFields(input));
  revalidateJobPages(member.tenantId, job.slug);
});

// Filled and archived are final: the form must carry an explicit confirmation.
const moveSchema = z
  .object({ tenant, jobId, to: z.enum(['published', 'draft', 'filled', 'archived']), confirm: z.literal('yes').optional() })
  .refine((v) => !isFinal(v.to) || v.confirm === 'yes', { error: 'confirmNeeded', path: ['confirm'] });

export const moveJobAction = tenantAction(moveSchema, { okMessage: 'jobMoved' }, async (input, member, tx) => {
  const job = await moveJob(tx, member, input.jobId, input.to);
  revalidateJobPages(member.tenantId, job.slug);
});

/**
 * "Delete all applications now" for a filled job, owners only: each one as "delete now" does, all in one
 * transaction through the database's purge function, which reads the job itself (this tenant's, filled) and
 * the owner again, and refuses otherwise.
 */
export const deleteJobApplicationsAction = tenantAction(
  z.object({ tenant, jobId, confirm: z.literal('yes', { error: 'confirmNeeded' }) }),
  { role: 'owner', door: 'none', then: (result: { jobId: string; erased: number }, member) => goToJob(member.tenantSlug, result.jobId, `erased=${result.erased}`) },
  async (input, member) => ({ ...(await eraseJobApplications({ tenantId: member.tenantId, actorUserId: member.userId, reason: 'employer' }, input.jobId)), jobId: input.jobId }),
);

