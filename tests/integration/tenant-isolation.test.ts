import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client';
import { withTenant } from '../../db/doors';
import { jobs, tenants } from '../../db/schema';
import { dbError, makeJob, makeTenant, testDb } from './db';

const handle = testDb();

describe('row-level security: one employer never sees another', () => {
  it('returns only the own tenant’s jobs even when the query forgets the tenant filter', async () => {
    const a = await makeTenant(handle, 'Alpha AS');
    const b = await makeTenant(handle, 'Beta AS');
    await makeJob(handle, a.id, 'Alpha job');
    await makeJob(handle, b.id, 'Beta secret job');

    const seenByA = await withTenant({ tenantId: a.id }, (tx) => tx.select().from(jobs));
    expect(seenByA.length).toBe(1);
    expect(seenByA.every((j) => j.tenantId === a.id)).toBe(true);
    expect(seenByA.map((j) => j.title)).not.toContain('Beta secret job');

    const tenantRows = await withTenant({ tenantId: a.id }, (tx) => tx.select().from(tenants));
    expect(tenantRows.map((t) => t.id)).toEqual([a.id]);
  });

  it('refuses to write a row into another tenant', async () => {
    const a = await makeTenant(handle);
    const b = await makeTenant(handle);
    const message = await dbError(
      withTenant({ tenantId: a.id }, (tx) => tx.insert(jobs).values({ tenantId: b.id, slug: 'sneaky', title: 'Sneaky' })),
    );
    expect(message).toMatch(/row-level security/i);
  });

  it('cannot update another tenant’s rows by id', async () => {
    const a = await makeTenant(handle);
    const b = await makeTenant(handle);
    const bJob = await makeJob(handle, b.id, 'Original title');
    const updated = await withTenant(
      { tenantId: a.id },
      (tx) => tx.update(jobs).set({ title: 'Hijacked' }).where(sql`${jobs.id} = ${bJob.id}`).returning()
    );
    expect(updated).toEqual([]);
    const [still] = await withTenant({ tenantId: b.id }, (tx) => tx.select().from(jobs).where(sql`${jobs.id} = ${bJob.id}`));
    expect(still?.title).toBe('Original title');
  });

  it('runs tenant work as the non-owner runtime role, and resets it after the transaction', async () => {
    const a = await makeTenant(handle);
    const role = await withTenant({ tenantId: a.id }, async (tx) => rowsOf<{ r: string }>(await tx.execute(sql`select current_user as r`))[0]!.r);
    expect(role).toBe('app_runtime');
    const after = rowsOf<{ r: string }>(await handle.db.execute(sql`select current_user as r`))[0]!.r;
    expect(after).not.toBe('app_runtime');
  });

  it('refuses to start tenant work without a valid tenant id', () => {
    expect(() => withTenant({ tenantId: '' }, async () => 1)).toThrow(/tenant id/);
    expect(() => withTenant(undefined as never, async () => 1)).toThrow(/tenant id/);
  });
});

describe('schema guard: every tenant-owned table is behind forced RLS', () => {
  it('has RLS enabled, forced and a policy for the runtime role on every table with tenant_id', async () => {
    const rows = rowsOf<{ table_name: string; enabled: boolean; forced: boolean; policies: number }>(
      await handle.owner.execute(sql`
        select c.table_name,
               cl.relrowsecurity as enabled,
               cl.relforcerowsecurity as forced,
               (select count(*)::int from pg_policies p
                 where p.tablename = c.table_name and p.schemaname = 'public'
                   and 'app_runtime' = any(p.roles)) as policies
          from information_schema.columns c
          join pg_class cl on cl.relname = c.table_name
          join pg_namespace n on n.oid = cl.relnamespace and n.nspname = c.table_schema
         where c.table_schema = 'public' and c.column_name = 'tenant_id' and cl.relkind = 'r'
         order by c.table_name`),
    );
    expect(rows.length).toBeGreaterThanOrEqual(10);
    const unprotected = rows.filter((r) => !r.enabled || !r.forced || r.policies < 1).map((r) => r.table_name);
    expect(unprotected).toEqual([]);
  });
});
