import { sql } from 'drizzle-orm';
import { rowsOf, type Db, type Tx } from '@/db/client';
import { withSystem, withTenant } from '@/db/doors';
import { refusalCode } from '@/db/refusal';
import type { EmployerErasureReason, erasures } from '@/db/schema';

export type ErasureReason = (typeof erasures.$inferInsert)['reason'];
export type { EmployerErasureReason } from '@/db/schema';

export interface ErasureRequest {
  readonly tenantId: string;
  /** The member who asked (an owner, for reason 'employer'), or null for the retention engine. */
  readonly actorUserId: string | null;
  readonly reason: ErasureReason;
  /** Why the owner erases (stored on the tombstone). Defaults: 'other' for chosen applications, 'position_filled' for a job. */
  readonly employerReason?: EmployerErasureReason;
}

/**
 * Why nothing was erased: not this tenant's job (or missing), not filled yet, the member is not an owner, or the
 * request cannot be checked by the database (a candidate's request has no verified path yet).
 */
export class ErasureRefused extends Error {
  constructor(readonly code: 'not_found' | 'not_filled' | 'not_owner' | 'bad_reason' | 'unsupported') {
    super(code);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REFUSALS = new Set(['not_found', 'not_filled', 'not_owner', 'bad_reason']);

/** Runs one purge function, turning its refusals into ErasureRefused. */
async function purge(run: () => Promise<number>): Promise<{ erased: number }> {
  try {
    return { erased: await run() };
  } catch (error) {
    const code = refusalCode(error);
    if (code && REFUSALS.has(code)) throw new ErasureRefused(code as ErasureRefused['code']);
    throw error;
  }
}

async function erasedCount(tx: Tx, query: ReturnType<typeof sql>): Promise<number> {
  return Number(rowsOf<{ n: number }>(await tx.execute(query))[0]?.n ?? 0);
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
export async function eraseApplications(request: ErasureRequest, applicationIds: readonly string[], handle?: Db): Promise<{ erased: number }> {
  const ids = [...new Set(applicationIds)].filter((id) => UUID.test(id));
  if (ids.length === 0) return { erased: 0 };
  const idArray = sql`${`{${ids.join(',')}}`}::uuid[]`;
  if (request.reason === 'employer') {
    const actor = ownerActor(request);
    return purge(() =>
      withTenant(
        { tenantId: request.tenantId, userId: actor },
        (tx) => erasedCount(tx, sql`select public.erase_applications(${idArray}, ${request.employerReason ?? 'other'}) as n`),
        handle,
      ),
    );
  }
  if (request.reason === 'retention') {
    return purge(() =>
      withSystem(
        'retention purge',
        (tx) => erasedCount(tx, sql`select public.purge_expired_applications(${request.tenantId}::uuid, null, ${idArray}, ${ids.length}) as n`),
        handle,
      ),
    );
  }
  // A candidate's request needs a verified request the database can check; that path is not built yet.
  throw new ErasureRefused('unsupported');
}

/**
 * "Delete all applications now" for a filled job: every application of it, in the same single transaction and
 * through the same steps as above. The database reads the job in that transaction; a job of another tenant is
 * "not found", one not filled is refused, a member who is not an owner is refused.
 */
export async function eraseJobApplications(request: ErasureRequest, jobId: string, handle?: Db): Promise<{ erased: number }> {
  if (!UUID.test(jobId)) throw new ErasureRefused('not_found');
  if (request.reason === 'employer') {
    const actor = ownerActor(request);
    return purge(() =>
      withTenant(
        { tenantId: request.tenantId, userId: actor },
        (tx) => erasedCount(tx, sql`select public.erase_job_applications(${jobId}::uuid, ${request.employerReason ?? 'position_filled'}) as n`),
        handle,
      ),
    );
  }
  if (request.reason === 'retention') {
    // One call erases at most a batch; loop until the job has nothing due.
    let erased = 0;
    for (;;) {
      const { erased: n } = await purge(() =>
        withSystem('retention purge', (tx) => erasedCount(tx, sql`select public.purge_expired_applications(${request.tenantId}::uuid, ${jobId}::uuid, null, 1000) as n`), handle),
      );
      erased += n;
      if (n < 1000) return { erased };
    }
  }
  throw new ErasureRefused('unsupported');
}

function ownerActor(request: ErasureRequest): string {
  if (!request.actorUserId || !UUID.test(request.actorUserId)) throw new ErasureRefused('not_owner');
  return request.actorUserId;
}
