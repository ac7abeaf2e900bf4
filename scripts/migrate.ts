import { openDb, targetFromEnv } from '../db/client';
import { migrateDb } from '../db/migrate';

// The release step for production (`npm run db:migrate`), and a convenience in development.
async function main() {
  const handle = openDb(targetFromEnv());
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
