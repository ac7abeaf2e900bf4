import type { JobStatus } from '@/db/schema';
import { osloToday } from '@/lib/time/oslo';

export { employmentTypes, jobStatuses, type JobStatus } from '@/db/schema';

/**
 * What a job's status is right now. A published job whose closing date has
 * passed is closed, decided at read time so no scheduled job is needed.
 */
export function effectiveStatus(job: { status: JobStatus; closesOn: string | null }, today: string = osloToday()): JobStatus {
  if (job.status === 'published' && job.closesOn !== null && job.closesOn < today) return 'closed';
  return job.status;
}

/** Which moves the dashboard offers from each stored status. */
const transitions: Record<JobStatus, readonly JobStatus[]> = {
  draft: ['published', 'archived'],
  published: ['draft', 'closed', 'filled', 'archived'],
  closed: ['published', 'filled', 'archived'],
  filled: ['archived'],
  archived: [],
};

export function canMove(from: JobStatus, to: JobStatus): boolean {
  return transitions[from].includes(to);
}

/** Filled and archived are final: the job's text can no longer change, and a move there must be confirmed. */
export function isFinal(status: JobStatus): boolean {
  return status === 'filled' || status === 'archived';
}

/** The moves the job page offers from a job's status right now (its closing date applied). */
export function offeredMoves(current: JobStatus): JobStatus[] {
  return (['published', 'draft', 'filled', 'archived'] as const).filter((to) => canMove(current, to));
}
