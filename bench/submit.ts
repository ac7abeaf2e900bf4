import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { openDb, rowsOf, setDbHandle } from '../db/client';
import { minimalPdf } from '../lib/dev/demo-pdf';
import { countClientAttempt } from '../lib/applications/limits';
import { receiveApplication, type ApplicationSubmission } from '../lib/applications/receive';
import { percentile } from './throughput';

/**
 * A real 200 KB CV is mostly compressed streams, so the padding is made random
 * (printable, no line breaks): a run of one letter would let Postgres compress the
 * file to almost nothing and flatter the figures.
 */
export function incompressible(pdf: Uint8Array): Uint8Array {
  const out = Uint8Array.from(pdf);
  const start = out.indexOf(0x78 /* x */, Buffer.from(out).indexOf('%xxxx'));
  const noise = randomBytes(out.length);
  for (let i = start; i < out.length && out[i] === 0x78; i++) out[i] = 0x21 + (noise[i]! % 94);
  return out;
}

/**
 * Submitting applications with a 200 KB PDF at a fixed concurrency, straight
 * through lib/applications/receiveApplication (the same door the apply endpoint
 * uses: validation, rate limit, byte sniffing, one transaction with the outbox
 * row) against the Postgres in DATABASE_URL. A quarter of the submissions are
 * sent again with the same content (a double click or a retry: the server derives
 * the same idempotency key): the stored count must still equal the number of distinct submissions.
 */
export async function benchSubmissions(databaseUrl: string, { submissions = 320, concurrency = 16 } = {}) {
  process.env.DB_POOL_MAX = String(concurrency + 4);
  const handle = openDb({ engine: 'postgres', url: databaseUrl });
  setDbHandle(handle); // as in the server: the process-wide handle, so the slug memo is used
  const run = randomUUID().slice(0, 8);
  const cv = incompressible(minimalPdf('CV for the bench', 200 * 1024));
  // The client's count first, in its own transaction, as the apply endpoint does (lib/applications/intake.ts).
  const make = (i: number): Omit<ApplicationSubmission, 'counted'> & { ip: string } => ({
    tenantSlug: 'acme',
    jobSlug: 'backend-utvikler',
    language: 'nb',
    raw: {
      fullName: `Bench Person ${i}`,
      birthDate: '1990-05-17',
      email: `bench-${run}-${i}@example.no`,
      phone: '912 34 567',
      coverLetter: 'Jeg søker gjerne på denne stillingen.',
      consent: true,
    },
    honeypot: '',
    files: [{ name: 'cv.pdf', bytes: cv }],
    ip: `10.${(i >> 8) & 255}.${i & 255}.7`,
  });
  const distinct = Array.from({ length: submissions }, (_, i) => make(i));
  const repeats = distinct.filter((_, i) => i % 4 === 0);
  const queue = [...distinct, ...repeats];
  const latencies: number[] = [];
  const outcomes = new Map<string, number>();
  let next = 0;
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < queue.length) {
          const item = queue[next++]!;
          const t0 = performance.now();
          const { ip, ...submission } = item;
          const budget = await countClientAttempt(ip);
          const result = 'wait' in budget ? { kind: 'rateLimited' } : await receiveApplication({ ...submission, counted: budget.attempt });
          latencies.push(performance.now() - t0);
          outcomes.set(result.kind, (outcomes.get(result.kind) ?? 0) + 1);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const [row] = rowsOf<{ n: number }>(await handle.db.execute(sql`select count(*)::int as n from applications where email like ${`bench-${run}-%`}`));
    return {
      sent: queue.length,
      distinct: distinct.length,
      stored: Number(row?.n ?? 0),
      outcomes: Object.fromEntries(outcomes),
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      perSecond: queue.length / seconds,
    };
  } finally {
    setDbHandle(undefined);
    await handle.close();
  }
}
