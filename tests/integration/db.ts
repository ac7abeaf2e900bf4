import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeEach } from 'vitest';
import { db, openDb, rowsOf, setDbHandle, type Db, type DbHandle, type Tx } from '../../db/client';
import { jobs, tenants, users } from '../../db/schema';
import { Refused } from '../../lib/errors';
import { createSubscription } from '../../lib/subscriptions/changes';
import type { MemberCtx } from '../../lib/tenancy/context';
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

/**
 * Test fixtures as the system role (what the product's system door is for, without
 * its closed list of purposes). It has no rights on candidates' data either.
 */
export function asSystem<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db().transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.purpose', 'test fixture', true), set_config('role', 'app_system', true)`);
    return fn(tx);
  });
}

/** A member context for calling tenant functions directly. */
export function member(tenantId: string, userId: string, role: MemberCtx['role'] = 'owner'): MemberCtx {
  return { tenantId, userId, role, tenantSlug: 'test', tenantName: 'Test AS' };
}

/**
 * A tenant with a subscription, as every tenant has one (sign-up starts the trial). Enterprise by default, so tests
 * about other things never meet a plan limit; tests of the limits choose the plan.
 */
export async function makeTenant(_handle?: DbHandle, name = 'Test AS', opts: { plan?: string } = {}) {
  return asSystem(async (tx) => {
    const [tenant] = await tx.insert(tenants).values({ slug: uniqueSlug('t'), name }).returning();
    await createSubscription(tx, { tenantId: tenant!.id }, { kind: 'system' }, opts.plan ?? 'enterprise');
    return tenant!;
  });
}

export async function makeJob(_handle: DbHandle | undefined, tenantId: string, title = 'Utvikler', extra: Partial<typeof jobs.$inferInsert> = {}) {
  return asSystem(async (tx) => {
    const [job] = await tx
      .insert(jobs)
      .values({ tenantId, slug: uniqueSlug('job'), title, status: 'published', publishedAt: new Date(), ...extra })
      .returning();
    return job!;
  });
}

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

/** The code of the Refused a call ends with, 'accepted' when it goes through; any other error is thrown on. */
export async function refused(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Refused) return error.code;
    throw error;
  }
  return 'accepted';
}

/**
 * Rate limits count in fixed windows aligned to the clock. A test that counts several attempts and crosses a
 * window's end starts from zero halfway, so each test of the file starts at least 20 s before the next end of a
 * window of this length (it waits for the new window when nearer).
 */
export function startClearOfWindowEnds(windowSeconds: number): void {
  beforeEach(async () => {
    const left = windowSeconds * 1000 - (Date.now() % (windowSeconds * 1000));
    if (left < 20_000) await new Promise((resolve) => setTimeout(resolve, left + 50));
  }, 30_000);
}

/** A user of our own (staff or not, with or without a second factor), as the staff tests need them. */
export async function makeStaffUser(opts: { staff: boolean; totp: boolean; name?: string }) {
  return asSystem(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        email: `staff.${randomUUID().slice(0, 8)}@seerecruit.test`,
        name: opts.name ?? 'Støtte Person',
        passwordHash: 'x',
        isStaff: opts.staff,
        ...(opts.totp ? { totpSecret: 'JBSWY3DPEHPK3PXP', totpEnabledAt: new Date() } : {}),
      })
      .returning();
    return { userId: user!.id };
  });
}
