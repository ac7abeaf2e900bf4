import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { openDb, rowsOf, setDbHandle, type DbHandle } from '../db/client';
import { withTenant } from '../db/doors';
import { migrateDb } from '../db/migrate';
import { listCandidates, countByStage } from '../lib/pipeline/list';
import { openApplication } from '../lib/pipeline/detail';
import { recentActivity } from '../lib/pipeline/activity';

/**
 * Dashboard at scale: 1 000 tenants, 1 000 000 applications, the largest tenant
 * 100 000 — generated in SQL on the local PostgreSQL (never on PGlite), then the
 * real lib/ functions are timed under RLS through withTenant.
 */
const TARGET = { tenants: 1000, applications: 1_000_000, largest: 100_000 };

export function benchDatabaseUrl(): string {
  return process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/seerecruit_bench';
}

export async function ensureDatabase(url: string, fresh: boolean) {
  const name = new URL(url).pathname.slice(1);
  const admin = postgres(url.replace(/\/[^/]+$/, '/postgres'), { max: 1, onnotice: () => {} });
  try {
    // Submitted applications cannot be truncated (by design), so an incomplete set is rebuilt from scratch.
    if (fresh) await admin.unsafe(`drop database if exists "${name}" with (force)`);
    const exists = await admin`select 1 from pg_database where datname = ${name}`;
    if (exists.length === 0) await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
}

/** A scratch database the bench no longer needs (its rows were purged; the files on disk were not). */
export async function dropDatabase(url: string) {
  const admin = postgres(url.replace(/\/[^/]+$/, '/postgres'), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${new URL(url).pathname.slice(1)}" with (force)`);
  } finally {
    await admin.end();
  }
}

async function complete(url: string): Promise<boolean> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await client`select count(*)::int as n from applications`;
    return Number(row?.n) >= TARGET.applications;
  } catch {
    return false;
  } finally {
    await client.end();
  }
}

async function generate(handle: DbHandle) {
  const [{ n } = { n: 0 }] = rowsOf<{ n: number }>(await handle.db.execute(sql`select count(*)::int as n from applications`));
  if (Number(n) >= TARGET.applications) return false;
  const rest = TARGET.applications - TARGET.largest;
  const statements = [
    sql`insert into tenants (id, slug, name) select gen_random_uuid(), 'bench-' || g, 'Bench ' || g from generate_series(1, ${TARGET.tenants}) g`,
    sql`insert into jobs (tenant_id, slug, title, status, published_at)
          select t.id, 'job-' || j, 'Job ' || j, 'published', now() from tenants t, generate_series(1, 10) j`,
    // The largest tenant (bench-1) gets 100 000; the other 999 share the rest evenly.
    sql`create temporary table bench_jobs as
          select t.slug, row_number() over (partition by t.id order by j.slug) as k, j.tenant_id, j.id as job_id
            from tenants t join jobs j on j.tenant_id = t.id`,
    sql`insert into applications (tenant_id, id, job_id, reference, full_name, birth_date, email, phone, cover_letter, language, idempotency_key, consented_at, submitted_at)
          select b.tenant_id, gen_random_uuid(), b.job_id, 'B' || g, 'Kandidat ' || g, date '1990-01-01' + (g % 9000),
                 'kandidat' || (g % 80000) || '@example.no', '+47 900 00 000', 'Søknadstekst ' || g, 'nb', gen_random_uuid(),
                 now(), now() - make_interval(secs => g)
            from generate_series(1, ${TARGET.largest}) g
            join bench_jobs b on b.slug = 'bench-1' and b.k = 1 + (g % 10)`,
    sql`insert into applications (tenant_id, id, job_id, reference, full_name, birth_date, email, phone, cover_letter, language, idempotency_key, consented_at, submitted_at)
          select b.tenant_id, gen_random_uuid(), b.job_id, 'C' || g, 'Kandidat ' || g, date '1990-01-01' + (g % 9000),
                 'person' || g || '@example.no', '+47 900 00 000', 'Søknadstekst ' || g, 'nb', gen_random_uuid(),
                 now(), now() - make_interval(secs => g)
            from generate_series(1, ${rest}) g
            join bench_jobs b on b.slug = 'bench-' || (2 + (g % ${TARGET.tenants - 1})) and b.k = 1 + ((g / ${TARGET.tenants}) % 10)`,
    // A third of the applications have moved on from "new".
    sql`insert into application_stages (tenant_id, application_id, job_id, stage)
          select tenant_id, id, job_id, (array['in_review','interview','offer','hired','rejected'])[1 + (abs(hashtext(id::text)) % 5)]
            from applications where abs(hashtext(id::text)) % 3 = 0`,
    // VACUUM sets the visibility map, as autovacuum would on a live database, so counts can be index-only.
    sql`vacuum (analyze) applications, application_stages, jobs, tenants`,
  ];
  for (const statement of statements) await handle.db.execute(statement);
  return true;
}

function percentile(samples: number[], p: number) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function time(runs: number, fn: () => Promise<unknown>) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

export async function dashboardBench(): Promise<string[][]> {
  const url = benchDatabaseUrl();
  await ensureDatabase(url, !(await complete(url)));
  const handle = openDb({ engine: 'postgres', url });
  try {
    await migrateDb(handle);
    const started = performance.now();
    const generated = await generate(handle);
    const genSeconds = ((performance.now() - started) / 1000).toFixed(0);
    const [largest] = rowsOf<{ id: string; n: number }>(
      await handle.db.execute(sql`select t.id, count(*)::int as n from tenants t join applications a on a.tenant_id = t.id where t.slug = 'bench-1' group by t.id`),
    );
    const ctx = { tenantId: largest!.id, userId: undefined as unknown as string };
    setDbHandle(handle);
    const run = <T>(fn: Parameters<typeof withTenant<T>>[1]) => withTenant({ tenantId: ctx.tenantId }, fn);

    // A deep page: walk 40 pages of 25 once to get a cursor ~1 000 rows in, then time that page.
    let cursor: string | null = null;
    for (let i = 0; i < 40; i++) cursor = (await run((tx) => listCandidates(tx, ctx, { after: cursor ?? undefined }))).next;
    const deepCursor = cursor ?? undefined;
    const sample = (await run((tx) => listCandidates(tx, ctx, { limit: 1 }))).rows[0]!;
    const [member] = rowsOf<{ id: string }>(await handle.db.execute(sql`insert into users (email, password_hash) values (${`bench-${Date.now()}@example.test`}, 'x') returning id`));
    const memberCtx = { tenantId: ctx.tenantId, userId: member!.id, role: 'owner' as const, tenantSlug: 'bench-1', tenantName: 'Bench' };

    const rows: string[][] = [['dashboard call (largest tenant, 100 000 applications)', 'p50 ms', 'p95 ms', 'goal p95']];
    const add = (name: string, r: { p50: number; p95: number }) => rows.push([name, r.p50.toFixed(1), r.p95.toFixed(1), r.p95 <= 50 ? '≤ 50 ok' : '≤ 50 MISSED']);
    add('application list, first page', await time(30, () => run((tx) => listCandidates(tx, ctx))));
    add('application list, page ~1 000 rows deep', await time(30, () => run((tx) => listCandidates(tx, ctx, { after: deepCursor }))));
    add('application list, stage = interview', await time(30, () => run((tx) => listCandidates(tx, ctx, { stage: 'interview' }))));
    add('application detail (logs a view)', await time(30, () => withTenant(memberCtx, (tx) => openApplication(tx, memberCtx, sample.applicationId))));
    add('per-stage counts', await time(15, () => run((tx) => countByStage(tx, ctx))));
    add('overview, recent activity', await time(30, () => run((tx) => recentActivity(tx, ctx))));
    rows.push([`(data: ${generated ? `generated in ${genSeconds} s` : 'reused'}; ${largest!.n} in the largest tenant)`, '', '', '']);
    return rows;
  } finally {
    await handle.close();
  }
}
