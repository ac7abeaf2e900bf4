import 'server-only';
import { and, desc, eq, isNotNull, or, sql, type AnyColumn } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { applicationNotes, applicationStageEvents, applications, jobs, users, type Stage } from '@/db/schema';
import type { TenantCtx } from '@/lib/tenancy/context';

/** One line of the overview's "recent activity": what happened, when, and where it links. Never a note's text or an email. */
export type ActivityEvent =
  | { kind: 'received'; at: Date; applicationId: string; name: string; job: string }
  | { kind: 'stage'; at: Date; applicationId: string; name: string; by: string | null; from: Stage; to: Stage }
  | { kind: 'note'; at: Date; applicationId: string; name: string; by: string | null }
  | { kind: 'published' | 'filled'; at: Date; jobId: string; job: string };

// NULLS LAST as the (tenant, time desc) indexes are built (Postgres's default for DESC is
// NULLS FIRST, which would not match them and would sort a whole tenant's rows).
const newestFirst = (column: AnyColumn) => sql`${column} desc nulls last`;

const memberName = sql<string | null>`coalesce(${users.name}, ${users.email})`;

/**
 * The tenant's latest events, newest first: applications received, stage
 * moves, notes added, jobs published and filled. One small query per source,
 * each limited and served by a (tenant, time) index, merged here.
 */
export async function recentActivity(tx: Tx, ctx: TenantCtx, limit = 10): Promise<ActivityEvent[]> {
  const n = Math.min(Math.max(limit, 1), 50);
  const [received, moves, notes, jobRows] = await Promise.all([
    tx
      .select({ at: applications.submittedAt, applicationId: applications.id, name: applications.fullName, job: jobs.title })
      .from(applications)
      .innerJoin(jobs, and(eq(jobs.tenantId, applications.tenantId), eq(jobs.id, applications.jobId)))
      .where(eq(applications.tenantId, ctx.tenantId))
      .orderBy(newestFirst(applications.submittedAt), newestFirst(applications.id))
      .limit(n),
    tx
      .select({ at: applicationStageEvents.createdAt, applicationId: applicationStageEvents.applicationId, name: applications.fullName, by: memberName, from: applicationStageEvents.fromStage, to: applicationStageEvents.toStage })
      .from(applicationStageEvents)
      .innerJoin(applications, and(eq(applications.tenantId, applicationStageEvents.tenantId), eq(applications.id, applicationStageEvents.applicationId)))
      .leftJoin(users, eq(users.id, applicationStageEvents.actorUserId))
      .where(eq(applicationStageEvents.tenantId, ctx.tenantId))
      .orderBy(newestFirst(applicationStageEvents.createdAt))
      .limit(n),
    tx
      .select({ at: applicationNotes.createdAt, applicationId: applicationNotes.applicationId, name: applications.fullName, by: memberName })
      .from(applicationNotes)
      .innerJoin(applications, and(eq(applications.tenantId, applicationNotes.tenantId), eq(applications.id, applicationNotes.applicationId)))
      .leftJoin(users, eq(users.id, applicationNotes.authorUserId))
      .where(eq(applicationNotes.tenantId, ctx.tenantId))
      .orderBy(newestFirst(applicationNotes.createdAt))
      .limit(n),
    tx
      .select({ jobId: jobs.id, job: jobs.title, publishedAt: jobs.publishedAt, filledAt: jobs.filledAt })
      .from(jobs)
      .where(and(eq(jobs.tenantId, ctx.tenantId), or(isNotNull(jobs.publishedAt), isNotNull(jobs.filledAt))))
      .orderBy(desc(sql`greatest(${jobs.publishedAt}, ${jobs.filledAt})`))
      .limit(n),
  ]);

  const events: ActivityEvent[] = [
    ...received.map((r) => ({ kind: 'received' as const, ...r })),
    ...moves.map((m) => ({ kind: 'stage' as const, ...m, from: m.from ?? 'new' })),
    ...notes.map((r) => ({ kind: 'note' as const, ...r })),
    ...jobRows.flatMap((j) => [
      ...(j.publishedAt ? [{ kind: 'published' as const, at: j.publishedAt, jobId: j.jobId, job: j.job }] : []),
      ...(j.filledAt ? [{ kind: 'filled' as const, at: j.filledAt, jobId: j.jobId, job: j.job }] : []),
    ]),
  ];
  return events.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, n);
}
