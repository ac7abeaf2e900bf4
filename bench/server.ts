import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface BenchServer {
  url: string;
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** The production build on a scratch database (or DATABASE_URL), seeded, on its own port. */
export async function startBenchServer(port = 3190): Promise<BenchServer> {
  // Measure what the sources build to now; BENCH_SKIP_BUILD=1 reuses a fresh build.
  if (process.env.BENCH_SKIP_BUILD !== '1' || !existsSync('.next/BUILD_ID')) {
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('build failed');
  }
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    APP_URL: `http://127.0.0.1:${port}`,
    AUTH_SECRET: 'bench-only-secret-0123456789abcdef0123456789',
    CRON_SECRET: 'bench-only-cron-secret-0123456789abcdef',
    EMAIL_TRANSPORT: 'capture',
    ENABLE_DEV_OUTBOX: '1',
    BENCH_FLOOR: '1',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  if (!env.DATABASE_URL) env.PGLITE_DIR = path.join(mkdtempSync(path.join(tmpdir(), 'sr-bench-')), 'pglite');
  const seed = spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/seed.ts'], { env: { ...env, NODE_ENV: 'development' }, stdio: 'inherit' });
  if (seed.status !== 0) throw new Error('seeding the bench database failed');

  const child: ChildProcess = spawn('node', ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
    env: { ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error('bench server did not start within 60 s');
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    url,
    env,
    stop: async () => {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
    },
  };
}
