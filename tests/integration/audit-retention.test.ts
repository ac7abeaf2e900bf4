import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { KEPT } from '../../lib/privacy/periods';
import { runHousekeeping } from '../../lib/retention/housekeeping';
import { asSystem, dbError, scalar, testDb } from './db';

const handle = testDb();

/** Audit lines written straight by the owner with a chosen age (the app cannot back-date them). */
async function oldLines(marker: string, ages: number[]) {
  for (const days of ages) {
    await handle.owner.execute(sql`
      insert into audit_log (event, detail, ip, created_at)
      values ('sign_in_failed', ${JSON.stringify({ marker, days })}::jsonb, '192.0.2.7', now() - make_interval(days => ${days}))`);
  }
}

const remaining = (marker: string) =>
  scalar<string>(handle, sql`select string_agg((detail->>'days'), ',' order by (detail->>'days')::int) from audit_log where detail->>'marker' = ${marker}`);

describe('audit log retention', () => {
  it('L11: housekeeping deletes audit lines older than the period the privacy page states; younger ones stay', async () => {
    const marker = randomUUID();
    const days = KEPT.auditLogDays;
    await oldLines(marker, [2, days - 1, days + 1, 900]);
    const report = await runHousekeeping();
    expect(report.auditLog).toBeGreaterThanOrEqual(2);
    expect(await remaining(marker)).toBe(`2,${days - 1}`);
  });

  it('L11: the app’s roles still cannot delete audit lines themselves, old or new', async () => {
    const marker = randomUUID();
    await oldLines(marker, [400]);
    const message = await dbError(asSystem((tx) => tx.execute(sql`delete from audit_log where detail->>'marker' = ${marker}`)));
    expect(message).toMatch(/permission denied|refused/);
    expect(await remaining(marker)).toBe('400');
  });
});
