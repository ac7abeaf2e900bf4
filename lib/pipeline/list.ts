import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Tx } from '@/db/client';
import { stages, type Stage } from './stages';
import { isUuid } from '@/lib/ids';
import { withoutControlCharacters } from '@/lib/privacy/clean-text';
import type { TenantCtx } from '@/lib/tenancy/context';

export interface ApplicationListFilter {
  jobId?: string;
  stage?: Stage;
  /** Part of a name or an email address. */
  search?: string;
  /** Opaque cursor from the previous page. */
  after?: string;
  limit?: number;
}

export interface CandidateRow {
  applicationId: string;
  jobId: string;
  jobTitle: string;
  fullName: string;
  email: string;
  reference: string;
  submittedAt: Date;
  stage: Stage;
  /** Submissions by the same email to the same job (this one included). */
  submissions: number;
}


export function encodeCursor(row: { submittedAt: Date; applicationId: string }): string {
  return Buffer.from(`${row.submittedAt.toISOString()}|${row.applicationId}`).toString('base64url');
}

function decodeCursor(cursor: string | undefined): { at: string; id: string } | null {
  if (!cursor) return null;
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!at || !id || !isUuid(id) || Number.isNaN(Date.parse(at))) return null;
  return { at, id };
}

/**
 * Candidates, newest first, one row per person per job: the latest submission
 * stands for the others (never merged — the detail shows each). Keyset
 * pagination on (submitted_at, id): a deep page costs what the first one does.
 */
export async function listCandidates(tx: Tx, ctx: TenantCtx, filter: ApplicationListFilter = {}): Promise<{ rows: CandidateRow[]; next: string | null }> {
  const limit = Math.min(Math.max(filter.limit ?? 25, 1), 100);
  const conditions: SQL[] = [sql`a.tenant_id = ${ctx.tenantId}`];
  if (filter.jobId) {
    if (!isUuid(filter.jobId)) return { rows: [], next: null };
    conditions.push(sql`a.job_id = ${filter.jobId}`);
  }
  if (filter.stage) {
    if (!stages.includes(filter.stage)) return { rows: [], next: null };
    conditions.push(filter.stage === 'new' ? sql`(s.stage is null or s.stage = 'new')` : sql`s.stage = ${filter.stage}`);
  }
  // Controls dropped: a search is not kept, and NUL would fail the query (review M7).
  const search = withoutControlCharacters(filter.search ?? '').trim();
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`(a.full_name ilike ${pattern} or a.email ilike ${pattern})`);
  }
  const cursor = decodeCursor(filter.after);
  if (cursor) conditions.push(sql`(a.submitted_at, a.id) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`);
  // Only the latest submission of each person to each job.
  conditions.push(sql`not exists (
    select 1 from applications later
     where later.tenant_id = a.tenant_id and later.job_id = a.job_id
       and later.email_key = a.email_key
       and (later.submitted_at, later.id) > (a.submitted_at, a.id))`);

  // The page is chosen first from the (tenant_id, submitted_at, id) index and
  // only then joined: joining first made Postgres sort the whole tenant.
  // NULLS LAST matches the index's order (the columns are NOT NULL anyway).
  const rows = rowsOf<{
    id: string; job_id: string; job_title: string; full_name: string; email: string; reference: string;
    submitted_at: string | Date; stage: Stage | null; submissions: number;
  }>(
    await tx.execute(sql`
      with page as (
        select a.tenant_id, a.id, a.job_id, a.full_name, a.email, a.email_key, a.reference, a.submitted_at, s.stage
          from applications a
          left join application_stages s on s.tenant_id = a.tenant_id and s.application_id = a.id
         where ${sql.join(conditions, sql` and `)}
         order by a.submitted_at desc nulls last, a.id desc nulls last
         limit ${limit + 1})
      select p.id, p.job_id, j.title as job_title, p.full_name, p.email, p.reference, p.submitted_at, p.stage,
             (select count(*)::int from applications e
               where e.tenant_id = p.tenant_id and e.job_id = p.job_id and e.email_key = p.email_key) as submissions
        from page p
        join jobs j on j.tenant_id = p.tenant_id and j.id = p.job_id
       order by p.submitted_at desc nulls last, p.id desc nulls last`),
  );
  const page = rows.slice(0, limit).map((r) => ({
    applicationId: r.id,
    jobId: r.job_id,
    jobTitle: r.job_title,
    fullName: r.full_name,
    email: r.email,
    reference: r.reference,
    submittedAt: new Date(r.submitted_at),
    stage: r.stage ?? 'new',
    submissions: Number(r.submissions),
  }));
  const last = page[page.length - 1];
  return { rows: page, next: rows.length > limit && last ? encodeCursor(last) : null };
}

/**
 * Applications per stage for a job or the whole tenant (statistics, filter tabs).
 * Counted from two index-only scans — all applications, and the stage rows
 * (which exist only once a candidate has moved) — instead of joining every
 * application to its stage: "new" is the difference.
 */
export async function countByStage(tx: Tx, ctx: TenantCtx, jobId?: string): Promise<Record<Stage, number>> {
  const job = jobId && isUuid(jobId) ? jobId : undefined;
  if (jobId && !job) return Object.fromEntries(stages.map((s) => [s, 0])) as Record<Stage, number>;
  const rows = rowsOf<{ stage: Stage | 'total'; n: number }>(
    await tx.execute(sql`
      select 'total' as stage, count(*)::int as n
        from applications a
       where a.tenant_id = ${ctx.tenantId} ${job ? sql`and a.job_id = ${job}` : sql``}
      union all
      select s.stage, count(*)::int as n
        from application_stages s
       where s.tenant_id = ${ctx.tenantId} ${job ? sql`and s.job_id = ${job}` : sql``} and s.stage <> 'new'
       group by s.stage`),
  );
  const counts = Object.fromEntries(stages.map((s) => [s, 0])) as Record<Stage, number>;
  let total = 0;
  for (const r of rows) {
    if (r.stage === 'total') total = Number(r.n);
    else counts[r.stage] = Number(r.n);
  }
  counts.new = total - stages.filter((s) => s !== 'new').reduce((sum, s) => sum + counts[s], 0);
  return counts;
}
