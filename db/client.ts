import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import path from 'node:path';
import { databaseSettings } from '../lib/settings/env';
import * as schema from './schema';
import { acquireFolderLock } from './pglite-lock';

export type Schema = typeof schema;
/** The one Drizzle client type, whichever engine is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type DbTarget =
  | { engine: 'postgres'; url: string }
  | { engine: 'pglite'; dataDir?: string; loadDataDir?: Blob };

export interface DbHandle {
  db: Db;
  engine: DbTarget['engine'];
  close(): Promise<void>;
}

/**
 * What the app connects as: `DATABASE_URL` (in production a login that owns nothing), else the embedded
 * folder; from the validated settings (the one thing db/ takes from lib/: the settings schema).
 */
export function targetFromEnv(): DbTarget {
  const s = databaseSettings();
  if (s.DATABASE_URL) return { engine: 'postgres', url: s.DATABASE_URL };
  return { engine: 'pglite', dataDir: path.resolve(/* turbopackIgnore: true */ process.cwd(), s.PGLITE_DIR) };
}

/**
 * What migrations run as: `MIGRATION_DATABASE_URL` (the owner of the tables), falling back to `DATABASE_URL`
 * (one login for both, as in development), else the embedded folder (PGlite has one superuser anyway).
 */
export function migrationTargetFromEnv(): DbTarget {
  const s = databaseSettings();
  if (s.MIGRATION_DATABASE_URL) return { engine: 'postgres', url: s.MIGRATION_DATABASE_URL };
  return targetFromEnv();
}

/** Whether two targets are the same database (an embedded folder must then be opened once, not twice). */
export function sameTarget(a: DbTarget, b: DbTarget): boolean {
  if (a.engine === 'postgres' && b.engine === 'postgres') return a.url === b.url;
  if (a.engine === 'pglite' && b.engine === 'pglite') return a.dataDir !== undefined && a.dataDir === b.dataDir;
  return false;
}

export function openDb(target: DbTarget): DbHandle {
  if (target.engine === 'postgres') {
    const client = postgres(target.url, { max: databaseSettings().DB_POOL_MAX, onnotice: () => {} });
    return {
      db: drizzlePostgres({ client, schema }) as unknown as Db,
      engine: 'postgres',
      close: () => client.end({ timeout: 5 }),
    };
  }
  // PGlite: one instance per folder per machine. Two instances on one folder
  // silently lose data, so the folder is locked to this process.
  const release = target.dataDir ? acquireFolderLock(target.dataDir) : () => {};
  const client = new PGlite({ dataDir: target.dataDir, loadDataDir: target.loadDataDir });
  return {
    db: drizzlePglite({ client, schema }) as unknown as Db,
    engine: 'pglite',
    close: async () => {
      await client.close();
      release();
    },
  };
}

const globalForDb = globalThis as unknown as { __seerecruitDb?: DbHandle };

/**
 * The process-wide database handle, opened on first use and cached on
 * globalThis so hot reload and separate bundles share one instance.
 */
export function getDbHandle(): DbHandle {
  globalForDb.__seerecruitDb ??= openDb(targetFromEnv());
  return globalForDb.__seerecruitDb;
}

export function db(): Db {
  return getDbHandle().db;
}

/** For tests: point the process-wide handle at a database they opened. */
export function setDbHandle(handle: DbHandle | undefined): void {
  globalForDb.__seerecruitDb = handle;
}

/** Rows of a raw `execute` result; the two drivers shape it differently. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
