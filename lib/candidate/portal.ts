import 'server-only';
import { sql } from 'drizzle-orm';
import { rowsOf } from '@/db/client';
import { withSystem } from '@/db/doors';
import { refusalCode } from '@/db/refusal';
import { hashToken, newToken } from '@/lib/auth/tokens';
import { Refused } from '@/lib/errors';
import { isUuid } from '@/lib/ids';

/**
 * The candidate portal's calls: each is one portal_* definer function (drizzle/0032) through the system door's
 * 'candidate-request' purpose, given only the hash of her session token; the database checks the session, and
 * that the application has the session's address, before it reads or writes anything.
 */

export type PortalStatus = 'received' | 'in_review' | 'closed';

export interface PortalApplication {
  tenantId: string;
  id: string;
  reference: string;
  employerName: string;
  jobTitle: string;
  submittedAt: string;
  language: 'nb' | 'en';
  status: PortalStatus;
  /** The day it is deleted (Oslo), or null while the position is not filled. */
  deletionOn: string | null;
  /** A legal hold's end date while one is active. */
  heldUntil: string | null;
  fields: {
    fullName: string;
    birthDate: string;
    email: string;
    phone: string;
    coverLetter: string;
    language: 'nb' | 'en';
    consentedAt: string;
    submittedAt: string;
    reference: string;
    previousApplicationId: string | null;
  };
  files: { id: string; fileName: string; contentType: string; size: number; sha256: string; uploadedAt: string }[];
  corrections: { id: string; body: string; createdAt: string }[];
  statusHistory: { status: PortalStatus; at: string }[];
  access: { action: string; name: string | null; staff: boolean; at: string }[];
}

const REFUSALS: Record<string, string> = {
  portal_session: 'portalSession',
  not_found: 'not_found',
  correction_length: 'correctionLength',
  too_many_corrections: 'tooManyCorrections',
  bad_request: 'invalid',
};

async function portalCall<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const code = refusalCode(error);
    if (code && REFUSALS[code]) throw new Refused(REFUSALS[code]!);
    throw error;
  }
}

const plausibleToken = (token: string | undefined | null): token is string => typeof token === 'string' && /^[A-Za-z0-9_-]{20,200}$/.test(token);

/** Consumes the emailed link (once, within 30 minutes) and starts a session; its token goes into the cookie. Null for an unknown, used or expired link. */
export async function openPortal(linkToken: string): Promise<string | null> {
  if (!plausibleToken(linkToken)) return null;
  const session = newToken();
  const [row] = rowsOf<{ ok: boolean }>(
    await withSystem('candidate-request', (tx) => tx.execute(sql`select public.portal_open(${hashToken(linkToken)}, ${hashToken(session)}) as ok`)),
  );
  return row?.ok ? session : null;
}

/** Her applications in every tenant, newest first; null when there is no live session (missing, expired, or ended by erasing everything). */
export async function portalApplications(sessionToken: string | undefined | null): Promise<PortalApplication[] | null> {
  if (!plausibleToken(sessionToken)) return null;
  try {
    const [row] = rowsOf<{ apps: PortalApplication[] | string }>(
      await portalCall(() => withSystem('candidate-request', (tx) => tx.execute(sql`select public.portal_applications(${hashToken(sessionToken)}) as apps`))),
    );
    const apps = typeof row?.apps === 'string' ? (JSON.parse(row.apps) as PortalApplication[]) : (row?.apps ?? []);
    return apps.map((a) => ({ ...a, statusHistory: collapseHistory(a) }));
  } catch (error) {
    if (error instanceof Refused && error.code === 'portalSession') return null;
    throw error;
  }
}

/** Status changes only: "received" at submission, then each change of the coarse status (several stage moves may be one). */
function collapseHistory(a: PortalApplication): PortalApplication['statusHistory'] {
  const out: PortalApplication['statusHistory'] = [{ status: 'received', at: a.submittedAt }];
  for (const step of a.statusHistory) if (out[out.length - 1]!.status !== step.status) out.push(step);
  return out;
}

/** One original file's bytes, for her export. */
export async function portalFile(sessionToken: string, tenantId: string, fileId: string): Promise<Uint8Array> {
  if (!plausibleToken(sessionToken) || !isUuid(tenantId) || !isUuid(fileId)) throw new Refused('not_found');
  const [row] = rowsOf<{ content: Uint8Array }>(
    await portalCall(() => withSystem('candidate-request', (tx) => tx.execute(sql`select public.portal_file(${hashToken(sessionToken)}, ${tenantId}::uuid, ${fileId}::uuid) as content`))),
  );
  return new Uint8Array(row!.content);
}

/** The export's audit line (a count, nothing else). */
export async function logPortalExport(sessionToken: string): Promise<void> {
  if (!plausibleToken(sessionToken)) throw new Refused('portalSession');
  await portalCall(() => withSystem('candidate-request', (tx) => tx.execute(sql`select public.portal_log_export(${hashToken(sessionToken)})`)));
}

export const CORRECTION_MAX = 2000;

/** A correction beside the original: stored as sent, never editable; the employer sees it with its date. */
export async function addCorrection(sessionToken: string, tenantId: string, applicationId: string, body: string): Promise<string> {
  if (!plausibleToken(sessionToken)) throw new Refused('portalSession');
  if (!isUuid(tenantId) || !isUuid(applicationId)) throw new Refused('not_found');
  const [row] = rowsOf<{ id: string }>(
    await portalCall(() =>
      withSystem('candidate-request', (tx) => tx.execute(sql`select public.portal_add_correction(${hashToken(sessionToken)}, ${tenantId}::uuid, ${applicationId}::uuid, ${body}) as id`)),
    ),
  );
  return row!.id;
}

/**
 * Withdraw one application or erase all of them (the ids she chose; others' ids are ignored by the database):
 * through purge_erase with reason 'candidate' in each tenant, each with its receipt and the owners' notice.
 * An application under a legal hold is kept. Returns how many went.
 */
export async function eraseFromPortal(sessionToken: string, applicationIds: readonly string[]): Promise<number> {
  if (!plausibleToken(sessionToken)) throw new Refused('portalSession');
  const ids = [...new Set(applicationIds)].filter(isUuid);
  if (ids.length === 0) return 0;
  const [row] = rowsOf<{ n: number }>(
    await portalCall(() =>
      withSystem('candidate-request', (tx) => tx.execute(sql`select public.portal_erase(${hashToken(sessionToken)}, ${`{${ids.join(',')}}`}::uuid[]) as n`)),
    ),
  );
  return Number(row?.n ?? 0);
}
