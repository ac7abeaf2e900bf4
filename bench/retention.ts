import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { openDb, rowsOf, setDbHandle } from '../db/client';
import { receiveApplication, type ApplicationSubmission } from '../lib/applications/receive';
import { minimalPdf } from '../lib/dev/demo-pdf';
import { runRetention } from '../lib/retention/engine';
import { percentile } from './throughput';

/**
 * The retention purge at scale: N applications (default 100 000), each with an incompressible file (default
 * 20 KB, about 2 GB in all) and its confirmation email in the outbox, of a job filled long ago, inserted fast as
 * the table owner (one multi-row INSERT … SELECT generate_series per chunk). Then the engine purges them while
 * submissions to another job keep coming through lib/applications/receiveApplication (the server action's own
 * path): purge time, and submission p95 during the purge against p95 just before it.
 * Sizes: BENCH_RETENTION_APPLICATIONS, BENCH_RETENTION_FILE_KB, BENCH_RETENTION_BATCH.
 */
export async function benchRetention(databaseUrl: string) {
  const applications = Number(process.env.BENCH_RETENTION_APPLICATIONS ?? 100_000);
  const fileBytes = Number(process.env.BENCH_RETENTION_FILE_KB ?? 20) * 1024;
  const batch = Number(process.env.BENCH_RETENTION_BATCH ?? 1000);
  const concurrency = 8;
  process.env.DB_POOL_MAX = String(concurrency + 6);
  const handle = openDb({ engine: 'postgres', url: databaseUrl });
  setDbHandle(handle);
  const db = handle.db;
  const run = randomUUID().slice(0, 8);
  try {
    // As the owner (the bench connects as the local superuser): fixtures the app may not write, like an old filled date.
    const [tenant] = rowsOf<{ id: string }>(await db.execute(sql`insert into tenants (slug, name) values (${`bench-ret-${run}`}, 'Bench Retention AS') returning id`));
    const [job] = rowsOf<{ id: string }>(
      await db.execute(sql`insert into jobs (tenant_id, slug, title, status, published_at, filled_at) values (${tenant!.id}, 'bench-job', 'Bench job', 'filled', now() - interval '200 days', now() - interval '100 days') returning id`),
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

    // Submissions to Acme's open job, as in bench/submit.ts (a 200 KB PDF, distinct people and addresses).
    const cv = minimalPdf('CV for the retention bench', 200 * 1024);
    let counter = 0;
    const make = (): ApplicationSubmission => {
      const i = counter++;
      return {
        tenantSlug: 'acme',
        jobSlug: 'backend-utvikler',
        language: 'nb',
        raw: { fullName: `Bench Person ${i}`, birthDate: '1990-05-17', email: `bench-rs-${run}-${i}@example.no`, phone: '912 34 567', coverLetter: 'Jeg søker.', consent: true },
        honeypot: '',
        idempotencyKey: randomUUID(),
        files: [{ name: 'cv.pdf', bytes: cv }],
        ip: `10.${(i >> 8) & 255}.${i & 255}.9`,
      };
    };
    async function submitWhile(keepGoing: () => boolean, minimum: number): Promise<number[]> {
      const latencies: number[] = [];
      let sent = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (keepGoing() || sent < minimum) {
            sent++;
            const t0 = performance.now();
            const result = await receiveApplication(make());
            if (result.kind !== 'stored') throw new Error(`submission answered ${result.kind}`);
            latencies.push(performance.now() - t0);
          }
        }),
      );
      return latencies.sort((a, b) => a - b);
    }
    await submitWhile(() => false, 40); // warm up
    const before = await submitWhile(() => false, 240);

    let purging = true;
    const purgeStarted = performance.now();
    const purge = runRetention({ batch }).finally(() => {
      purging = false;
    });
    const [report, during] = await Promise.all([purge, submitWhile(() => purging, 80)]);
    const purgeSeconds = (performance.now() - purgeStarted) / 1000;
    const [left] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from applications where tenant_id = ${tenant!.id}`));
    const [outboxLeft] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from outbox where payload->>'reference' like ${`BR-${run}-%`}`));
    await db.execute(sql`drop table if exists bench_retention_blobs`);
    return {
      applications,
      fileKb: fileBytes / 1024,
      filesMb: Number(size?.mb ?? 0),
      insertSeconds,
      erased: report.byTenant[tenant!.id]?.filled ?? 0,
      batches: report.batches,
      left: Number(left?.n ?? -1),
      outboxLeft: Number(outboxLeft?.n ?? -1),
      purgeSeconds,
      p95Before: percentile(before, 95),
      p95During: percentile(during, 95),
      p50Before: percentile(before, 50),
      p50During: percentile(during, 50),
      submittedDuring: during.length,
    };
  } finally {
    setDbHandle(undefined);
    await handle.close();
  }
}
