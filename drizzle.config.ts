import { defineConfig } from 'drizzle-kit';

// drizzle-kit only diffs the schema into SQL files here; it never connects.
// Migrations are applied by `npm run db:migrate` (scripts/migrate.ts) on either engine.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './drizzle',
});
