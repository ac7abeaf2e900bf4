import 'server-only';
import { sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '@/db/client';
import { withSystem, withTenant } from '@/db/doors';
import { refusalCode } from '@/db/refusal';
import type { EmployerErasureReason, erasures } from '@/db/schema';
import { Refused } from '@/lib/errors';
import { isUuid } from '@/lib/ids';
import type { TenantCtx } from '@/lib/tenancy/context';

export type ErasureReason = (typeof erasures.$inferInsert)['reason'];
export type { EmployerErasureReason } from '@/db/schema';

/** Which tenant's applications, who asked (an owner, for reason 'employer'; null for the retention engine) and why. */
export interface ErasureRequest extends TenantCtx {
  readonly actorUserId: string | null;
  readonly reason: ErasureReason;
  /** Why the owner erases (stored on the tombstone). Defaults: 'other' for chosen applications, 'position_filled' for a job. */
  readonly employerReason?: EmployerErasureReason;
}

/** The purge functions' refusals (drizzle/0013) in the product's words. */
const REFUSALS: Record<string, string> = { not_found: 'not_found', not_filled: 'jobNotFilled', not_owner: 'forbidden', bad_reason: 'erasureReason', on_hold: 'onHold' };

/** Runs one purge function, turning its refusals into Refused. */
async function purge(run: () => Promise<number>): Promise<{ erased: number }> {
  try {
    return { erased: await run() };
  } catch (error) {
    const code = refusalCode(error);
    if (code && REFUSALS[code]) throw new Refused(REFUSALS[code]!);
    throw error;
  }
}

async function erasedCount(tx: Tx, query: ReturnType<typeof sql>): Promise<number> {
  return Number(rowsOf<{ n: number }>(await tx.execute(query))[0]?.n ?? 0);
}

function ownerActor(request: ErasureRequest): string {
  if (!request.actorUserId || !isUuid(request.actorUserId)) throw new Refused('forbidden');
  return request.actorUserId;
}

/**
 * The single erasure path for chosen applications. The database does the work and the checks, in one
 * transaction, inside definer functions owned by app_purge (drizzle/0013): for 'employer' the member must be an
 * owner of the tenant; for 'retention' only applications whose job was filled more than the tenant's retention
 * days ago go. It removes the applications of this tenant with the given ids, their files, workflow rows,
 * notes, ratings and the emails sent about them; keeps their access-log lines with the detail blanked; leaves an
 * anonymous tombstone per application (ids, dates, reason) and one audit line. Ids of another tenant are
 * ignored, never deleted.
 */
export async function eraseApplications(request: ErasureRequest, applicationIds: readonly string[]): Promise<{ erased: number }> {
  const ids = [...new Set(applicationIds)].filter(isUuid);
  if (ids.length === 0) return { erased: 0 };
  const idArray = sql`${`{${ids.join(',')}}`}::uuid[]`;
  if (request.reason === 'employer') {
    const actor = ownerActor(request);
    return purge(() =>
      withTenant({ tenantId: request.tenantId, userId: actor }, (tx) => erasedCount(tx, sql`select public.erase_applications(${idArray}, ${request.employerReason ?? 'other'}) as n`)),
    );
  }
  if (request.reason === 'retention') {
    return purge(() =>
      withSystem('retention', (tx) => erasedCount(tx, sql`select public.purge_expired_applications(${request.tenantId}::uuid, null, ${idArray}, ${ids.length}) as n`)),
    );
  }
  // A candidate erases through her portal session, which the database checks (lib/candidate/portal eraseFromPortal).
  throw new Error('eraseApplications: a candidate erases through lib/candidate/portal (eraseFromPortal)');
}

/**
 * "Delete all applications now" for a filled job: every application of it, in the same single transaction and
 * through the same steps as above. The database reads the job in that transaction; a job of another tenant is
 * "not found", one not filled is refused, a member who is not an owner is refused.
 */
export async function eraseJobApplications(request: ErasureRequest, jobId: string): Promise<{ erased: number }> {
  if (!isUuid(jobId)) throw new Refused('not_found');
  if (request.reason === 'employer') {
    const actor = ownerActor(request);
    return purge(() =>
      withTenant({ tenantId: request.tenantId, userId: actor }, (tx) => erasedCount(tx, sql`select public.erase_job_applications(${jobId}::uuid, ${request.employerReason ?? 'position_filled'}) as n`)),
    );
  }
  if (request.reason === 'retention') {
    // One call erases at most a batch; loop until the job has nothing due.
    let erased = 0;
    for (;;) {
      const { erased: n } = await purge(() =>
        withSystem('retention', (tx) => erasedCount(tx, sql`select public.purge_expired_applications(${request.tenantId}::uuid, ${jobId}::uuid, null, 1000) as n`)),
      );
      erased += n;
      if (n < 1000) return { erased };
    }
  }
  throw new Error('eraseJobApplications: a candidate erases through lib/candidate/portal (eraseFromPortal)');
}
