import type { JobStatus } from '@/db/schema';
import { osloToday } from '@/lib/careers/dates';

export { osloToday };

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
