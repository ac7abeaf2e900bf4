import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll } from 'vitest';
import { openDb, rowsOf, setDbHandle, type DbHandle } from '../../db/client';
import { withSystem } from '../../db/doors';
import { jobs, tenants } from '../../db/schema';
import { templateFile } from './global-setup';

/**
 * A database for one test file: a private in-memory PGlite copied from the
 * migrated template, or the Postgres named by DATABASE_URL. Tests never assume
 * an empty database: they make their own tenants with unique slugs.
 */
export function testDb(): DbHandle {
  const handle: DbHandle = process.env.DATABASE_URL
    ? openDb({ engine: 'postgres', url: process.env.DATABASE_URL })
    : openDb({ engine: 'pglite', loadDataDir: new Blob([readFileSync(templateFile)]) });
  setDbHandle(handle);
  afterAll(async () => {
    setDbHandle(undefined);
    await handle.close();
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

export async function scalar<T>(handle: DbHandle, query: ReturnType<typeof sql>): Promise<T> {
  const rows = rowsOf<Record<string, T>>(await handle.db.execute(query));
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
