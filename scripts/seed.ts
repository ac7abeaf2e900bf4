import { openDb, setDbHandle, targetFromEnv } from '../db/client';
import { migrateDb } from '../db/migrate';
import { seedDemoData } from '../lib/dev/demo-data';

async function main() {
  if (process.env.NODE_ENV === 'production') {
    console.error('Refusing to seed demo data when NODE_ENV=production.');
    process.exit(1);
  }
  const handle = openDb(targetFromEnv());
  setDbHandle(handle);
  try {
    await migrateDb(handle);
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
