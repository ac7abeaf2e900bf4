import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll } from 'vitest';
import { openDb, rowsOf, setDbHandle, type Db, type DbHandle } from '../../db/client';
import { withSystem } from '../../db/doors';
import { jobs, tenants } from '../../db/schema';
import { templateFile } from './global-setup';

export interface TestDbHandle extends DbHandle {
  /**
   * The owner's connection (MIGRATION_DATABASE_URL, else DATABASE_URL), for looking at what the app's code did
   * and for fixtures the app may not write. On PGlite the same connection as `db` (one superuser).
   */
  readonly owner: Db;
}

/**
 * A database for one test file: a private in-memory PGlite copied from the
 * migrated template, or the Postgres named by DATABASE_URL (the app's login:
 * in CI one that owns nothing). Tests never assume an empty database: they
 * make their own tenants with unique slugs.
 */
export function testDb(): TestDbHandle {
  const app: DbHandle = process.env.DATABASE_URL
    ? openDb({ engine: 'postgres', url: process.env.DATABASE_URL })
    : openDb({ engine: 'pglite', loadDataDir: new Blob([readFileSync(templateFile)]) });
  const ownerUrl = process.env.DATABASE_URL ? process.env.MIGRATION_DATABASE_URL : undefined;
  const owner = ownerUrl && ownerUrl !== process.env.DATABASE_URL ? openDb({ engine: 'postgres', url: ownerUrl }) : undefined;
  const handle: TestDbHandle = { ...app, owner: (owner ?? app).db };
  setDbHandle(app);
  afterAll(async () => {
    setDbHandle(undefined);
    await app.close();
    await owner?.close();
  });
  return handle;
}

export const uniqueSlug = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

export async function makeTenant(handle: DbHandle, name = 'Test AS') {
  return withSystem(
    'test fixture',
    async (tx) => {
      const [tenant] = await tx.insert(tenants).values({ slug: uniqueSlug('t'), name }).returning();
      return tenant!;
    },
    handle.db,
  );
}

export async function makeJob(handle: DbHandle, tenantId: string, title = 'Utvikler', extra: Partial<typeof jobs.$inferInsert> = {}) {
  return withSystem(
    'test fixture',
    async (tx) => {
      const [job] = await tx
        .insert(jobs)
        .values({ tenantId, slug: uniqueSlug('job'), title, status: 'published', publishedAt: new Date(), ...extra })
        .returning();
      return job!;
    },
    handle.db,
  );
}

/** One value, read as the owner (tests look at rows the app's login may not see). */
export async function scalar<T>(handle: TestDbHandle, query: ReturnType<typeof sql>): Promise<T> {
  const rows = rowsOf<Record<string, T>>(await handle.owner.execute(query));
  return Object.values(rows[0] ?? {})[0] as T;
}

/** The database's own message: Drizzle wraps driver errors as `cause`. */
export async function dbError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const e = error as { message?: string; cause?: { message?: string } };
    return `${e.cause?.message ?? ''} ${e.message ?? ''}`;
  }
  throw new Error('expected the database to refuse, but it accepted');
}
