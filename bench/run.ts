import { dashboardBench } from './dashboard';
import { kb, pageJsBytes } from './js-size';
import { startBenchServer } from './server';

/**
 * `npm run bench`: figures for ARCHITECTURE.md's performance targets. Never part
 * of `npm test`; compare ratios within one run (the machines are shared and noisy).
 */
const BUDGET_KB = 25;

const publicPages = ['/', '/om', '/personvern', '/en', '/en/about', '/en/privacy'];

// `npm run bench` runs every part; `npm run bench -- dashboard` (or pages) runs one.
const only = process.argv.slice(2);
const wanted = (part: string) => only.length === 0 || only.includes(part);

async function main() {
  if (wanted('pages')) await pagesBench();
  if (wanted('dashboard')) {
    console.log('\nGenerating or reusing the dashboard data set on the local PostgreSQL (first run takes minutes)…');
    printTable('Dashboard server time through lib/ under RLS', await dashboardBench());
  }
}

async function pagesBench() {
  const server = await startBenchServer();
  try {
    const floor = await pageJsBytes(server.url, '/dev/floor');
    if (floor.status !== 200) throw new Error(`floor page answered ${floor.status}`);
    const rows: string[][] = [['page', 'status', 'script files KB', 'inline KB', 'total KB', 'over floor KB', `budget ${BUDGET_KB} KB`]];
    rows.push(['(floor: bare server page)', String(floor.status), kb(floor.external), kb(floor.inline), kb(floor.bytes), '0.0', '']);
    for (const pathname of publicPages) {
      const page = await pageJsBytes(server.url, pathname);
      const over = page.bytes - floor.bytes;
      rows.push([pathname, String(page.status), kb(page.external), kb(page.inline), kb(page.bytes), kb(over), over <= BUDGET_KB * 1024 ? 'ok' : 'OVER']);
    }
    printTable('First-load JavaScript, gzip -9 (script files + inline scripts incl. the RSC payload)', rows);
  } finally {
    await server.stop();
  }
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
