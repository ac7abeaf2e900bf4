import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { openDb, rowsOf, setDbHandle } from '../db/client';
import { countClientAttempt } from '../lib/applications/limits';
import { receiveApplication } from '../lib/applications/receive';
import { minimalPdf } from '../lib/dev/demo-pdf';
import { runRetention } from '../lib/retention/engine';
import { applyByForm } from './apply-by-form';
import { percentile } from './throughput';

/**
 * How the submissions during the purge arrive. `http`: what a candidate without JavaScript does, through the
 * production server at `baseUrl` (bench/apply-by-form.ts: the apply page, the form post, the receipt). `library`:
 * lib/applications/receiveApplication called in this process, the apply endpoint's inner door without Next around it
 * (kept to compare with earlier figures and to see what the framework adds).
 */
export type RetentionSubmitter = { kind: 'http'; baseUrl: string } | { kind: 'library' };

export interface Latencies {
  p50Before: number;
  p50During: number;
  p95Before: number;
  p95During: number;
}

const PAGE = '/careers/acme/backend-utvikler/apply';
const CONCURRENCY = 8;

/**
 * The retention purge at scale: N applications (default 100 000), each with an incompressible file (default
 * 20 KB, about 2 GB in all) and its confirmation email in the outbox, of one job, inserted fast as the table owner
 * (one multi-row INSERT … SELECT generate_series per chunk). The job is filled "today" while they are inserted and
 * back-dated just before the purge, so the server's own 10-minute retention interval finds nothing due until the
 * bench purges. Then the engine purges them while applications to Acme's open job keep coming, 8 at a time:
 * purge time, and submission latency during the purge against just before it, for the chosen submitter.
 * Sizes: BENCH_RETENTION_APPLICATIONS, BENCH_RETENTION_FILE_KB, BENCH_RETENTION_BATCH.
 */
export async function benchRetention(databaseUrl: string, submitter: RetentionSubmitter) {
  const applications = Number(process.env.BENCH_RETENTION_APPLICATIONS ?? 100_000);
  const fileBytes = Number(process.env.BENCH_RETENTION_FILE_KB ?? 20) * 1024;
  const batch = Number(process.env.BENCH_RETENTION_BATCH ?? 1000);
  // Through HTTP this process only inserts, purges and counts; the server has its own pool.
  if (submitter.kind === 'library') process.env.DB_POOL_MAX = String(CONCURRENCY + 6);
  const handle = openDb({ engine: 'postgres', url: databaseUrl });
  setDbHandle(handle);
  const db = handle.db;
  const run = randomUUID().slice(0, 8);
  try {
    // As the owner (the bench connects as the local superuser): fixtures the app may not write, like an old filled date.
    const [tenant] = rowsOf<{ id: string }>(await db.execute(sql`insert into tenants (slug, name) values (${`bench-ret-${run}`}, 'Bench Retention AS') returning id`));
    const [job] = rowsOf<{ id: string }>(
      await db.execute(sql`insert into jobs (tenant_id, slug, title, status, published_at, filled_at) values (${tenant!.id}, 'bench-job', 'Bench job', 'filled', now() - interval '200 days', now()) returning id`),
    );
    // 64 random blobs; each file is one of them (compression works per value, so sharing does not flatter the size).
    await db.execute(sql`create unlogged table if not exists bench_retention_blobs (n int primary key, content bytea not null)`);
    await db.execute(sql`truncate bench_retention_blobs`);
    for (let n = 0; n < 64; n++) await db.execute(sql`insert into bench_retention_blobs values (${n}, ${randomBytes(fileBytes)})`);

    const chunk = 2000;
    const insertStarted = performance.now();
    for (let from = 0; from < applications; from += chunk) {
      const to = Math.min(applications, from + chunk) - 1;
      await db.execute(sql`
        with a as (
          insert into applications (tenant_id, job_id, reference, full_name, birth_date, email, phone, cover_letter, language, idempotency_key, consented_at, submitted_at)
          select ${tenant!.id}::uuid, ${job!.id}::uuid, ${`BR-${run}-`} || g, 'Bench Person ' || g, date '1990-05-17', ${`bench-ret-${run}-`} || g || '@example.no', '912 34 567',
                 'Jeg søker gjerne på denne stillingen.', 'nb', gen_random_uuid(), now() - interval '150 days', now() - interval '150 days'
            from generate_series(${from}::int, ${to}::int) g
          returning tenant_id, id, reference, email
        ), f as (
          insert into application_files (tenant_id, application_id, file_name, content_type, size, sha256, content)
          select a.tenant_id, a.id, 'cv.pdf', 'application/pdf', ${fileBytes}::int, 'bench', b.content
            from a join bench_retention_blobs b on b.n = abs(hashtext(a.id::text)) % 64
        )
        insert into outbox (template, language, recipient, payload, sent_at)
        select 'application-received', 'nb', a.email, jsonb_build_object('reference', a.reference, 'fullName', 'Bench'), now() from a`);
      if (from % 20_000 === 0) process.stdout.write(`  inserted ${to + 1}/${applications}\r`);
    }
    const insertSeconds = (performance.now() - insertStarted) / 1000;
    await db.execute(sql`analyze applications`);
    await db.execute(sql`analyze application_files`);
    await db.execute(sql`analyze outbox`);
    const [size] = rowsOf<{ mb: number }>(await db.execute(sql`select (pg_total_relation_size('application_files') / 1048576)::int as mb`));

    // Applications to Acme's open job (a 200 KB PDF, distinct people and addresses); each must be stored.
    const cv = minimalPdf('CV for the retention bench', 200 * 1024);
    const emailPrefix = `bench-rs-${run}-`;
    let counter = 0;
    const person = (i: number) => ({ fullName: `Bench Person ${i}`, birthDate: '1990-05-17', email: `${emailPrefix}${i}@example.no`, phone: '912 34 567', coverLetter: 'Jeg søker.' });
    /** One submission; its latency [what the candidate waits for, the POST alone] in ms. */
    const submitOne = async (): Promise<[number, number]> => {
      const i = counter++;
      if (submitter.kind === 'http') {
        const sent = await applyByForm(submitter.baseUrl, PAGE, person(i), { name: 'cv.pdf', type: 'application/pdf', bytes: cv });
        return [sent.sendMs, sent.postMs];
      }
      const t0 = performance.now();
      const budget = await countClientAttempt(`10.${(i >> 8) & 255}.${i & 255}.9`);
      if ('wait' in budget) throw new Error('the bench client ran out of its apply budget');
      const result = await receiveApplication({
        tenantSlug: 'acme',
        jobSlug: 'backend-utvikler',
        language: 'nb',
        raw: { ...person(i), consent: true },
        honeypot: '',
        files: [{ name: 'cv.pdf', bytes: cv }],
        counted: budget.attempt,
      });
      if (result.kind !== 'stored') throw new Error(`submission answered ${result.kind}`);
      const ms = performance.now() - t0;
      return [ms, ms];
    };
    async function submitWhile(keepGoing: () => boolean, minimum: number): Promise<{ send: number[]; post: number[] }> {
      const send: number[] = [];
      const post: number[] = [];
      let started = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (keepGoing() || started < minimum) {
            started++;
            const [s, p] = await submitOne();
            send.push(s);
            post.push(p);
          }
        }),
      );
      return { send: send.sort((a, b) => a - b), post: post.sort((a, b) => a - b) };
    }
    await submitWhile(() => false, 40); // warm up
    const before = await submitWhile(() => false, 240);

    // Due now: filled 100 days ago (the owner may back-date; the app's roles may not, drizzle/0016).
    await db.execute(sql`update jobs set filled_at = now() - interval '100 days' where id = ${job!.id}`);
    let purging = true;
    const purgeStarted = performance.now();
    let purgeSeconds = 0;
    // Timed when the purge itself ends, not when the last submission in flight (or the minimum of 80) is done.
    const purge = runRetention({ batch }).finally(() => {
      purging = false;
      purgeSeconds = (performance.now() - purgeStarted) / 1000;
    });
    const [report, during] = await Promise.all([purge, submitWhile(() => purging, 80)]);
    const count = async (query: ReturnType<typeof sql>) => Number(rowsOf<{ n: number }>(await db.execute(query))[0]?.n ?? -1);
    const left = await count(sql`select count(*)::int as n from applications where tenant_id = ${tenant!.id}`);
    const outboxLeft = await count(sql`select count(*)::int as n from outbox where payload->>'reference' like ${`BR-${run}-%`}`);
    // Stored means a row in the database for each address sent, not only a receipt page.
    const stored = await count(sql`select count(distinct email)::int as n from applications where email like ${`${emailPrefix}%`}`);
    await db.execute(sql`drop table if exists bench_retention_blobs`);
    const figures = (s: { before: number[]; during: number[] }): Latencies => ({
      p50Before: percentile(s.before, 50),
      p50During: percentile(s.during, 50),
      p95Before: percentile(s.before, 95),
      p95During: percentile(s.during, 95),
    });
    return {
      submitter: submitter.kind,
      applications,
      fileKb: fileBytes / 1024,
      filesMb: Number(size?.mb ?? 0),
      insertSeconds,
      erased: report.byTenant[tenant!.id]?.filled ?? 0,
      batches: report.batches,
      left,
      outboxLeft,
      purgeSeconds,
      send: figures({ before: before.send, during: during.send }),
      post: figures({ before: before.post, during: during.post }),
      submittedDuring: during.send.length,
      sent: counter,
      stored,
    };
  } finally {
    setDbHandle(undefined);
    await handle.close();
  }
}

export type RetentionResult = Awaited<ReturnType<typeof benchRetention>>;
