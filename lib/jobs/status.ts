import type { JobStatus } from '@/db/schema';

/** Today's date in Norway (YYYY-MM-DD): closing dates are Oslo calendar days. */
export function osloToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * What a job's status is right now. A published job whose closing date has
 * passed is closed, decided at read time so no scheduled job is needed.
 */
export function effectiveStatus(job: { status: JobStatus; closesOn: string | null }, today: string = osloToday()): JobStatus {
  if (job.status === 'published' && job.closesOn !== null && job.closesOn < today) return 'closed';
  return job.status;
}

export const isOpenForApplications = (job: { status: JobStatus; closesOn: string | null }, today?: string) =>
  effectiveStatus(job, today) === 'published';

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
