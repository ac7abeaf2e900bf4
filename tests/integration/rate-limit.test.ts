import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { consumeRateLimit } from '../../lib/rate-limit';
import { testDb } from './db';

const handle = testDb();

describe('rate limits kept in the database', () => {
  it('allows up to the limit and refuses the rest, even for a concurrent burst', async () => {
    const key = `test:${randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 8 }, () => consumeRateLimit(key, 5, 3600, handle.db)));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect(results.filter((r) => !r.allowed)).toHaveLength(3);
    expect(Math.max(...results.map((r) => r.count))).toBe(8);
    expect(results.every((r) => r.retryAfter > 0 && r.retryAfter <= 3600)).toBe(true);
  });

  it('counts keys separately', async () => {
    const a = await consumeRateLimit(`test:${randomUUID()}`, 1, 60, handle.db);
    const b = await consumeRateLimit(`test:${randomUUID()}`, 1, 60, handle.db);
    expect([a.allowed, b.allowed]).toEqual([true, true]);
  });
});
