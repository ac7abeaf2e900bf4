import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { openDb, rowsOf } from '../db/client';
import { minimalPdf } from '../lib/dev/demo-pdf';
import { applyByForm } from './apply-by-form';
import { incompressible } from './submit';
import { percentile } from './throughput';

/**
 * The whole path a candidate without JavaScript takes, through the production server: GET the apply page, POST
 * the form multipart with a 200 KB incompressible PDF (bench/apply-by-form.ts), and (followReceipt) follow the 303
 * to the receipt.
 * Every submission is a distinct person; each must be stored exactly once.
 */
export async function benchHttpSubmissions(
  baseUrl: string,
  databaseUrl: string,
  { submissions = 320, concurrency = 16, page = '/careers/acme/backend-utvikler/apply', followReceipt = true } = {},
) {
  const run = randomUUID().slice(0, 8);
  const cv = { name: 'cv.pdf', type: 'application/pdf', bytes: incompressible(minimalPdf('CV for the HTTP bench', 200 * 1024)) };
  const person = (i: number) => ({ fullName: `Bench Person ${i}`, birthDate: '1990-05-17', email: `bench-http-${run}-${i}@example.no`, phone: '912 34 567', coverLetter: 'Jeg søker gjerne på denne stillingen.' });
  // Warm up (first renders, connection pool), not counted.
  for (let i = 0; i < concurrency; i++) await applyByForm(baseUrl, page, { ...person(i), email: `bench-http-${run}-warm-${i}@example.no` }, cv);

  const post: number[] = [];
  const send: number[] = [];
  const failures = new Map<string, number>();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < submissions) {
        const i = next++;
        try {
          const sent = await applyByForm(baseUrl, page, person(i), cv, { followReceipt });
          post.push(sent.postMs);
          send.push(sent.sendMs);
        } catch (error) {
          const message = error instanceof Error ? error.message.slice(0, 80) : String(error);
          failures.set(message, (failures.get(message) ?? 0) + 1);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  post.sort((a, b) => a - b);
  send.sort((a, b) => a - b);
  const handle = openDb({ engine: 'postgres', url: databaseUrl });
  try {
    const [row] = rowsOf<{ n: number }>(await handle.db.execute(sql`select count(*)::int as n from applications where email like ${`bench-http-${run}-%`} and email not like ${`bench-http-${run}-warm-%`}`));
    return {
      sent: submissions,
      stored: Number(row?.n ?? 0),
      failures: Object.fromEntries(failures),
      postP50: percentile(post, 50),
      postP95: percentile(post, 95),
      sendP50: percentile(send, 50),
      sendP95: percentile(send, 95),
      perSecond: submissions / seconds,
    };
  } finally {
    await handle.close();
  }
}
