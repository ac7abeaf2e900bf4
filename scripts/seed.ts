import { openDb, setDbHandle, targetFromEnv } from '../db/client';
import { migrateAsOwner } from '../db/migrate';
import { seedDemoData } from '../lib/dev/demo-data';

// Migrates as the owner (MIGRATION_DATABASE_URL, else DATABASE_URL), then writes the demo data as the app's
// own login (DATABASE_URL) through the same doors the app uses.
async function main() {
  if (process.env.NODE_ENV === 'production') {
    console.error('Refusing to seed demo data when NODE_ENV=production.');
    process.exit(1);
  }
  const handle = openDb(targetFromEnv());
  setDbHandle(handle);
  try {
    await migrateAsOwner(handle);
    const { created } = await seedDemoData();
    console.log(created ? 'Demo data seeded.' : 'Demo data already present; nothing changed.');
  } finally {
    setDbHandle(undefined);
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
