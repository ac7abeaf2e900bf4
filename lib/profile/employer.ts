import 'server-only';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { applicationProfiles, memberships } from '@/db/schema';
import { recordAccess } from '@/lib/pipeline/access-log';
import { applicationOfTenant } from '@/lib/pipeline/find';
import type { MemberCtx } from '@/lib/tenancy/context';
import { storedAnswers } from './answers';
import { isComplete, scoreProfile, type ProfileScores } from './score';

export interface SharedProfile {
  /** The language she answered in: the descriptions are shown in the reader's language all the same. */
  language: 'nb' | 'en';
  completedAt: Date;
  sharedAt: Date;
  scores: ProfileScores;
}

/**
 * The employer's only view of Personprofilen: the five results of one application of this tenant, and only while
 * the candidate shares them. Not shared, withdrawn, unfinished, another tenant's or missing all give the same null,
 * so the page cannot tell (or show) that a profile exists. Every view that returns a profile is written to the
 * access log in the same transaction (`tx` is the member's tenant door: RLS also hides unshared rows from members).
 * Nothing here sorts, filters or ranks applications by profile, and nothing else reads it.
 */
export async function openSharedProfile(tx: Tx, ctx: MemberCtx, applicationId: string): Promise<SharedProfile | null> {
  // A member of this tenant now, as the database says (not only as the caller's context says).
  const [isMember] = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.tenantId, ctx.tenantId), eq(memberships.userId, ctx.userId)));
  if (!isMember) return null;
  const found = await applicationOfTenant(tx, ctx, applicationId);
  if (!found) return null;
  const [row] = await tx
    .select({ language: applicationProfiles.language, answers: applicationProfiles.answers, completedAt: applicationProfiles.completedAt, sharedAt: applicationProfiles.sharedAt })
    .from(applicationProfiles)
    .where(and(eq(applicationProfiles.tenantId, ctx.tenantId), eq(applicationProfiles.applicationId, found.application.id), isNotNull(applicationProfiles.sharedAt), isNotNull(applicationProfiles.completedAt)));
  if (!row || !row.completedAt || !row.sharedAt) return null;
  const answers = storedAnswers(row.answers);
  if (!isComplete(answers)) return null;
  await recordAccess(tx, ctx, found.application.id, 'profile_view');
  return { language: row.language, completedAt: row.completedAt, sharedAt: row.sharedAt, scores: scoreProfile(answers) };
}
