import { migrationTargetFromEnv, openDb } from '../db/client';
import { migrateDb } from '../db/migrate';

// The release step for production (`npm run db:migrate`), and a convenience in development. Runs as
// MIGRATION_DATABASE_URL (the owner of the tables), or DATABASE_URL when that is unset.
async function main() {
  const handle = openDb(migrationTargetFromEnv());
  try {
    await migrateDb(handle);
    console.log(`Migrations applied (${handle.engine}).`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
