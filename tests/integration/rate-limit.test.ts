import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client';
import { consumeRateLimit } from '../../lib/rate-limit';
import { testDb } from './db';

const handle = testDb();

describe('rate limits kept in the database', () => {
  it('allows up to the limit and refuses the rest, even for a concurrent burst', async () => {
    const key = `test:${randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 8 }, () => consumeRateLimit(key, 5, 3600)));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect(results.filter((r) => !r.allowed)).toHaveLength(3);
    expect(Math.max(...results.map((r) => r.count))).toBe(8);
    expect(results.every((r) => r.retryAfter > 0 && r.retryAfter <= 3600)).toBe(true);
  });

  it('stores no email or IP address in the table, only a hash of the key', async () => {
    const key = `apply:email:kari.${randomUUID()}@example.no`;
    await consumeRateLimit(key, 3, 60);
    const rows = rowsOf<{ key: string }>(await handle.owner.execute(sql`select key from rate_limits`));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.key.includes('@') || r.key.includes('kari'))).toBe(false);
  });

  it('counts keys separately', async () => {
    const a = await consumeRateLimit(`test:${randomUUID()}`, 1, 60);
    const b = await consumeRateLimit(`test:${randomUUID()}`, 1, 60);
    expect([a.allowed, b.allowed]).toEqual([true, true]);
  });
});
