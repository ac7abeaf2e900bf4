import { createHash, createHmac, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client';
import { derivedKey } from '../../lib/auth/tokens';
import { consumeRateLimit, storedKeyOf } from '../../lib/rate-limit';
import { forgetSettings } from '../../lib/settings/env';
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

describe('rate-limit keys cannot be reversed', () => {
  it('DEP3: the stored key is an HMAC under the server key, not a plain SHA-256 anyone can recompute', async () => {
    const key = `apply:ip:203.0.113.${Math.floor(Math.random() * 250)}:${randomUUID()}`;
    await consumeRateLimit(key, 3, 60);
    const plain = createHash('sha256').update(key).digest('hex');
    const keyed = createHmac('sha256', derivedKey('rate-limit-key')).update(key).digest('hex');
    const found = rowsOf<{ key: string }>(await handle.owner.execute(sql`select key from rate_limits where key in (${plain}, ${keyed})`));
    expect(found.map((r) => r.key)).toEqual([keyed]);
    expect(storedKeyOf(key)).toBe(keyed);
  });

  it('DEP3: the server key is derived from AUTH_SECRET, not the secret itself, and changes with it', () => {
    const saved = process.env.AUTH_SECRET;
    try {
      const first = storedKeyOf('apply:ip:198.51.100.7');
      expect(first).not.toBe(createHmac('sha256', saved!).update('apply:ip:198.51.100.7').digest('hex'));
      process.env.AUTH_SECRET = 'another-secret-for-this-test-0123456789';
      forgetSettings();
      expect(storedKeyOf('apply:ip:198.51.100.7')).not.toBe(first);
    } finally {
      process.env.AUTH_SECRET = saved;
      forgetSettings();
    }
  });
});
