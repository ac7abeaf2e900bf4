import { spawnSync } from 'node:child_process';
import { dashboardBench, dropDatabase, ensureDatabase } from './dashboard';
import { kb, pageJsBytes } from './js-size';
import { junkBench } from './junk';
import { lighthouseBench } from './lighthouse';
import { markdownBench } from './markdown';
import { startBenchServer } from './server';
import { benchSubmissions } from './submit';
import { benchHttpSubmissions } from './submit-http';
import { benchRetention, type Latencies, type RetentionResult } from './retention';
import { load } from './throughput';

/**
 * `npm run bench`: figures for ARCHITECTURE.md's performance targets. Never part
 * of `npm test`; compare ratios within one run (the machines are shared and noisy).
 * `npm run bench` runs every part; `npm run bench -- pages` (or submit, dashboard, retention, markdown, junk) runs one.
 * The retention part: `npm run bench -- retention`, sizes and paths from BENCH_RETENTION_* (bench/retention.ts).
 * `npm run bench -- markdown` needs no build and no server: job-description rendering of pathological input (M2).
 */
const BUDGET_KB = 25;

const publicPages = ['/', '/om', '/personvern', '/personvern/innsyn', '/en', '/en/about', '/en/privacy'];
const candidatePages = ['/careers/acme', '/careers/acme/backend-utvikler', '/careers/acme/backend-utvikler/apply', '/en/careers/fjord/data-engineer/apply'];

const only = process.argv.slice(2);
const wanted = (part: string) => only.length === 0 || only.includes(part);

async function main() {
  if (wanted('pages')) await pagesBench();
  if (wanted('submit')) await submitBench();
  if (wanted('dashboard')) {
    console.log('\nGenerating or reusing the dashboard data set on the local PostgreSQL (first run takes minutes)…');
    printTable('Dashboard server time through lib/ under RLS', await dashboardBench());
  }
  if (wanted('retention')) await retentionBench();
  if (wanted('junk')) await junkPart();
  if (wanted('lighthouse')) await lighthouseBench(printTable);
  if (wanted('markdown')) {
    printTable('Job page description work per request, 20 000-character pathological descriptions: plainText ×2 + JobDescription (goal ≤ 5 ms)', markdownBench());
  }
}

async function pagesBench() {
  const server = await startBenchServer();
  try {
    const floor = await pageJsBytes(server.url, '/dev/floor');
    if (floor.status !== 200) throw new Error(`floor page answered ${floor.status}`);
    const rows: string[][] = [['page', 'status', 'script files KB', 'inline KB', 'total KB', 'over floor KB', `budget ${BUDGET_KB} KB`]];
    rows.push(['(floor: bare server page)', String(floor.status), kb(floor.external), kb(floor.inline), kb(floor.bytes), '0.0', '']);
    for (const pathname of [...publicPages, ...candidatePages]) {
      const page = await pageJsBytes(server.url, pathname);
      const over = page.bytes - floor.bytes;
      rows.push([pathname, String(page.status), kb(page.external), kb(page.inline), kb(page.bytes), kb(over), over <= BUDGET_KB * 1024 ? 'ok' : 'OVER']);
    }
    printTable('First-load JavaScript, gzip -9 (script files + inline scripts incl. the RSC payload)', rows);

  } finally {
    await server.stop();
  }

  // Throughput: two servers from the same build at once, visit capture on and off, measured in interleaved rounds so
  // both see the same machine (these cores are shared: compare within a run).
  process.env.BENCH_SKIP_BUILD = '1';
  const on = await startBenchServer({ port: 3190 });
  const off = await startBenchServer({ port: 3191, env: { VISIT_LOG: 'off' } });
  try {
    const runs = await throughputRuns([
      { url: on.url, pgid: on.pgid, targets: throughputTargets },
      { url: off.url, pgid: off.pgid, targets: throughputTargets.slice(0, 3) },
    ]);
    const title = `${THROUGHPUT.seconds} s of GETs over ${THROUGHPUT.concurrency} connections (autocannon) from 127.0.0.1, median of ${THROUGHPUT.rounds} interleaved rounds`;
    printTable(`Throughput with visit capture on, ${title} (goal: cached pages ≥ 15 % of static)`, throughputTable(runs[0]!));
    printTable('The same build with the visit log off (VISIT_LOG=off), measured in the same rounds', throughputTable(runs[1]!));
    const ad = (i: number) => runs[i]!.find((r) => r.label.startsWith('/careers/acme/backend-utvikler '))!.run;
    const cpuCost = (1 - (ad(1).cpuMsPerRequest ?? Number.NaN) / (ad(0).cpuMsPerRequest ?? Number.NaN)) * 100;
    console.log(`Visit capture costs the cached job ad ${((1 - ad(0).perSecond / ad(1).perSecond) * 100).toFixed(1)} % of its throughput (goal ≤ 10 %); by server CPU per request, ${cpuCost.toFixed(1)} %.`);
  } finally {
    await on.stop();
    await off.stop();
  }
}

const THROUGHPUT = { seconds: 5, concurrency: 16, rounds: 3 };
/** Static file first: every row is a share of it. Then the bare prerendered page (the framework's best case behind our middleware), then ours. */
const throughputTargets: Array<{ label: string; path: string; expect?: number }> = [
  { label: '/bench-static.txt (a static file)', path: '/bench-static.txt' },
  { label: '(baseline: /dev/floor/static, bare prerendered page)', path: '/dev/floor/static' },
  { label: '/careers/acme/backend-utvikler (job ad)', path: '/careers/acme/backend-utvikler' },
  { label: '/careers/acme (career list)', path: '/careers/acme' },
  { label: '/ (landing page)', path: '/' },
  { label: '/careers/acme/backend-utvikler/apply (apply form)', path: '/careers/acme/backend-utvikler/apply' },
  { label: '(context: /dev/floor, bare page rendered per request)', path: '/dev/floor' },
  { label: '(context: middleware alone, its 303 to sign in)', path: '/dashboard/acme', expect: 303 },
];

type Run = Awaited<ReturnType<typeof load>>;

/** Each server's targets, round after round, one target at a time on each server in turn; the median run of each. */
async function throughputRuns(servers: Array<{ url: string; pgid: number; targets: typeof throughputTargets }>): Promise<Array<Array<{ label: string; run: Run }>>> {
  for (const { url, targets } of servers) for (const t of targets) await load(`${url}${t.path}`, { seconds: 1, concurrency: 4, expect: t.expect }); // warm caches
  const runs = servers.map(({ targets }) => targets.map(() => [] as Run[]));
  for (let round = 0; round < THROUGHPUT.rounds; round++) {
    for (let i = 0; i < throughputTargets.length; i++) {
      for (const [s, { url, pgid, targets }] of servers.entries()) {
        const t = targets[i];
        if (t) runs[s]![i]!.push(await load(`${url}${t.path}`, { seconds: THROUGHPUT.seconds, concurrency: THROUGHPUT.concurrency, expect: t.expect, pgid }));
      }
    }
  }
  const median = (all: Run[]) => [...all].sort((x, y) => x.perSecond - y.perSecond)[Math.floor(all.length / 2)]!;
  return servers.map(({ targets }, s) => targets.map((t, i) => ({ label: t.label, run: median(runs[s]![i]!) })));
}

/**
 * Rows as shares of the first target (the static file): by requests per second (the goal's measure), and by the
 * server's CPU per request (static's CPU over the row's: steadier when neighbours load the cores).
 */
function throughputTable(runs: Array<{ label: string; run: Run }>): string[][] {
  const staticRun = runs[0]!.run;
  const cpu = (run: Run) => run.cpuMsPerRequest ?? Number.NaN;
  return [
    ['target', 'ok', 'req/s', 'p50 ms', 'p97.5 ms', '% of static', 'server CPU ms/req', 'static CPU as %'],
    ...runs.map(({ label, run }) => [
      label,
      `${run.ok}/${run.requests}`,
      run.perSecond.toFixed(0),
      run.p50.toFixed(1),
      run.p97_5.toFixed(1),
      ((run.perSecond / staticRun.perSecond) * 100).toFixed(1),
      cpu(run).toFixed(2),
      ((cpu(staticRun) / cpu(run)) * 100).toFixed(1),
    ]),
  ];
}


/** Junk posted to the apply endpoint over HTTP (M6, bench/junk.ts), against the production build on a scratch PGlite. */
async function junkPart() {
  const perIp = 30;
  const server = await startBenchServer({ env: { APPLY_LIMIT_PER_IP: String(perIp) } });
  try {
    const rows = await junkBench(server.url, server.pgid, perIp);
    printTable('Junk posted to the apply endpoint, 8 concurrent from 127.0.0.1, server CPU from /proc (utime+stime)', [
      ['junk', 'requests', 'answered as expected', 'req/s', 'p50 ms', 'p95 ms', 'server CPU ms/request'],
      ...rows.map((r) => [r.label, String(r.requests), String(r.expected), r.perSecond.toFixed(0), r.p50.toFixed(1), r.p95.toFixed(1), r.cpuMsPerRequest.toFixed(2)]),
    ]);
  } finally {
    await server.stop();
  }
}

/**
 * Submissions always run on a real PostgreSQL: DATABASE_URL, or a scratch database on the local server. Both paths in
 * one run, one after the other on the same database: the library door in this process, then the whole HTTP path a
 * candidate without JavaScript takes through the production build (bench/submit-http.ts). Compare the ratio.
 */
async function submitBench() {
  const url = await submitDatabase('seerecruit_bench_submit');
  // Every bench post comes from 127.0.0.1: one client to the per-IP limit. The same pool as the library path's.
  const server = await startBenchServer({ databaseUrl: url, env: { APPLY_LIMIT_PER_IP: '100000', DB_POOL_MAX: '20' } });
  try {
    // The library path runs in this process: with the server's secret (rate-limit keys, receipt signatures).
    process.env.AUTH_SECRET ??= server.env.AUTH_SECRET;
    const lib = await benchSubmissions(url);
    // The path: GET the (cached) form, POST it; then the same with the receipt GET, as a person waits for it.
    const http = await benchHttpSubmissions(server.url, url, { followReceipt: false });
    const full = await benchHttpSubmissions(server.url, url, { submissions: 160 });
    const share = (perSecond: number) => `${((100 * perSecond) / lib.perSecond).toFixed(0)} %`;
    printTable('Submitting with a 200 KB incompressible PDF, 16 concurrent, on Postgres (goals: HTTP ≥ 50 % of library, POST p95 ≤ 250 ms)', [
      ['path', 'sent', 'stored', 'p50 ms', 'p95 ms', 'per s', 'share of library', 'outcomes'],
      ['library: receiveApplication (incl. repeats)', String(lib.sent), `${lib.stored} of ${lib.distinct}`, lib.p50.toFixed(1), lib.p95.toFixed(1), lib.perSecond.toFixed(0), '100 %', JSON.stringify(lib.outcomes)],
      ['HTTP, no JS: GET form + POST (the POST)', String(http.sent), `${http.stored} of ${http.sent}`, http.postP50.toFixed(1), http.postP95.toFixed(1), http.perSecond.toFixed(0), share(http.perSecond), JSON.stringify(http.failures)],
      ['HTTP, no JS: GET + POST + receipt GET (the POST)', String(full.sent), `${full.stored} of ${full.sent}`, full.postP50.toFixed(1), full.postP95.toFixed(1), full.perSecond.toFixed(0), share(full.perSecond), JSON.stringify(full.failures)],
      ['HTTP, no JS: Send → receipt (POST 303 + receipt GET)', '', '', full.sendP50.toFixed(1), full.sendP95.toFixed(1), '', '', ''],
    ]);
    if (lib.stored !== lib.distinct) console.error(`library: STORED ${lib.stored} != DISTINCT ${lib.distinct}`);
    for (const h of [http, full]) if (h.stored !== h.sent) console.error(`HTTP: STORED ${h.stored} != SENT ${h.sent}`);
  } finally {
    await server.stop();
  }
}

/**
 * The retention purge of BENCH_RETENTION_APPLICATIONS (default 100 000) applications with a file each, while
 * applications keep coming (bench/retention.ts). BENCH_RETENTION_PATHS (default `http,library`) says how they come:
 * `http` through the production server as a browser without JavaScript posts the form (the path a candidate takes,
 * the figure that counts), `library` through receiveApplication in this process (for comparison). Each path gets its
 * own fresh scratch database (dropped after a good run), or both use DATABASE_URL when it is set.
 */
async function retentionBench() {
  const paths = (process.env.BENCH_RETENTION_PATHS ?? 'http,library').split(',').map((p) => p.trim());
  const unknown = paths.filter((p) => p !== 'http' && p !== 'library');
  if (unknown.length > 0) throw new Error(`BENCH_RETENTION_PATHS: unknown ${unknown.join(', ')} (http, library)`);
  const results: RetentionResult[] = [];
  const scratch: string[] = [];
  const database = async (name: string) => {
    if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
    scratch.push(name);
    return submitDatabase(name, true);
  };
  if (paths.includes('http')) {
    const url = await database('seerecruit_bench_retention');
    // Every bench post comes from 127.0.0.1: one client to the per-IP limit (30 per 10 minutes by default).
    const server = await startBenchServer({ databaseUrl: url, env: { APPLY_LIMIT_PER_IP: '100000' } });
    try {
      results.push(await benchRetention(url, { kind: 'http', baseUrl: server.url }));
    } finally {
      await server.stop();
    }
  }
  if (paths.includes('library')) results.push(await benchRetention(await database('seerecruit_bench_retention_lib'), { kind: 'library' }));

  const first = results[0]!;
  printTable(`Retention purge of ${first.applications} applications with a ${first.fileKb} KB file each (${first.filesMb} MB of files), per submission path`, [
    ['submissions through', 'inserted in s', 'erased', 'left', 'emails left', 'batches', 'purge s (goal ≤ 30)'],
    ...results.map((r) => [r.submitter, r.insertSeconds.toFixed(0), String(r.erased), String(r.left), String(r.outboxLeft), String(r.batches), r.purgeSeconds.toFixed(1)]),
  ]);
  const row = (label: string, r: RetentionResult, l: Latencies) => [
    label,
    l.p50Before.toFixed(1),
    l.p50During.toFixed(1),
    l.p95Before.toFixed(1),
    l.p95During.toFixed(1),
    (l.p95During / l.p95Before).toFixed(2),
    String(r.submittedDuring),
    `${r.stored} = ${r.sent}${r.stored === r.sent ? '' : ' MISMATCH'}`,
  ];
  printTable(`Submissions (200 KB PDF) at 8 concurrent before and during the purge`, [
    ['path', 'p50 before ms', 'p50 during ms', 'p95 before ms', 'p95 during ms', 'p95 ratio (goal ≤ 1.5)', 'submitted during', 'stored = sent'],
    ...results.flatMap((r) =>
      r.submitter === 'http'
        ? [row('HTTP, no-JS form: Send → receipt (POST 303 + receipt GET)', r, r.send), row('HTTP, no-JS form: the POST alone', r, r.post)]
        : [row('library: receiveApplication in-process', r, r.send)],
    ),
  ]);
  for (const r of results) {
    if (r.stored !== r.sent) console.error(`${r.submitter}: STORED ${r.stored} != SENT ${r.sent}`);
    if (r.erased !== r.applications || r.left !== 0) console.error(`${r.submitter}: ERASED ${r.erased} of ${r.applications}, ${r.left} left (another retention run took some?)`);
  }
  for (const name of scratch) await dropDatabase(`postgres://postgres@127.0.0.1:5432/${name}`);
}

/** A scratch database on the local server, migrated and seeded (Acme's open job takes the submissions). */
async function submitDatabase(name: string, fresh = false): Promise<string> {
  let url = process.env.DATABASE_URL;
  if (!url) {
    url = `postgres://postgres@127.0.0.1:5432/${name}`;
    if (fresh) await ensureDatabase(url, true);
    await ensureDatabase(url, false);
    const seed = spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/seed.ts'], { env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'development' }, stdio: 'inherit' });
    if (seed.status !== 0) throw new Error('seeding the bench database failed');
  }
  return url;
}

export function printTable(title: string, rows: string[][]) {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  console.log(`\n${title}`);
  rows.forEach((r, n) => {
    console.log(`| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`);
    if (n === 0) console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
