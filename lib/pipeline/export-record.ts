import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import {
  applicationCorrections,
  applicationNotes,
  applicationRatings,
  applicationStageEvents,
  applicationStages,
  applications,
  users,
  type Stage,
} from '@/db/schema';
import type { TenantCtx } from '@/lib/tenancy/context';

type Application = typeof applications.$inferSelect;

/** A member as the HR system should see them: name, else email; null once the account is gone. */
const memberName = sql<string | null>`coalesce(${users.name}, ${users.email})`;

/**
 * What an HR system needs of one application, and nothing of ours: the candidate's
 * fields as sent, the stage with its history, notes and ratings with dates and
 * authors' names, her corrections. Records are linked by the reference, the one id
 * a person has seen; tenant ids, row ids, user ids, the email key and the
 * idempotency key stay out (they mean nothing outside this database).
 */
export interface ApplicationRecord {
  reference: string;
  /** The same person's earlier application to this job, if any. */
  previousReference: string | null;
  candidate: { fullName: string; birthDate: string; email: string; phone: string; coverLetter: string; language: 'nb' | 'en' };
  consentedAt: Date;
  submittedAt: Date;
  stage: Stage;
  stageChangedAt: Date | null;
  stageHistory: Array<{ from: Stage | null; to: Stage; at: Date; by: string | null; candidateNotified: boolean }>;
  notes: Array<{ body: string; author: string | null; createdAt: Date; updatedAt: Date }>;
  ratings: Array<{ by: string | null; rating: number; updatedAt: Date }>;
  /** Mean of the members' ratings (1–5), null when nobody rated. */
  averageRating: number | null;
  corrections: Array<{ body: string; createdAt: Date }>;
}

const byApplication = <T extends { applicationId: string }>(rows: T[]) => {
  const grouped = new Map<string, Array<Omit<T, 'applicationId'>>>();
  for (const { applicationId, ...rest } of rows) {
    const list = grouped.get(applicationId) ?? [];
    list.push(rest);
    grouped.set(applicationId, list);
  }
  return grouped;
};

/** Records for some of this tenant's applications, in the order given: five queries whatever their number. */
export async function applicationRecords(tx: Tx, ctx: TenantCtx, apps: Application[]): Promise<ApplicationRecord[]> {
  if (apps.length === 0) return [];
  const ids = apps.map((a) => a.id);
  const previousIds = apps.map((a) => a.previousApplicationId).filter((id): id is string => id !== null);
  const [stageRows, history, notes, ratings, corrections, previous] = await Promise.all([
    tx
      .select({ applicationId: applicationStages.applicationId, stage: applicationStages.stage, updatedAt: applicationStages.updatedAt })
      .from(applicationStages)
      .where(and(eq(applicationStages.tenantId, ctx.tenantId), inArray(applicationStages.applicationId, ids))),
    tx
      .select({
        applicationId: applicationStageEvents.applicationId,
        from: applicationStageEvents.fromStage,
        to: applicationStageEvents.toStage,
        at: applicationStageEvents.createdAt,
        by: memberName,
        notified: applicationStageEvents.candidateNotified,
      })
      .from(applicationStageEvents)
      .leftJoin(users, eq(users.id, applicationStageEvents.actorUserId))
      .where(and(eq(applicationStageEvents.tenantId, ctx.tenantId), inArray(applicationStageEvents.applicationId, ids)))
      .orderBy(asc(applicationStageEvents.createdAt), asc(applicationStageEvents.id)),
    tx
      .select({ applicationId: applicationNotes.applicationId, body: applicationNotes.body, author: memberName, createdAt: applicationNotes.createdAt, updatedAt: applicationNotes.updatedAt })
      .from(applicationNotes)
      .leftJoin(users, eq(users.id, applicationNotes.authorUserId))
      .where(and(eq(applicationNotes.tenantId, ctx.tenantId), inArray(applicationNotes.applicationId, ids)))
      .orderBy(asc(applicationNotes.createdAt), asc(applicationNotes.id)),
    tx
      .select({ applicationId: applicationRatings.applicationId, by: memberName, rating: applicationRatings.rating, updatedAt: applicationRatings.updatedAt })
      .from(applicationRatings)
      .leftJoin(users, eq(users.id, applicationRatings.userId))
      .where(and(eq(applicationRatings.tenantId, ctx.tenantId), inArray(applicationRatings.applicationId, ids)))
      .orderBy(asc(applicationRatings.updatedAt)),
    tx
      .select({ applicationId: applicationCorrections.applicationId, body: applicationCorrections.body, createdAt: applicationCorrections.createdAt })
      .from(applicationCorrections)
      .where(and(eq(applicationCorrections.tenantId, ctx.tenantId), inArray(applicationCorrections.applicationId, ids)))
      .orderBy(asc(applicationCorrections.createdAt), asc(applicationCorrections.id)),
    previousIds.length
      ? tx
          .select({ id: applications.id, reference: applications.reference })
          .from(applications)
          .where(and(eq(applications.tenantId, ctx.tenantId), inArray(applications.id, previousIds)))
      : Promise.resolve([]),
  ]);

  const stageOf = new Map(stageRows.map((s) => [s.applicationId, s]));
  const historyOf = byApplication(history);
  const notesOf = byApplication(notes);
  const ratingsOf = byApplication(ratings);
  const correctionsOf = byApplication(corrections);
  const referenceOf = new Map(previous.map((p) => [p.id, p.reference]));

  return apps.map((a) => {
    const own = ratingsOf.get(a.id) ?? [];
    return {
      reference: a.reference,
      previousReference: a.previousApplicationId ? (referenceOf.get(a.previousApplicationId) ?? null) : null,
      candidate: { fullName: a.fullName, birthDate: a.birthDate, email: a.email, phone: a.phone, coverLetter: a.coverLetter, language: a.language },
      consentedAt: a.consentedAt,
      submittedAt: a.submittedAt,
      stage: stageOf.get(a.id)?.stage ?? 'new',
      stageChangedAt: stageOf.get(a.id)?.updatedAt ?? null,
      stageHistory: (historyOf.get(a.id) ?? []).map(({ notified, ...h }) => ({ ...h, candidateNotified: notified > 0 })),
      notes: notesOf.get(a.id) ?? [],
      ratings: own,
      averageRating: own.length ? own.reduce((sum, r) => sum + r.rating, 0) / own.length : null,
      corrections: correctionsOf.get(a.id) ?? [],
    };
  });
}
