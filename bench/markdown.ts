import { spawnSync } from 'node:child_process';
import { JobDescription, plainText } from '@/lib/careers/markdown';
import { randomText, seededRandom } from '../tests/fixtures/seeded-text';

/**
 * `npm run bench -- markdown` (review M2): what the public job page does with a description on every
 * request — generateMetadata's plainText(…, 200), the JSON-LD's plainText(…, 5000) and the JobDescription
 * elements — for 20 000-character descriptions built to make a backtracking renderer slow. No build, no
 * server, no database. React's serialisation of the elements is not included (react-dom/server does not load
 * under the react-server condition the bench runs with); it is linear in the element tree. BENCH_MARKDOWN_RUNS
 * (default 50) renders per case, after three warm-up renders. Measured with React's production build, as the
 * server runs it: the development build checks every element and is about 15× slower on element-heavy input.
 */
const LENGTH = 20_000;
const GOAL_MS = 5;


const cases: Array<[string, string]> = [
  ["'[' × 20 000 (the review's)", '['.repeat(LENGTH)],
  ["'[a](' with no ')'", '[a]('.repeat(LENGTH / 4)],
  ["'*' × 20 000", '*'.repeat(LENGTH)],
  ["'**a' repeated", '**a'.repeat(Math.floor(LENGTH / 3))],
  ["'\\n' × 20 000 (plain-text list markers)", '\n'.repeat(LENGTH)],
  ['list item: spaces, then U+2028', `- ${' '.repeat(LENGTH - 6)}x\u2028y`],
  ['random [ ] ( ) * ** a space', randomText(seededRandom(13), LENGTH, ['[', ']', '(', ')', '*', '**', 'a', ' '])],
  ['random [ and * only', randomText(seededRandom(7), LENGTH, ['[', '*'])],
];

function jobPage(source: string) {
  plainText('', 1); // a new request: plainText remembers only the last description
  plainText(source, 200);
  plainText(source, 5000);
  JobDescription({ source });
}

/** The rows, measured in a child process with NODE_ENV=production unless this one already is. */
export function markdownBench(): string[][] {
  if (process.env.NODE_ENV === 'production') return measure();
  const child = spawnSync('npx', ['tsx', '--conditions=react-server', 'bench/markdown.ts', '--rows'], {
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`the markdown bench child exited with ${child.status}`);
  return JSON.parse(child.stdout) as string[][];
}

function measure(): string[][] {
  const runs = Number(process.env.BENCH_MARKDOWN_RUNS ?? 50);
  // Wall time, and the process's CPU time beside it: on a shared machine the wall-time tail is mostly waiting for a core.
  const rows = [['description', 'chars', 'renders', 'median ms', 'p95 ms', 'max ms', 'CPU median ms', 'CPU max ms', `goal ≤ ${GOAL_MS} ms`]];
  for (const [name, source] of cases) {
    for (let i = 0; i < 3; i++) jobPage(source);
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const startCpu = process.cpuUsage();
      jobPage(source);
      const used = process.cpuUsage(startCpu);
      times.push(performance.now() - start);
      cpu.push((used.user + used.system) / 1000);
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]!;
    const max = times[times.length - 1]!;
    const verdict = max <= GOAL_MS ? 'ok' : median <= GOAL_MS ? 'median ok' : 'OVER';
    const cpuMedian = cpu[Math.floor(cpu.length / 2)]!.toFixed(2);
    rows.push([name, String(source.length), String(runs), median.toFixed(2), p95.toFixed(2), max.toFixed(2), cpuMedian, cpu[cpu.length - 1]!.toFixed(2), verdict]);
  }
  return rows;
}

if (process.argv.includes('--rows') && process.argv[1]?.endsWith('markdown.ts')) console.log(JSON.stringify(measure()));
