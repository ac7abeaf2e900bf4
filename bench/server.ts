import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface BenchServer {
  url: string;
  env: Record<string, string>;
  /** The server's process group (`next start` and its fork), for reading its CPU time from /proc. */
  pgid: number;
  stop(): Promise<void>;
}

export interface BenchServerOptions {
  port?: number;
  /** The PostgreSQL to serve; without it (and without DATABASE_URL) a scratch PGlite folder. */
  databaseUrl?: string;
  /** Settings for this server only, e.g. a per-IP limit that one bench client on 127.0.0.1 would otherwise hit. */
  env?: Record<string, string>;
}

/** The production build on a scratch database (or the given one, or DATABASE_URL), seeded, on its own port. */
export async function startBenchServer({ port = Number(process.env.BENCH_PORT) || 3190, databaseUrl, env: extra = {} }: BenchServerOptions = {}): Promise<BenchServer> {
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
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...extra,
  };
  if (!env.DATABASE_URL) env.PGLITE_DIR = path.join(mkdtempSync(path.join(tmpdir(), 'sr-bench-')), 'pglite');
  const seed = spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/seed.ts'], { env: { ...env, NODE_ENV: 'development' }, stdio: 'inherit' });
  if (seed.status !== 0) throw new Error('seeding the bench database failed');

  // A server left on the port would answer the health check below and be measured instead.
  const stale = await fetch(`http://127.0.0.1:${port}/api/health`).then(() => true, () => false);
  if (stale) throw new Error(`port ${port} is already in use (a bench server left running?)`);
  const child: ChildProcess = spawn('node', ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
    env: { ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  let gone = false;
  const exited = new Promise<void>((resolve) => child.once('exit', () => ((gone = true), resolve())));
  // The server is its own process group (so `next start`'s fork goes too); a bench that dies must not leave it.
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      /* the group is gone */
    }
  };
  const onExit = () => killGroup('SIGKILL');
  process.once('exit', onExit);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline || gone) {
      killGroup('SIGKILL');
      throw new Error(gone ? `bench server exited (${child.exitCode ?? child.signalCode})` : 'bench server did not start within 60 s');
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    url,
    env,
    pgid: child.pid!,
    stop: async () => {
      process.off('exit', onExit);
      killGroup('SIGTERM');
      const timer = setTimeout(() => killGroup('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
      await new Promise((r) => setTimeout(r, 300)); // the forked server leaves with its group
      killGroup('SIGKILL');
    },
  };
}
