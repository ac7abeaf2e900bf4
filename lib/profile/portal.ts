import 'server-only';
import { sql } from 'drizzle-orm';
import { rowsOf } from '@/db/client';
import { withSystem } from '@/db/doors';
import { refusalCode } from '@/db/refusal';
import { hashToken } from '@/lib/auth/tokens';
import { Refused } from '@/lib/errors';
import { isUuid } from '@/lib/ids';
import { storedAnswers } from './answers';
import type { Answers } from './instrument';
import { isComplete, scoreProfile, type ProfileScores } from './score';

/**
 * Personprofilen in the candidate portal: her profiles (for her page and her export) and sharing from there, each
 * one portal_* definer function of drizzle/0045 that checks her portal session in SQL, through the system door's
 * 'candidate-request' purpose like the rest of the portal (lib/candidate/portal.ts).
 */
export interface PortalProfile {
  tenantId: string;
  applicationId: string;
  tenantSlug: string;
  reference: string;
  language: 'nb' | 'en';
  answers: Answers;
  startedAt: string;
  completedAt: string | null;
  sharedAt: string | null;
  positionFilled: boolean;
  sharing: { action: 'shared' | 'withdrawn'; at: string }[];
  scores: ProfileScores | null;
}

const plausibleToken = (token: string | undefined | null): token is string => typeof token === 'string' && /^[A-Za-z0-9_-]{20,200}$/.test(token);

/** Her profiles at every employer; null without a live session. */
export async function portalProfiles(sessionToken: string | undefined | null): Promise<PortalProfile[] | null> {
  if (!plausibleToken(sessionToken)) return null;
  try {
    const [row] = rowsOf<{ profiles: unknown }>(
      await withSystem('candidate-request', (tx) => tx.execute(sql`select public.portal_profiles(${hashToken(sessionToken)}) as profiles`)),
    );
    const raw = (typeof row?.profiles === 'string' ? JSON.parse(row.profiles) : (row?.profiles ?? [])) as Omit<PortalProfile, 'scores'>[];
    return raw.map((p) => {
      const answers = storedAnswers(p.answers);
      return { ...p, answers, scores: p.completedAt && isComplete(answers) ? scoreProfile(answers) : null };
    });
  } catch (error) {
    if (refusalCode(error) === 'portal_session') return null;
    throw error;
  }
}

/** Share or withdraw from her portal; refuses 'positionFilled' for a withdrawal once the job is filled. */
export async function setPortalProfileSharing(sessionToken: string, tenantId: string, applicationId: string, share: boolean): Promise<void> {
  if (!plausibleToken(sessionToken)) throw new Refused('portalSession');
  if (!isUuid(tenantId) || !isUuid(applicationId)) throw new Refused('not_found');
  try {
    await withSystem('candidate-request', (tx) =>
      tx.execute(sql`select public.portal_profile_sharing(${hashToken(sessionToken)}, ${tenantId}::uuid, ${applicationId}::uuid, ${share})`),
    );
  } catch (error) {
    const code = refusalCode(error);
    if (code === 'portal_session') throw new Refused('portalSession');
    if (code === 'not_found') throw new Refused('not_found');
    if (code === 'position_filled') throw new Refused('positionFilled');
    throw error;
  }
}
