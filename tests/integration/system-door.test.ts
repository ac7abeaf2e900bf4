import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../../db/client';
import { SYSTEM_PURPOSES, withSystem } from '../../db/doors';
import { auditLog } from '../../db/schema';
import { writeAudit } from '../../lib/auth/audit';
import { asSystem, dbError, makeJob, makeTenant, testDb } from './db';
import { makeApplication } from './fixtures/applications';

const handle = testDb();

const CANDIDATE_TABLES = ['applications', 'application_files', 'application_notes', 'application_ratings', 'application_stage_events', 'application_stages', 'access_log'];

describe('the system door is narrow: named purposes, and no candidate data at all', () => {
  it('the platform role cannot read, change or delete candidates’ applications or anything about them', async () => {
    const tenant = await makeTenant(handle);
    const job = await makeJob(handle, tenant.id);
    await makeApplication(handle, tenant.id, job.id, {}, { name: 'cv.pdf', bytes: new Uint8Array([1, 2, 3]) });
    for (const table of CANDIDATE_TABLES) {
      expect(await dbError(asSystem((tx) => tx.execute(sql.raw(`select count(*) from ${table}`)))), table).toMatch(/permission denied/);
      expect(await dbError(asSystem((tx) => tx.execute(sql.raw(`delete from ${table}`)))), table).toMatch(/permission denied/);
    }
    // Through the product's own door too, with any of its purposes.
    expect(await dbError(withSystem('identity', (tx) => tx.execute(sql`select full_name, email from applications`)))).toMatch(/permission denied/);
  });

  it('takes only a purpose from the closed list, and the database writes it into the audit line', async () => {
    await expect(withSystem('anything goes' as never, async () => 1)).rejects.toThrow(/unknown purpose/);
    expect(SYSTEM_PURPOSES).toContain('audit');
    const tenant = await makeTenant(handle);
    await writeAudit({ event: 'sign_in', tenantId: tenant.id });
    const rows = await db().transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', 'app_system', true)`);
      return tx.select({ purpose: auditLog.purpose }).from(auditLog).where(eq(auditLog.tenantId, tenant.id));
    });
    expect(rows).toEqual([{ purpose: 'audit' }]);
  });
});
