import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { withTenant } from '@/db/doors';
import { refusalCode } from '@/db/refusal';
import { applicationProfileSharing, applicationProfiles, applications, jobs } from '@/db/schema';
import { enqueueEmail } from '@/lib/email/outbox';
import { findTenantBySlugMemo, type PublicTenant } from '@/lib/careers/tenants';
import { parsePageAnswers, storedAnswers } from './answers';
import { firstOpenPage, type Answers, type ItemId } from './instrument';
import { profileUrl, verifyProfileLink } from './link';
import { isComplete, scoreProfile, type ProfileScores } from './score';

/**
 * The candidate's side of Personprofilen, reached only through her signed link (lib/profile/link.ts; the page
 * verifies it before calling here). Each call is one transaction through the tenant door without a member, the
 * same door as her receipt: RLS limits it to the employer in the link, and the reference finds her application.
 */

/** What these calls need of the employer in her link. */
export type ProfileTenant = Pick<PublicTenant, 'id' | 'slug' | 'name'>;

export interface CandidateProfile {
  tenantId: string;
  tenantSlug: string;
  employerName: string;
  applicationId: string;
  reference: string;
  jobTitle: string;
  /** The application's language: the profile starts in it unless she opened the other language's link. */
  applicationLanguage: 'nb' | 'en';
  /** Null until she saves her first page. */
  language: 'nb' | 'en' | null;
  answers: Answers;
  /** Where "continue" takes her; null once every statement is answered. */
  openPage: number | null;
  completedAt: Date | null;
  sharedAt: Date | null;
  /** The job is filled: sharing can no longer be withdrawn. */
  positionFilled: boolean;
  scores: ProfileScores | null;
}

async function readProfile(tx: Tx, tenant: ProfileTenant, reference: string): Promise<CandidateProfile | null> {
  const [row] = await tx
    .select({
      applicationId: applications.id,
      reference: applications.reference,
      applicationLanguage: applications.language,
      jobTitle: jobs.title,
      language: applicationProfiles.language,
      answers: applicationProfiles.answers,
      completedAt: applicationProfiles.completedAt,
      sharedAt: applicationProfiles.sharedAt,
      positionFilled: sql<boolean>`public.profile_position_filled(${applications.tenantId}, ${applications.id})`,
    })
    .from(applications)
    .innerJoin(jobs, and(eq(jobs.tenantId, applications.tenantId), eq(jobs.id, applications.jobId)))
    .leftJoin(applicationProfiles, and(eq(applicationProfiles.tenantId, applications.tenantId), eq(applicationProfiles.applicationId, applications.id)))
    .where(and(eq(applications.tenantId, tenant.id), eq(applications.reference, reference)));
  if (!row) return null;
  const answers = storedAnswers(row.answers);
  const complete = row.completedAt !== null && isComplete(answers);
  return {
    tenantId: tenant.id,
    tenantSlug: tenant.slug,
    employerName: tenant.name,
    applicationId: row.applicationId,
    reference: row.reference,
    jobTitle: row.jobTitle,
    applicationLanguage: row.applicationLanguage as 'nb' | 'en',
    language: (row.language as 'nb' | 'en' | null) ?? null,
    answers,
    openPage: firstOpenPage(answers),
    completedAt: row.completedAt,
    sharedAt: row.sharedAt,
    positionFilled: Boolean(row.positionFilled),
    scores: complete ? scoreProfile(answers) : null,
  };
}

/** Her profile as it stands (nothing saved yet is a profile with no answers), or null when the link finds no application. */
export async function loadCandidateProfile(tenant: ProfileTenant, reference: string): Promise<CandidateProfile | null> {
  return withTenant({ tenantId: tenant.id }, (tx) => readProfile(tx, tenant, reference));
}

async function lockedProfile(tx: Tx, tenantId: string, applicationId: string) {
  const [row] = await tx
    .select({ language: applicationProfiles.language, answers: applicationProfiles.answers, completedAt: applicationProfiles.completedAt, sharedAt: applicationProfiles.sharedAt })
    .from(applicationProfiles)
    .where(and(eq(applicationProfiles.tenantId, tenantId), eq(applicationProfiles.applicationId, applicationId)))
    .for('update');
  if (!row) throw new Error('profile row missing after insert');
  return { ...row, answers: storedAnswers(row.answers) };
}

export type SavePageResult =
  /** Saved; `completed` when that was the last open statement (answers locked, email queued). */
  | { kind: 'saved'; completed: boolean; openPage: number | null }
  /** The answered ones were saved; these are still open on this page. */
  | { kind: 'missing'; itemIds: ItemId[] }
  /** A value no form of ours sends. Nothing saved. */
  | { kind: 'invalid' }
  /** Completed before: the answers are locked. */
  | { kind: 'locked' }
  | { kind: 'notFound' };

/**
 * Saves one page (8 statements) in one transaction: what she answered is kept even when some are open, so a
 * missing answer costs her nothing. When the last open statement is answered the profile completes here: the
 * answers lock (drizzle/0045 refuses any later change) and the email with her result is queued in the same
 * transaction.
 */
export async function saveProfilePage(tenant: ProfileTenant, reference: string, page: number, form: Record<string, unknown>, locale: 'nb' | 'en'): Promise<SavePageResult> {
  const parsed = parsePageAnswers(page, form);
  if (parsed.kind === 'invalid') return { kind: 'invalid' };
  return withTenant({ tenantId: tenant.id }, async (tx): Promise<SavePageResult> => {
    const found = await readProfile(tx, tenant, reference);
    if (!found) return { kind: 'notFound' };
    // Her row, created on the first save and then locked, so two tabs saving at once take turns instead of one
    // losing the other's page.
    await tx.insert(applicationProfiles).values({ tenantId: tenant.id, applicationId: found.applicationId, language: locale }).onConflictDoNothing();
    const current = await lockedProfile(tx, tenant.id, found.applicationId);
    if (current.completedAt) return { kind: 'locked' };
    const answers: Answers = { ...current.answers, ...parsed.answers };
    const complete = parsed.missing.length === 0 && isComplete(answers);
    await tx
      .update(applicationProfiles)
      .set({ answers, completedAt: complete ? new Date() : null })
      .where(and(eq(applicationProfiles.tenantId, tenant.id), eq(applicationProfiles.applicationId, found.applicationId)));
    const language = current.language;
    if (parsed.missing.length > 0) return { kind: 'missing', itemIds: parsed.missing };
    if (complete) await queueCompletionEmail(tx, found, language, scoreProfile(answers));
    return { kind: 'saved', completed: complete, openPage: firstOpenPage(answers) };
  });
}

async function queueCompletionEmail(tx: Tx, profile: CandidateProfile, language: 'nb' | 'en', scores: ProfileScores) {
  const [who] = await tx
    .select({ email: applications.email, fullName: applications.fullName })
    .from(applications)
    .where(and(eq(applications.tenantId, profile.tenantId), eq(applications.id, profile.applicationId)));
  if (!who) return;
  // No `about`: an undeliverable one must not show the employer that a profile exists. The reference lets the
  // purge take this email with the application (purge_erase deletes the outbox rows by payload reference).
  await enqueueEmail(tx, {
    template: 'profile-completed',
    language,
    recipient: who.email,
    payload: {
      fullName: who.fullName,
      employerName: profile.employerName,
      jobTitle: profile.jobTitle,
      reference: profile.reference,
      scores,
      resultUrl: profileUrl(language, profile.tenantSlug, profile.reference),
    },
  });
}

export type SharingResult = 'shared' | 'withdrawn' | 'notComplete' | 'positionFilled' | 'notFound';

/** Share the completed profile with the employer, or withdraw it (until the position is filled). The database logs each change. */
export async function setProfileSharing(tenant: ProfileTenant, reference: string, share: boolean): Promise<SharingResult> {
  try {
    return await withTenant({ tenantId: tenant.id }, async (tx): Promise<SharingResult> => {
      const found = await readProfile(tx, tenant, reference);
      if (!found || !found.language) return found ? 'notComplete' : 'notFound';
      const current = await lockedProfile(tx, tenant.id, found.applicationId);
      if (!current.completedAt) return 'notComplete';
      if (share && current.sharedAt) return 'shared';
      if (!share && !current.sharedAt) return 'withdrawn';
      await tx
        .update(applicationProfiles)
        .set({ sharedAt: share ? new Date() : null })
        .where(and(eq(applicationProfiles.tenantId, tenant.id), eq(applicationProfiles.applicationId, found.applicationId)));
      return share ? 'shared' : 'withdrawn';
    });
  } catch (error) {
    if (refusalCode(error) === 'position_filled') return 'positionFilled';
    throw error;
  }
}

/**
 * Her link as the page and its forms receive it: the signature checked (for this employer and reference), then
 * the employer and her profile. Null for anything else, which the caller answers with the ordinary 404.
 */
export async function openProfileLink(tenantSlug: string, reference: string, signature: string): Promise<{ tenant: ProfileTenant; profile: CandidateProfile } | null> {
  if (!verifyProfileLink(tenantSlug, reference, signature)) return null;
  const tenant = await findTenantBySlugMemo(tenantSlug);
  if (!tenant || tenant.slug !== tenantSlug) return null;
  const profile = await loadCandidateProfile(tenant, reference);
  return profile ? { tenant, profile } : null;
}

/** Her shares and withdrawals, oldest first, for the result page. */
export async function profileSharingHistory(tenant: ProfileTenant, applicationId: string): Promise<{ action: 'shared' | 'withdrawn'; at: Date }[]> {
  return withTenant({ tenantId: tenant.id }, (tx) =>
    tx
      .select({ action: applicationProfileSharing.action, at: applicationProfileSharing.createdAt })
      .from(applicationProfileSharing)
      .where(and(eq(applicationProfileSharing.tenantId, tenant.id), eq(applicationProfileSharing.applicationId, applicationId)))
      .orderBy(asc(applicationProfileSharing.createdAt)),
  );
}
