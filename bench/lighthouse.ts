import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startBenchServer } from './server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/fixtures/chromium';

/**
 * `npm run bench -- lighthouse`: Lighthouse's default mobile run (emulated phone, simulated slow 4G and CPU)
 * on the candidate pages of the production build, on a scratch database, with Debian's Chromium. The issue's
 * goal: performance ≥ 95, accessibility 100, best practices 100. Prints a score per page and category, then
 * the audits that cost points in any category under 100, so they can be fixed.
 *
 * Lighthouse 12.2.3 (pinned: 13 wants Node 22, and npm ci refuses its lock on Node 20). Scores move with the
 * shared cores: Lighthouse's throttling is simulated from one fast load, so they are steadier than the
 * throughput figures, but compare runs on a quiet machine.
 */
const PAGES = ['/careers/acme', '/careers/acme/backend-utvikler', '/careers/acme/backend-utvikler/apply', '/personvern'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Playwright's flags (tests/fixtures/chromium.ts), headless. */
const CHROMIUM_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

/**
 * Node 20 lacks the iterator helpers (Iterator.prototype.map, filter, toArray …) that newer Lighthouse trace
 * audits call; without them those audits crash (STACK-NOTES). Added here, for this process only, when missing.
 */
function polyfillIteratorHelpers(): void {
  const proto = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())) as Record<string, unknown>;
  type It = Iterator<unknown> & Iterable<unknown>;
  function* map(this: It, fn: (v: unknown, i: number) => unknown) {
    let i = 0;
    for (const v of { [Symbol.iterator]: () => this }) yield fn(v, i++);
  }
  function* filter(this: It, fn: (v: unknown, i: number) => unknown) {
    let i = 0;
    for (const v of { [Symbol.iterator]: () => this }) if (fn(v, i++)) yield v;
  }
  function* flatMap(this: It, fn: (v: unknown, i: number) => Iterable<unknown>) {
    let i = 0;
    for (const v of { [Symbol.iterator]: () => this }) yield* fn(v, i++);
  }
  function* take(this: It, limit: number) {
    if (limit <= 0) return;
    let n = 0;
    for (const v of { [Symbol.iterator]: () => this }) {
      yield v;
      if (++n >= limit) return;
    }
  }
  function* drop(this: It, count: number) {
    let n = 0;
    for (const v of { [Symbol.iterator]: () => this }) if (n++ >= count) yield v;
  }
  const all = (it: It) => Array.from({ [Symbol.iterator]: () => it });
  const helpers: Record<string, unknown> = {
    map,
    filter,
    flatMap,
    take,
    drop,
    toArray(this: It) {
      return all(this);
    },
    forEach(this: It, fn: (v: unknown, i: number) => void) {
      all(this).forEach(fn);
    },
    some(this: It, fn: (v: unknown, i: number) => unknown) {
      return all(this).some(fn);
    },
    every(this: It, fn: (v: unknown, i: number) => unknown) {
      return all(this).every(fn);
    },
    find(this: It, fn: (v: unknown, i: number) => unknown) {
      return all(this).find(fn);
    },
    reduce(this: It, fn: (acc: unknown, v: unknown, i: number) => unknown, ...initial: unknown[]) {
      const values = all(this);
      return initial.length > 0 ? values.reduce(fn, initial[0]) : values.reduce(fn as (acc: unknown, v: unknown) => unknown);
    },
  };
  for (const [name, fn] of Object.entries(helpers)) {
    if (typeof proto[name] !== 'function') Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true });
  }
}

interface AuditResult {
  id: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  numericValue?: number;
  details?: { items?: Record<string, unknown>[] };
}
interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, AuditResult>;
  environment: { benchmarkIndex: number };
  runtimeError?: { code: string; message: string };
  runWarnings: string[];
}

/** Where the emulated phone's main thread spent its time: the busiest scripts (bootup-time) and the work kinds. */
function mainThread(lhr: Lhr, origin: string): string {
  const ms = (v: unknown) => `${Math.round(Number(v))} ms`;
  const scripts = (lhr.audits['bootup-time']?.details?.items ?? [])
    .slice(0, 3)
    .map((i) => `${String(i.url).replace(origin, '')} ${ms(i.total)} (script ${ms(i.scripting)})`);
  const kinds = (lhr.audits['mainthread-work-breakdown']?.details?.items ?? []).slice(0, 3).map((i) => `${String(i.groupLabel ?? i.group)} ${ms(i.duration)}`);
  const longTasks = lhr.audits['long-tasks']?.details?.items?.length ?? 0;
  return `${longTasks} long tasks; ${kinds.join(', ')}; busiest: ${scripts.join(', ')}`;
}

const score = (s: number | null | undefined) => (s === null || s === undefined ? '–' : String(Math.round(s * 100)));

/** The audits that cost the category points: weighted ones that did not pass (metrics with their value). */
function failing(lhr: Lhr, category: string): string[] {
  return lhr.categories[category]!.auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id]!)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'informative')
    .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue}, score ${score(a.score)})` : a.scoreDisplayMode === 'numeric' ? ` (score ${score(a.score)})` : ''}`);
}

/** Runs per page (BENCH_LIGHTHOUSE_RUNS, default 3): the run with the median performance score is reported, as Lighthouse advises. */
const RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS) || 3);

/** Context, not a goal: the framework's bare server page (BENCH_FLOOR), what any page of ours costs at least. */
const FLOOR = '/dev/floor';

export async function lighthouseBench(printTable: (title: string, rows: string[][]) => void): Promise<void> {
  polyfillIteratorHelpers();
  const [{ default: lighthouse }, chromeLauncher] = await Promise.all([import('lighthouse'), import('chrome-launcher')]);
  const server = await startBenchServer({ port: Number(process.env.BENCH_PORT) || undefined });
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
  /** One run; a failed trace (Lighthouse's NO_NAVSTART and kin, seen now and then here) is tried again twice. */
  const audit = async (pagePath: string): Promise<Lhr | string> => {
    let failure = '';
    for (let attempt = 0; attempt < 3; attempt++) {
      const result = await lighthouse(`${server.url}${pagePath}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      const lhr = result?.lhr as unknown as Lhr | undefined;
      failure = lhr?.runtimeError?.code ?? (lhr ? '' : 'NO_RESULT');
      if (lhr && !failure) {
        for (const warning of lhr.runWarnings) console.error(`${pagePath}: ${warning}`);
        return lhr;
      }
      console.error(`${pagePath}: Lighthouse failed (${failure}), attempt ${attempt + 1} of 3`);
    }
    return failure;
  };
  try {
    // One unmeasured visit per page first: the server's data cache and compiled routes are warm, as in use.
    for (const pagePath of [...PAGES, FLOOR]) await fetch(`${server.url}${pagePath}`).then((r) => r.arrayBuffer());
    const rows: string[][] = [['page', `performance (median of ${RUNS} runs; min–max)`, 'accessibility', 'best practices', 'SEO']];
    const problems: string[][] = [['page', 'category', 'failing audits (median run)']];
    const threads: string[][] = [['page', 'main thread of the median run (emulated phone, 4× CPU slowdown)']];
    const out = path.join('bench', 'out', 'lighthouse');
    mkdirSync(out, { recursive: true });
    let benchmarkIndex = 0;
    const medians: Lhr[] = [];
    for (const pagePath of [...PAGES, FLOOR]) {
      const runs: Lhr[] = [];
      let failure = '';
      for (let i = 0; i < RUNS; i++) {
        const run = await audit(pagePath);
        if (typeof run === 'string') failure = run;
        else runs.push(run);
      }
      if (runs.length === 0) {
        rows.push([pagePath, `failed: ${failure}`, '', '', '']);
        continue;
      }
      const perf = (l: Lhr) => l.categories.performance?.score ?? 0;
      runs.sort((a, b) => perf(a) - perf(b));
      const lhr = runs[Math.floor((runs.length - 1) / 2)]!;
      medians.push(lhr);
      // The whole median report, for the details the tables leave out: bench/out/ is not committed.
      writeFileSync(path.join(out, `${pagePath.slice(1).replaceAll('/', '_')}.json`), JSON.stringify(lhr, null, 1));
      benchmarkIndex = lhr.environment.benchmarkIndex;
      const label = pagePath === FLOOR ? `(context: ${FLOOR}, bare server page)` : pagePath;
      const spread = runs.length > 1 ? ` (${score(perf(runs[0]!))}–${score(perf(runs.at(-1)!))})` : '';
      rows.push([label, `${score(perf(lhr))}${spread}`, ...CATEGORIES.slice(1).map((c) => score(lhr.categories[c]?.score))]);
      if (perf(lhr) < 1) threads.push([label, mainThread(lhr, server.url)]);
      if (pagePath === FLOOR) continue;
      for (const c of CATEGORIES) {
        if ((lhr.categories[c]?.score ?? 0) < 1) problems.push([pagePath, c, failing(lhr, c).join(', ') || '(none weighted; see the report)']);
      }
    }
    printTable('Lighthouse 12 mobile (default emulation and simulated throttling), production build (goals: performance ≥ 95, accessibility 100, best practices 100)', rows);
    if (problems.length > 1) printTable('Audits that cost points (categories under 100)', problems);
    // Audits Lighthouse could not compute; none of them carries weight in a score (see the report's JSON).
    const errored = [...new Set(medians.flatMap((l) => Object.values(l.audits).filter((a) => a.scoreDisplayMode === 'error').map((a) => a.id)))];
    if (errored.length > 0) console.log(`\nAudits that errored (unscored; Lighthouse 12's trace engine on this Chromium): ${errored.join(', ')}`);
    if (threads.length > 1) printTable(`Main-thread work where performance < 100 (this machine's Lighthouse benchmark index: ${benchmarkIndex.toFixed(0)}); JSON reports in ${out}/`, threads);
  } finally {
    chrome.kill();
    await server.stop();
  }
}
