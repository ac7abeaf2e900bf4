import path from 'node:path';
import type { DbHandle } from './client';

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
