import 'server-only';
import { sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '@/db/client';
import { isUuid } from '@/lib/ids';
import type { TenantCtx } from '@/lib/tenancy/context';
import type { RetentionCause } from './engine-types';

/**
 * When applications go, as the dashboard shows it. Every date comes from the database's own
 * retention_purge_at (drizzle/0031), the expression the purge uses, so the page and the purge cannot disagree.
 */

export interface ActiveHold {
  id: string;
  reason: string;
  /** YYYY-MM-DD, inclusive (Oslo). */
  until: string;
  /** On the job (covers every application) or on this one application. */
  on: 'job' | 'application';
}

export interface JobRetention {
  /** When the job's applications are due, or null while they are kept (open job without a closing date). */
  purgeAt: Date | null;
  /** The date has come (the next run takes them, unless held). */
  due: boolean;
  cause: RetentionCause | null;
  applications: number;
  retentionDays: number;
  unfilledCapDays: number;
  hold: ActiveHold | null;
}

const purgeAt = sql.raw(`public.retention_purge_at(j.status, j.filled_at, j.closes_on, j.archived_at, t.retention_days, t.unfilled_cap_days)`);
const cause = sql.raw(`public.retention_cause(j.status, j.filled_at, j.closes_on, j.archived_at)`);
const activeHold = sql.raw(`h.released_at is null and h.held_until >= public.retention_today()`);

type HoldRow = { hold_id: string | null; hold_reason: string | null; hold_until: string | null; hold_on: 'job' | 'application' | null };

function holdOf(row: HoldRow): ActiveHold | null {
  return row.hold_id ? { id: row.hold_id, reason: row.hold_reason!, until: String(row.hold_until).slice(0, 10), on: row.hold_on! } : null;
}

const asDate = (v: unknown): Date | null => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v)));

export async function jobRetention(tx: Tx, ctx: TenantCtx, jobId: string): Promise<JobRetention | null> {
  if (!isUuid(jobId)) return null;
  const [row] = rowsOf<{ purge_at: unknown; due: boolean; cause: RetentionCause | null; applications: number; retention_days: number; unfilled_cap_days: number } & HoldRow>(
    await tx.execute(sql`
      select ${purgeAt} as purge_at, coalesce(${purgeAt} <= now(), false) as due, ${cause} as cause, t.retention_days, t.unfilled_cap_days,
             (select count(*)::int from applications a where a.tenant_id = j.tenant_id and a.job_id = j.id) as applications,
             h.id as hold_id, h.reason as hold_reason, h.held_until::text as hold_until, case when h.id is null then null else 'job' end as hold_on
        from jobs j
        join tenants t on t.id = j.tenant_id
        left join lateral (
          select h.id, h.reason, h.held_until from legal_holds h
           where h.tenant_id = j.tenant_id and h.job_id = j.id and ${activeHold}
           order by h.held_until desc limit 1) h on true
       where j.tenant_id = ${ctx.tenantId} and j.id = ${jobId}`),
  );
  if (!row) return null;
  return {
    purgeAt: asDate(row.purge_at),
    due: Boolean(row.due),
    cause: row.cause,
    applications: Number(row.applications),
    retentionDays: Number(row.retention_days),
    unfilledCapDays: Number(row.unfilled_cap_days),
    hold: holdOf(row),
  };
}

export interface ApplicationRetention {
  purgeAt: Date | null;
  due: boolean;
  cause: RetentionCause | null;
  /** The hold that keeps it (its own or its job's, the one that lasts longest). */
  hold: ActiveHold | null;
}

/** Per application id: its deletion date and any hold. Ids of another tenant are simply absent. */
export async function applicationsRetention(tx: Tx, ctx: TenantCtx, applicationIds: readonly string[]): Promise<Map<string, ApplicationRetention>> {
  const ids = [...new Set(applicationIds)].filter(isUuid);
  const out = new Map<string, ApplicationRetention>();
  if (ids.length === 0) return out;
  const rows = rowsOf<{ id: string; purge_at: unknown; due: boolean; cause: RetentionCause | null } & HoldRow>(
    await tx.execute(sql`
      select a.id, ${purgeAt} as purge_at, coalesce(${purgeAt} <= now(), false) as due, ${cause} as cause,
             h.id as hold_id, h.reason as hold_reason, h.held_until::text as hold_until,
             case when h.id is null then null when h.application_id is null then 'job' else 'application' end as hold_on
        from applications a
        join jobs j on j.tenant_id = a.tenant_id and j.id = a.job_id
        join tenants t on t.id = a.tenant_id
        left join lateral (
          select h.id, h.reason, h.held_until, h.application_id from legal_holds h
           where h.tenant_id = a.tenant_id and (h.job_id = a.job_id or h.application_id = a.id) and ${activeHold}
           order by h.held_until desc limit 1) h on true
       where a.tenant_id = ${ctx.tenantId} and a.id = any(${`{${ids.join(',')}}`}::uuid[])`),
  );
  for (const row of rows) out.set(row.id, { purgeAt: asDate(row.purge_at), due: Boolean(row.due), cause: row.cause, hold: holdOf(row) });
  return out;
}

export interface UpcomingDeletion {
  jobId: string;
  title: string;
  purgeAt: Date;
  applications: number;
}

/** Jobs whose applications go within `days` (overdue ones too: the next run takes them), not under a hold. */
export async function upcomingDeletions(tx: Tx, ctx: TenantCtx, days = 14): Promise<UpcomingDeletion[]> {
  const rows = rowsOf<{ job_id: string; title: string; purge_at: unknown; applications: number }>(
    await tx.execute(sql`
      select * from (
        select j.id as job_id, j.title, ${purgeAt} as purge_at,
               (select count(*)::int from applications a where a.tenant_id = j.tenant_id and a.job_id = j.id) as applications
          from jobs j
          join tenants t on t.id = j.tenant_id
         where j.tenant_id = ${ctx.tenantId}
           and not exists (select 1 from legal_holds h where h.tenant_id = j.tenant_id and h.job_id = j.id and ${activeHold})
      ) x
       where x.purge_at is not null and x.purge_at <= now() + make_interval(days => ${days}::int) and x.applications > 0
       order by x.purge_at, x.title`),
  );
  return rows.map((r) => ({ jobId: r.job_id, title: r.title, purgeAt: asDate(r.purge_at)!, applications: Number(r.applications) }));
}
