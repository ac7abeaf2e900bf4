import 'server-only';
import { createHmac } from 'node:crypto';
import { desc, sql } from 'drizzle-orm';
import { rowsOf } from '@/db/client';
import { withSystem } from '@/db/doors';
import { pageViews } from '@/db/schema';
import { countryOf } from '@/lib/analytics/country';
import { VISIT_BATCH_MAX_BYTES, VISIT_BATCH_MAX_SKEW_MS, VISIT_SIGNATURE_HEADER, visitBatchSchema, type Visit } from '@/lib/edge/visit-batch';
import { derivedKey, macMatches } from '@/lib/auth/tokens';

export type IngestResult = { status: 204; stored: number } | { status: 400 | 401 | 413 };

/** The batch's MAC as middleware computes it (lib/edge/visit-log.ts signVisitBody). */
export function visitBodyMac(body: string): Buffer {
  return createHmac('sha256', derivedKey('visit-log')).update(body).digest();
}

/**
 * A batch from middleware, checked and stored (app/api/visits/route.ts): too large → 413; unsigned or signed with
 * another key → 401, before anything in it is read; a field that is not what the privacy page names, a visit
 * from another time, or a batch older than a few minutes → 400. All or nothing: one statement.
 */
export async function ingestVisitBatch(body: string, signature: string | null, now: number = Date.now()): Promise<IngestResult> {
  if (Buffer.byteLength(body) > VISIT_BATCH_MAX_BYTES) return { status: 413 };
  if (!signature || !/^[A-Za-z0-9_-]{43}$/.test(signature) || !macMatches(visitBodyMac(body), Buffer.from(signature, 'base64url'))) return { status: 401 };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { status: 400 };
  }
  const parsed = visitBatchSchema.safeParse(json);
  if (!parsed.success) return { status: 400 };
  const { sentAt, visits } = parsed.data;
  if (Math.abs(now - sentAt) > VISIT_BATCH_MAX_SKEW_MS) return { status: 400 };
  // A visit is at most a few seconds older than its batch; allow the batch's skew on either side.
  if (visits.some((v) => v.viewedAt > sentAt + VISIT_BATCH_MAX_SKEW_MS || v.viewedAt < sentAt - VISIT_BATCH_MAX_SKEW_MS)) return { status: 400 };
  return { status: 204, stored: await storeVisits(visits) };
}

/** The request's body as text, or null once it passes `max` bytes (by its Content-Length or as it streams). */
async function boundedText(request: Request, max: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > max) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** /api/visits: the request read through its cap, then ingestVisitBatch. */
export async function ingestVisitRequest(request: Request): Promise<IngestResult> {
  const body = await boundedText(request, VISIT_BATCH_MAX_BYTES);
  if (body === null) return { status: 413 };
  return ingestVisitBatch(body, request.headers.get(VISIT_SIGNATURE_HEADER));
}

/** One insert for the batch, through the visit-log door; the country looked up where no platform gave it. */
export async function storeVisits(visits: readonly Visit[]): Promise<number> {
  if (visits.length === 0) return 0;
  const rows = visits.map((v) => ({
    ip: v.ip,
    country: v.country === undefined ? countryOf(v.ip) : v.country,
    path: v.path,
    viewed_at: new Date(v.viewedAt).toISOString(),
    browser: v.browser,
    os: v.os,
    is_bot: v.bot,
  }));
  // The batch as one JSON parameter the database unpacks, not seven parameters a row: on the embedded database a
  // batch of 200 costs a quarter of the CPU this way (measured in this process: ~0.05 against ~0.17 ms a visit).
  await withSystem('visit-log', (tx) =>
    tx.execute(sql`
      insert into ${pageViews} (ip, country, path, viewed_at, browser, os, is_bot)
      select ip, country, path, viewed_at, browser, os, is_bot
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
          as v(ip inet, country text, path text, viewed_at timestamptz, browser text, os text, is_bot boolean)`),
  );
  return rows.length;
}

/**
 * Full addresses older than KEPT.visitIpDays shortened to their network (/24 for IPv4, /48 for IPv6) by
 * shorten_visit_ips (drizzle/0040), which holds the period in SQL; batches of 5 000, at most 20 a run.
 */
export async function shortenVisitIps(): Promise<number> {
  let total = 0;
  for (let batch = 0; batch < 20; batch++) {
    const done = await withSystem('visit-log', async (tx) => Number(rowsOf<{ n: number }>(await tx.execute(sql`select public.shorten_visit_ips(5000) as n`))[0]?.n ?? 0));
    total += done;
    if (done < 5000) break;
  }
  return total;
}

/** How many visits are stored under `prefix`, and the latest of them (development, tests, the bench: app/api/dev/visits). */
export async function recentVisits(prefix: string, limit = 50) {
  return withSystem('visit-log', async (tx) => {
    const [counted] = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from page_views where starts_with(path, ${prefix})`));
    const latest = await tx
      .select({ ip: sql<string | null>`host(${pageViews.ip})`, country: pageViews.country, path: pageViews.path, viewedAt: pageViews.viewedAt, browser: pageViews.browser, os: pageViews.os, isBot: pageViews.isBot })
      .from(pageViews)
      .where(sql`starts_with(${pageViews.path}, ${prefix})`)
      .orderBy(desc(pageViews.id))
      .limit(Math.min(Math.max(1, limit), 200));
    return { count: Number(counted?.n ?? 0), latest };
  });
}
