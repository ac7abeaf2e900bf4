import path from 'node:path';
import { migrationTargetFromEnv, openDb, sameTarget, targetFromEnv, type DbHandle } from './client';

export const migrationsFolder = path.resolve(/* turbopackIgnore: true */ process.cwd(), 'drizzle');

/** Applies drizzle/ in order: generated SQL and hand-written roles, RLS and triggers alike. */
export async function migrateDb(handle: DbHandle): Promise<void> {
  if (handle.engine === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await migrate(handle.db as any, { migrationsFolder });
  } else {
    const { migrate } = await import('drizzle-orm/postgres-js/migrator');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await migrate(handle.db as any, { migrationsFolder });
  }
}

/**
 * Migrates the database the app uses, as the migration login (`MIGRATION_DATABASE_URL`, the owner) when that
 * is another login than the app's own. `appHandle` is the app's open handle: reused when the targets are the
 * same (an embedded folder may be opened only once per process).
 */
export async function migrateAsOwner(appHandle?: DbHandle): Promise<void> {
  const target = migrationTargetFromEnv();
  if (appHandle && sameTarget(target, targetFromEnv())) return migrateDb(appHandle);
  if (appHandle && appHandle.engine === 'pglite' && target.engine === 'pglite') return migrateDb(appHandle);
  const owner = openDb(target);
  try {
    await migrateDb(owner);
  } finally {
    await owner.close();
  }
}
