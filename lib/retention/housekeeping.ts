import 'server-only';
import { shortenVisitIps } from '@/lib/analytics/visits';
import { pruneAuditLog } from '@/lib/auth/audit';
import { pruneCandidatePortal } from '@/lib/candidate/request-link';
import { pruneOutbox, type OutboxPruneReport } from '@/lib/email/worker';
import { pruneRateLimits } from '@/lib/rate-limit';

export interface HousekeepingReport {
  outbox: OutboxPruneReport;
  /** Rate-limit windows dropped (every window that started more than a day ago). */
  rateLimits: number;
  /** Expired candidate links and portal sessions, and captured link emails, deleted. */
  candidatePortal: number;
  /** Audit lines older than a year (KEPT.auditLogDays), deleted. */
  auditLog: number;
  /** Visits older than KEPT.visitIpDays whose address was shortened to its network. */
  visitIps: number;
}

/**
 * Personal data that only serves for a while, removed on schedule (dependency review 2026-12, findings 3 and 4;
 * security review L11): beside the retention purge, in /api/cron/retention and the 10-minute interval of
 * lib/server/start.ts. Not per employer, so it stays out of runRetention (whose callers may name tenants).
 * Each step is its own short transaction and idempotent: running it twice, or twice at once, is harmless.
 */
export async function runHousekeeping(): Promise<HousekeepingReport> {
  const outbox = await pruneOutbox();
  const rateLimits = await pruneRateLimits();
  const candidatePortal = await pruneCandidatePortal();
  const auditLog = await pruneAuditLog();
  const visitIps = await shortenVisitIps();
  return { outbox, rateLimits, candidatePortal, auditLog, visitIps };
}
