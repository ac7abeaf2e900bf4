import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, rowsOf, type Db, type DbHandle, type Tx } from '../../db/client';
import { withTenant } from '../../db/doors';
import { memberships, users } from '../../db/schema';
import { eraseApplications } from '../../lib/erasure/erase';
import { Refused } from '../../lib/errors';
import { listAccessLog, recordAccess } from '../../lib/pipeline/access-log';
import { changeMemberRole } from '../../lib/tenancy/team';
import { asSystem, dbError, makeJob, makeTenant, member, scalar, testDb } from './db';
import { makeApplication, makeMember } from './fixtures/applications';

/** The tenant door's own step (db/doors.ts withTenant) on a connection of the test's choosing: the runtime login, or the owner. */
function inDoorOn<T>(connection: Db, door: { tenantId: string; userId?: string }, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return connection.transaction(async (tx) => {
    await tx.execute(sql`select set_config('role', 'app_runtime', true), public.door_enter(${door.tenantId}::uuid, ${door.userId ?? null}::uuid)`);
    return fn(tx);
  });
}

/**
 * The database's promises against the app's own connection (security review 2026-12, M1, M9, L1, L2).
 *
 * Two kinds of test:
 * - "as the runtime login" (Postgres only): a LOGIN role that owns nothing, is no superuser and is a member of
 *   app_runtime and app_system only — what production's DATABASE_URL must be (README, "Two database logins").
 *   With two logins configured (MIGRATION_DATABASE_URL set and different, as in CI) they test DATABASE_URL as it
 *   is, so an owner there fails them. With one login (DATABASE_URL only, the owner) they create `seerecruit_app`
 *   (LOGIN NOINHERIT, app_runtime + app_system) through the owner's connection and connect as it on the same
 *   server without a password (the local trust setup). SKIPPED ON PGLITE, and only there: PGlite is one superuser with
 *   no logins, so "a login that is not the owner" does not exist to test (`runsOnPostgres` below).
 * - "in the doors" (both engines): what app_runtime (withTenant) may do, and the definer functions' own checks.
 *   The roles switch on PGlite as on Postgres, so these run on both.
 */
const handle = testDb();
const runsOnPostgres = Boolean(process.env.DATABASE_URL);
const RUNTIME_LOGIN = 'seerecruit_app';

const asTenant = <T>(ctx: { tenantId: string; userId?: string }, fn: (tx: Tx) => Promise<T>) => withTenant(ctx, fn);

/** Two tenants, each with an owner, a recruiter and an application (with a file) on a published job. */
async function twoTenants() {
  const make = async (name: string) => {
    const tenant = await makeTenant(handle, name);
    const owner = await makeMember(handle, tenant.id, 'owner');
    const recruiter = await makeMember(handle, tenant.id, 'recruiter');
    const job = await makeJob(handle, tenant.id);
    const application = await makeApplication(handle, tenant.id, job.id, { fullName: `${name} Kandidat` }, { name: `${name}_CV.pdf`, bytes: new Uint8Array([37, 80, 68, 70]) });
    return { tenant, owner, recruiter, job, application };
  };
  return { a: await make('Alfa'), b: await make('Beta') };
}

const count = (query: ReturnType<typeof sql>) => scalar<number>(handle, query);

describe.skipIf(!runsOnPostgres)('as the runtime login (Postgres: a login that owns nothing)', () => {
  let login: DbHandle;
  let loginName: string;
  let ownedByLogin: DbHandle | undefined;

  beforeAll(async () => {
    // Is DATABASE_URL already a non-owner login? (CI: yes.) Otherwise make one beside the owner.
    const [me] = rowsOf<{ name: string; superuser: boolean; owns: number; purge: boolean }>(
      await handle.db.execute(sql`select current_user as name, r.rolsuper as superuser,
        (select count(*)::int from pg_tables where schemaname = 'public' and tableowner = current_user) as owns,
        pg_has_role(current_user, 'app_purge', 'MEMBER') as purge
        from pg_roles r where r.rolname = current_user`),
    );
    const twoLogins = Boolean(process.env.MIGRATION_DATABASE_URL) && process.env.MIGRATION_DATABASE_URL !== process.env.DATABASE_URL;
    if (twoLogins || (me && !me.superuser && me.owns === 0 && !me.purge)) {
      // Two logins configured (CI, production-like): test the app's own login as it is, so an owner or
      // superuser in DATABASE_URL fails here instead of being replaced.
      login = { ...handle, close: async () => {} };
      loginName = me!.name;
      return;
    }
    await handle.owner.execute(sql.raw(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${RUNTIME_LOGIN}') THEN CREATE ROLE ${RUNTIME_LOGIN} LOGIN NOINHERIT; END IF;
    END $$`));
    await handle.owner.execute(sql.raw(`GRANT app_runtime, app_system TO ${RUNTIME_LOGIN}`));
    await handle.owner.execute(sql.raw(`DO $$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO ${RUNTIME_LOGIN}', current_database()); END $$`));
    const url = new URL(process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL!);
    url.username = RUNTIME_LOGIN;
    url.password = '';
    ownedByLogin = openDb({ engine: 'postgres', url: url.toString() });
    login = ownedByLogin;
    loginName = RUNTIME_LOGIN;
  });
  afterAll(async () => {
    await ownedByLogin?.close();
  });

  /** One statement (or a few) in a transaction on the login's connection, optionally inside tenant A's door. */
  const onLogin = (statements: ReturnType<typeof sql>[], door?: { tenantId: string; userId?: string }) => {
    const run = async (tx: Tx) => {
      let last: unknown;
      for (const s of statements) last = await tx.execute(s);
      return last;
    };
    return door ? inDoorOn(login.db, door, run) : login.db.transaction(run);
  };

  it('M1: the runtime login is no superuser, owns nothing and is not a member of app_purge', async () => {
    const [me] = rowsOf<{ superuser: boolean; owns: number; purge: boolean; runtime: boolean; system: boolean }>(
      await login.db.execute(sql`select r.rolsuper as superuser,
        (select count(*)::int from pg_class c where c.relowner = r.oid) as owns,
        pg_has_role(current_user, 'app_purge', 'MEMBER') as purge,
        pg_has_role(current_user, 'app_runtime', 'MEMBER') as runtime,
        pg_has_role(current_user, 'app_system', 'MEMBER') as system
        from pg_roles r where r.rolname = current_user`),
    );
    expect(me).toEqual({ superuser: false, owns: 0, purge: false, runtime: true, system: true });
    expect(loginName).not.toBe('postgres');
  });

  it('M1: the runtime login cannot SET ROLE app_purge', async () => {
    const { a } = await twoTenants();
    expect(await dbError(onLogin([sql`set local role app_purge`]))).toMatch(/permission denied to set role/);
    expect(await dbError(onLogin([sql`set local role app_purge`], { tenantId: a.tenant.id }))).toMatch(/permission denied to set role/);
    expect(await dbError(onLogin([sql`select set_config('role', 'app_purge', true)`], { tenantId: a.tenant.id }))).toMatch(/permission denied to set role/);
  });

  it('M1: RESET ROLE inside the tenant door leads back to a login that reaches no other tenant and deletes nothing', async () => {
    const { a, b } = await twoTenants();
    // NOINHERIT (as README says): the bare login may not read the table at all. A login created with INHERIT
    // would see its door's tenant only (drizzle/0012 ties the system policies to the role itself). Never B.
    const seen = await onLogin([sql`reset role`, sql`select id from applications where tenant_id = ${b.tenant.id}`], { tenantId: a.tenant.id })
      .then((r) => rowsOf(r).length)
      .catch((error: unknown) => String((error as { cause?: { message?: string } }).cause?.message ?? error));
    expect(seen === 0 || /permission denied/.test(String(seen))).toBe(true);
    expect(await dbError(onLogin([sql`reset role`, sql`delete from applications where id = ${a.application.id}`], { tenantId: a.tenant.id }))).toMatch(/permission denied|refused/);
    expect(await count(sql`select count(*)::int from applications where id in (${a.application.id}, ${b.application.id})`)).toBe(2);
  });

  it('M1: the runtime login cannot ALTER TABLE applications DISABLE TRIGGER', async () => {
    for (const role of [null, 'app_runtime', 'app_system']) {
      const statements = [...(role ? [sql.raw(`set local role ${role}`)] : []), sql`alter table applications disable trigger applications_immutable`];
      expect(await dbError(onLogin(statements))).toMatch(/must be owner/);
    }
    expect(await dbError(onLogin([sql`alter table applications disable trigger all`]))).toMatch(/must be owner/);
    expect(await dbError(onLogin([sql`set local session_replication_role = replica`]))).toMatch(/permission denied/);
  });

  it('M1: the runtime login cannot ALTER TABLE ... NO FORCE ROW LEVEL SECURITY', async () => {
    for (const table of ['applications', 'application_files', 'memberships', 'users', 'access_log']) {
      expect(await dbError(onLogin([sql.raw(`alter table ${table} no force row level security`)]))).toMatch(/must be owner/);
      expect(await dbError(onLogin([sql.raw(`alter table ${table} disable row level security`)]))).toMatch(/must be owner/);
    }
  });

  it('M1: the runtime login cannot delete an application directly, in any role it can take', async () => {
    const { a } = await twoTenants();
    for (const statements of [
      [sql`delete from applications where id = ${a.application.id}`],
      [sql`set local role app_system`, sql`delete from applications where id = ${a.application.id}`],
      [sql`set local role app_system`, sql`delete from application_files where application_id = ${a.application.id}`],
      [sql`set local role app_system`, sql`truncate applications cascade`],
    ]) {
      expect(await dbError(onLogin(statements))).toMatch(/permission denied|refused/);
    }
    expect(await dbError(onLogin([sql`delete from applications where id = ${a.application.id}`], { tenantId: a.tenant.id, userId: a.owner.userId }))).toMatch(/permission denied|refused/);
    expect(await count(sql`select count(*)::int from applications where id = ${a.application.id}`)).toBe(1);
  });

  it('M1: the runtime login cannot switch app.tenant_id mid-transaction to read another tenant', async () => {
    const { a, b } = await twoTenants();
    const rows = await onLogin([sql`select set_config('app.tenant_id', ${b.tenant.id}, true)`, sql`select full_name from applications`], { tenantId: a.tenant.id });
    expect(rowsOf<{ full_name: string }>(rows).map((r) => r.full_name)).toEqual(['Alfa Kandidat']);
    expect(await dbError(onLogin([sql`select public.door_enter(${b.tenant.id}::uuid, null)`], { tenantId: a.tenant.id }))).toMatch(/already entered another tenant/);
  });

  it('L1: the runtime login cannot create a pg_temp shadow table (TEMP revoked from PUBLIC)', async () => {
    const { a } = await twoTenants();
    expect(await dbError(onLogin([sql`create temp table memberships (tenant_id uuid, user_id uuid) on commit drop`]))).toMatch(/permission denied to create temporary tables/);
    expect(await dbError(onLogin([sql`create temp table memberships (tenant_id uuid, user_id uuid) on commit drop`], { tenantId: a.tenant.id }))).toMatch(/permission denied to create temporary tables/);
  });

  it('L2: the runtime login reads no password_hash in the tenant door, and cannot write is_staff or insert a membership', async () => {
    const { a, b } = await twoTenants();
    const door = { tenantId: a.tenant.id, userId: a.recruiter.userId };
    expect(await dbError(onLogin([sql`select password_hash from users`], door))).toMatch(/permission denied/);
    expect(await dbError(onLogin([sql`update users set is_staff = true where id = ${a.recruiter.userId}`], door))).toMatch(/permission denied/);
    expect(await dbError(onLogin([sql`insert into memberships (tenant_id, user_id, role) values (${a.tenant.id}, ${b.owner.userId}, 'owner')`], door))).toMatch(/permission denied/);
    expect(await dbError(onLogin([sql`update memberships set role = 'owner' where user_id = ${a.recruiter.userId}`], door))).toMatch(/permission denied/);
  });
});

describe('in the doors, on both engines', () => {
  it('M1: switching app.tenant_id mid-transaction reaches no other tenant, and a second door_enter is refused', async () => {
    const { a, b } = await twoTenants();
    const seen = await asTenant({ tenantId: a.tenant.id, userId: a.owner.userId }, async (tx) => {
      await tx.execute(sql`select set_config('app.tenant_id', ${b.tenant.id}, true), set_config('app.user_id', ${b.owner.userId}, true)`);
      return {
        applications: rowsOf<{ id: string }>(await tx.execute(sql`select id from applications`)).map((r) => r.id),
        tenants: rowsOf<{ id: string }>(await tx.execute(sql`select id from tenants`)).map((r) => r.id),
        files: rowsOf(await tx.execute(sql`select id from application_files where tenant_id = ${b.tenant.id}`)).length,
      };
    });
    expect(seen).toEqual({ applications: [a.application.id], tenants: [a.tenant.id], files: 0 });
    // Writing into B after the switch is refused too.
    expect(await dbError(asTenant({ tenantId: a.tenant.id }, async (tx) => {
      await tx.execute(sql`select set_config('app.tenant_id', ${b.tenant.id}, true)`);
      await tx.execute(sql`insert into jobs (tenant_id, slug, title) values (${b.tenant.id}, 'planted', 'Planted')`);
    }))).toMatch(/row-level security/);
    // The door records the tenant once: entering B in the same transaction is refused; entering A again is not.
    expect(await dbError(asTenant({ tenantId: a.tenant.id }, (tx) => tx.execute(sql`select public.door_enter(${b.tenant.id}::uuid, null)`)))).toMatch(/already entered another tenant/);
    expect(await dbError(asTenant({ tenantId: a.tenant.id }, (tx) => tx.execute(sql`select public.door_enter(${a.tenant.id}::uuid, ${a.owner.userId}::uuid)`)))).toMatch(/already entered another tenant or member/);
    await asTenant({ tenantId: a.tenant.id }, (tx) => tx.execute(sql`select public.door_enter(${a.tenant.id}::uuid, null)`));
    // And nobody but app_door writes the record.
    expect(await dbError(asTenant({ tenantId: a.tenant.id }, (tx) => tx.execute(sql`update door_transactions set tenant = ${b.tenant.id}`)))).toMatch(/permission denied/);
    expect(await dbError(asSystem((tx) => tx.execute(sql`update door_transactions set tenant = ${b.tenant.id}`)))).toMatch(/permission denied/);
  });

  it('M1: app_runtime cannot delete an application directly; only the purge functions can', async () => {
    const { a } = await twoTenants();
    expect(await dbError(asTenant({ tenantId: a.tenant.id, userId: a.owner.userId }, (tx) => tx.execute(sql`delete from applications where id = ${a.application.id}`)))).toMatch(/permission denied|refused/);
    expect(await dbError(asTenant({ tenantId: a.tenant.id, userId: a.owner.userId }, (tx) => tx.execute(sql`select public.purge_erase(${a.tenant.id}::uuid, array[${a.application.id}]::uuid[], 'employer', 'other', null)`)))).toMatch(/permission denied/);
    expect(await dbError(asSystem((tx) => tx.execute(sql`select public.purge_erase(${a.tenant.id}::uuid, array[${a.application.id}]::uuid[], 'retention', null, null)`)))).toMatch(/permission denied/);
    expect(await count(sql`select count(*)::int from applications where id = ${a.application.id}`)).toBe(1);
  });

  it('M1: the retention purge erases only applications of jobs filled longer ago than the tenant keeps them', async () => {
    const tenant = await makeTenant(handle);
    await handle.owner.execute(sql`update tenants set retention_days = 30 where id = ${tenant.id}`);
    const due = await makeJob(handle, tenant.id, 'Due', { status: 'filled', filledAt: new Date() });
    const archivedDue = await makeJob(handle, tenant.id, 'Archived', { status: 'archived', filledAt: new Date(), archivedAt: new Date() });
    const recent = await makeJob(handle, tenant.id, 'Recent', { status: 'filled', filledAt: new Date() });
    const open = await makeJob(handle, tenant.id, 'Open');
    const apps = {
      due: await makeApplication(handle, tenant.id, due.id),
      archivedDue: await makeApplication(handle, tenant.id, archivedDue.id),
      recent: await makeApplication(handle, tenant.id, recent.id),
      open: await makeApplication(handle, tenant.id, open.id),
    };
    // The fixtures cannot backdate filled_at through the doors; the owner can.
    await handle.owner.execute(sql`update jobs set filled_at = now() - interval '31 days' where id in (${due.id}, ${archivedDue.id})`);
    const all = Object.values(apps).map((x) => x.id);
    expect(await eraseApplications({ tenantId: tenant.id, actorUserId: null, reason: 'retention' }, all)).toEqual({ erased: 2 });
    const left = rowsOf<{ id: string }>(await handle.owner.execute(sql`select id from applications where tenant_id = ${tenant.id}`)).map((r) => r.id).sort();
    expect(left).toEqual([apps.recent.id, apps.open.id].sort());
    expect(await count(sql`select count(*)::int from erasures where tenant_id = ${tenant.id} and reason = 'retention' and employer_reason is null`)).toBe(2);
    // Called again, or with nothing due, it does nothing.
    expect(await asSystem(async (tx) => rowsOf<{ n: number }>(await tx.execute(sql`select public.purge_expired_applications(${tenant.id}::uuid) as n`))[0]!.n)).toBe(0);
  });

  it('M1: the app cannot wind the retention clock back: a filled date is now, final, and the job stays filled', async () => {
    const { a } = await twoTenants();
    const filled = await makeJob(handle, a.tenant.id, 'Filled', { status: 'filled', filledAt: new Date() });
    for (const statement of [
      sql`update jobs set filled_at = now() - interval '400 days' where id = ${filled.id}`,
      sql`update jobs set status = 'published' where id = ${filled.id}`,
      sql`update jobs set status = 'filled', filled_at = now() - interval '400 days' where id = ${a.job.id}`,
      sql`insert into jobs (tenant_id, slug, title, status, filled_at) values (${a.tenant.id}, ${`old-${randomUUID().slice(0, 8)}`}, 'Old', 'filled', now() - interval '400 days')`,
    ]) {
      expect(await dbError(asTenant(a.owner, (tx) => tx.execute(statement)))).toMatch(/refused: a fill/);
      expect(await dbError(asSystem((tx) => tx.execute(statement)))).toMatch(/refused: a fill/);
    }
    // The app's own moves still work: filled now, then archived.
    await asTenant(a.owner, (tx) => tx.execute(sql`update jobs set status = 'filled', filled_at = now() where id = ${a.job.id}`));
    await asTenant(a.owner, (tx) => tx.execute(sql`update jobs set status = 'archived', archived_at = now() where id = ${a.job.id}`));
  });

  it('M9: a recruiter cannot erase an application, not even with a forged app.user_id', async () => {
    const { a } = await twoTenants();
    await expect(eraseApplications({ tenantId: a.tenant.id, actorUserId: a.recruiter.userId, reason: 'employer', employerReason: 'duplicate' }, [a.application.id])).rejects.toEqual(new Refused('forbidden'));
    const forged = dbError(
      asTenant({ tenantId: a.tenant.id, userId: a.recruiter.userId }, async (tx) => {
        await tx.execute(sql`select set_config('app.user_id', ${a.owner.userId}, true)`);
        return tx.execute(sql`select public.erase_applications(array[${a.application.id}]::uuid[], 'duplicate')`);
      }),
    );
    expect(await forged).toMatch(/not_owner/);
    expect(await dbError(asTenant({ tenantId: a.tenant.id }, (tx) => tx.execute(sql`select public.erase_applications(array[${a.application.id}]::uuid[], 'duplicate')`)))).toMatch(/not_owner/);
    expect(await count(sql`select count(*)::int from applications where id = ${a.application.id}`)).toBe(1);
  });

  it('M9: an owner erases with a reason from the list; anything else is refused', async () => {
    const { a } = await twoTenants();
    await expect(eraseApplications({ tenantId: a.tenant.id, actorUserId: a.owner.userId, reason: 'employer', employerReason: 'because' as never }, [a.application.id])).rejects.toEqual(new Refused('erasureReason'));
    expect(await eraseApplications({ tenantId: a.tenant.id, actorUserId: a.owner.userId, reason: 'employer', employerReason: 'candidate_asked' }, [a.application.id])).toEqual({ erased: 1 });
    expect(rowsOf(await handle.owner.execute(sql`select reason, employer_reason from erasures where application_id = ${a.application.id}`))).toEqual([{ reason: 'employer', employer_reason: 'candidate_asked' }]);
  });

  it('M9: erasure keeps the access-log lines (detail blanked), so owners still see who opened it', async () => {
    const { a } = await twoTenants();
    await asTenant(a.recruiter, (tx) => recordAccess(tx, a.recruiter, a.application.id, 'download', 'Alfa_CV.pdf'));
    await eraseApplications({ tenantId: a.tenant.id, actorUserId: a.owner.userId, reason: 'employer', employerReason: 'sent_in_error' }, [a.application.id]);
    const log = await asTenant(a.owner, (tx) => listAccessLog(tx, a.owner, { applicationId: a.application.id }));
    expect(log.map((l) => [l.action, l.userId, l.detail])).toEqual([
      ['delete', a.owner.userId, null],
      ['download', a.recruiter.userId, null],
    ]);
    expect(await count(sql`select count(*)::int from erasures where application_id = ${a.application.id}`)).toBe(1);
    expect(JSON.stringify(rowsOf(await handle.owner.execute(sql`select * from access_log where application_id = ${a.application.id}`)))).not.toMatch(/Alfa_CV/);
  });

  it('M9: blanking access-log details is for the purge functions only: the app can neither update nor delete a line', async () => {
    const { a } = await twoTenants();
    await asTenant(a.owner, (tx) => recordAccess(tx, a.owner, a.application.id, 'view'));
    for (const statement of [sql`update access_log set detail = null where application_id = ${a.application.id}`, sql`delete from access_log where application_id = ${a.application.id}`]) {
      expect(await dbError(asTenant(a.owner, (tx) => tx.execute(statement)))).toMatch(/permission denied|refused/);
      expect(await dbError(asSystem((tx) => tx.execute(statement)))).toMatch(/permission denied|refused/);
    }
  });

  // Before the shadow-table test below: PostgreSQL checks TEMP when a session first creates its pg_temp schema, so
  // on PGlite's single session the owner's temporary table there would let app_runtime create more afterwards.
  it('L1: app_runtime cannot create temporary tables', async () => {
    const { a } = await twoTenants();
    expect(await dbError(asTenant(a.owner, (tx) => tx.execute(sql`create temp table memberships (tenant_id uuid, user_id uuid) on commit drop`)))).toMatch(/permission denied to create temporary tables/);
  });

  it('L1: remove_member ignores a pg_temp shadow table, and every definer function pins search_path with pg_temp last', async () => {
    const { a, b } = await twoTenants();
    const before = await scalar<number>(handle, sql`select session_version from users where id = ${b.recruiter.userId}`);
    // The owner can still create temporary tables (the runtime login cannot, see above): the function must not care.
    // The door on the owner's connection; inside it, back to the owner for the shadow table, then app_runtime again.
    const removed = await inDoorOn(
      handle.owner,
      { tenantId: a.tenant.id, userId: a.owner.userId },
      async (tx) => {
        await tx.execute(sql`reset role`);
        await tx.execute(sql`create temp table memberships (tenant_id uuid, user_id uuid, role text) on commit drop`);
        await tx.execute(sql`grant all on pg_temp.memberships to public`);
        await tx.execute(sql`insert into pg_temp.memberships values (${a.tenant.id}, ${b.recruiter.userId}, 'recruiter'), (${a.tenant.id}, ${a.owner.userId}, 'owner')`);
        await tx.execute(sql`set local role app_runtime`);
        return rowsOf<{ r: boolean }>(await tx.execute(sql`select public.remove_member(${b.recruiter.userId}::uuid) as r`))[0]!.r;
      },
    );
    expect(removed).toBe(false);
    expect(await scalar<number>(handle, sql`select session_version from users where id = ${b.recruiter.userId}`)).toBe(before);
    expect(await count(sql`select count(*)::int from memberships where user_id = ${b.recruiter.userId} and tenant_id = ${b.tenant.id}`)).toBe(1);
    const definers = rowsOf<{ name: string; config: string[] | null }>(
      await handle.owner.execute(sql`select p.proname as name, p.proconfig as config from pg_proc p where p.pronamespace = 'public'::regnamespace and p.prosecdef order by 1`),
    );
    expect(definers.map((d) => d.name)).toEqual(expect.arrayContaining(['change_member_role', 'door_enter', 'erase_applications', 'erase_job_applications', 'purge_expired_applications', 'remove_member']));
    expect(definers.filter((d) => !(d.config ?? []).includes('search_path=pg_catalog, pg_temp')).map((d) => d.name)).toEqual([]);
  });

  it('L2: app_runtime cannot read password_hash, totp_secret or recovery codes of anyone, itself included', async () => {
    const { a } = await twoTenants();
    for (const column of ['password_hash', 'totp_secret', 'is_staff', 'session_version']) {
      expect(await dbError(asTenant(a.owner, (tx) => tx.execute(sql.raw(`select ${column} from users`))))).toMatch(/permission denied/);
    }
    expect(await dbError(asTenant(a.owner, (tx) => tx.select().from(users)))).toMatch(/permission denied/);
    expect(await dbError(asTenant(a.owner, (tx) => tx.execute(sql`select code_hash from recovery_codes`)))).toMatch(/permission denied/);
    // What the app reads of co-members still works.
    const names = rowsOf<{ id: string }>(await asTenant(a.owner, (tx) => tx.execute(sql`select id, name, email from users`))).map((r) => r.id).sort();
    expect(names).toEqual([a.owner.userId, a.recruiter.userId].sort());
  });

  it('L2: app_runtime cannot write is_staff (nor any column of users)', async () => {
    const { a } = await twoTenants();
    for (const set of ['is_staff = true', "name = 'x'", 'session_version = 1']) {
      expect(await dbError(asTenant(a.owner, (tx) => tx.execute(sql.raw(`update users set ${set} where id = '${a.owner.userId}'`))))).toMatch(/permission denied/);
    }
  });

  it('L2: app_runtime cannot insert a membership, nor change its own role; change_member_role checks owner and last owner', async () => {
    const { a, b } = await twoTenants();
    expect(await dbError(asTenant(a.owner, (tx) => tx.insert(memberships).values({ tenantId: a.tenant.id, userId: b.owner.userId, role: 'owner' })))).toMatch(/permission denied/);
    expect(await dbError(asTenant(a.recruiter, (tx) => tx.execute(sql`update memberships set role = 'owner' where user_id = ${a.recruiter.userId}`)))).toMatch(/permission denied/);
    expect(await dbError(asTenant(a.recruiter, (tx) => tx.execute(sql`delete from memberships where user_id = ${a.owner.userId}`)))).toMatch(/permission denied/);
    // The definer function: a recruiter cannot promote itself, even through the app's own function.
    expect(await dbError(asTenant(a.recruiter, (tx) => tx.execute(sql`select public.change_member_role(${a.recruiter.userId}::uuid, 'owner')`)))).toMatch(/not_owner/);
    await expect(asTenant(a.recruiter, (tx) => changeMemberRole(tx, member(a.tenant.id, a.recruiter.userId, 'recruiter'), a.recruiter.userId, 'owner'))).rejects.toMatchObject({ code: 'forbidden' });
    // The last owner stays; another tenant's member is not found.
    await expect(asTenant(a.owner, (tx) => changeMemberRole(tx, member(a.tenant.id, a.owner.userId), a.owner.userId, 'recruiter'))).rejects.toMatchObject({ code: 'lastOwner' });
    expect(await asTenant(a.owner, async (tx) => rowsOf<{ r: boolean }>(await tx.execute(sql`select public.change_member_role(${b.recruiter.userId}::uuid, 'owner') as r`))[0]!.r)).toBe(false);
    await asTenant(a.owner, (tx) => changeMemberRole(tx, member(a.tenant.id, a.owner.userId), a.recruiter.userId, 'owner'));
    expect(await count(sql`select count(*)::int from memberships where tenant_id = ${a.tenant.id} and role = 'owner'`)).toBe(2);
    expect(await count(sql`select count(*)::int from memberships where tenant_id = ${b.tenant.id} and role = 'owner'`)).toBe(1);
  });

  it('L2: access-log lines, notes and ratings only in the member’s own name', async () => {
    const { a } = await twoTenants();
    const other = a.owner.userId;
    for (const statement of [
      sql`insert into access_log (tenant_id, user_id, application_id, action) values (${a.tenant.id}, ${other}, ${a.application.id}, 'view')`,
      sql`insert into access_log (tenant_id, user_id, application_id, action) values (${a.tenant.id}, null, ${a.application.id}, 'view')`,
      sql`insert into application_notes (tenant_id, application_id, author_user_id, body) values (${a.tenant.id}, ${a.application.id}, ${other}, 'forged')`,
      sql`insert into application_ratings (tenant_id, application_id, user_id, rating) values (${a.tenant.id}, ${a.application.id}, ${other}, 5)`,
    ]) {
      expect(await dbError(asTenant(a.recruiter, (tx) => tx.execute(statement)))).toMatch(/row-level security/);
    }
    await asTenant(a.recruiter, (tx) => tx.execute(sql`insert into application_notes (tenant_id, application_id, author_user_id, body) values (${a.tenant.id}, ${a.application.id}, ${a.recruiter.userId}, 'mine')`));
    expect(await dbError(asTenant(a.recruiter, (tx) => tx.execute(sql`update application_notes set author_user_id = ${other} where application_id = ${a.application.id}`)))).toMatch(/row-level security/);
  });

  it('L2: no null-tenant (platform-level) audit rows from a tenant transaction', async () => {
    const { a } = await twoTenants();
    const event = `forged-${randomUUID()}`;
    expect(await dbError(asTenant(a.owner, (tx) => tx.execute(sql`insert into audit_log (tenant_id, user_id, event) values (null, ${a.owner.userId}, ${event})`)))).toMatch(/row-level security/);
    expect(await count(sql`select count(*)::int from audit_log where event = ${event}`)).toBe(0);
  });
});
