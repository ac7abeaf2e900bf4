import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { migrationTargetFromEnv, openDb } from '../../db/client';
import { migrateDb, migrationsFolder } from '../../db/migrate';

export const templateFile = path.resolve('.data/test-cache/pglite-template.tar.gz');

/**
 * Migrate once per run. On PGlite we dump the migrated database so each test
 * file starts from a copy in memory (initdb takes seconds, loading a dump far less).
 */
export default async function setup() {
  if (process.env.DATABASE_URL) {
    // As the owner (MIGRATION_DATABASE_URL), never as the app's login, which may not change the schema.
    const handle = openDb(migrationTargetFromEnv());
    await migrateDb(handle);
    await handle.close();
    return;
  }
  const client = new PGlite();
  await migrate(drizzle({ client }), { migrationsFolder });
  const dump = await client.dumpDataDir('gzip');
  mkdirSync(path.dirname(templateFile), { recursive: true });
  writeFileSync(templateFile, Buffer.from(await dump.arrayBuffer()));
  await client.close();
}
