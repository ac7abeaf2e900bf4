import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDb, rowsOf, setDbHandle } from '../../db/client';
import { migrateDb } from '../../db/migrate';
import { checkHealth } from '../../lib/health/check';

// About the embedded engine itself, so it runs on PGlite whatever DATABASE_URL says.
describe('embedded database (PGlite) folder', () => {
  it('keeps data across a close and reopen (a restart keeps the data)', async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'sr-pglite-')), 'db');
    const first = openDb({ engine: 'pglite', dataDir });
    await migrateDb(first);
    await first.db.execute(sql`insert into tenants (slug, name) values ('kept', 'Kept AS')`);
    await first.close();

    const second = openDb({ engine: 'pglite', dataDir });
    const rows = rowsOf<{ name: string }>(await second.db.execute(sql`select name from tenants where slug = 'kept'`));
    expect(rows.map((r) => r.name)).toEqual(['Kept AS']);
    await second.close();
  }, 60_000);

  it('refuses a second instance on a folder another live process holds, naming that process', () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'sr-pglite-')), 'db');
    // Our parent (the test runner) is alive and is not us: pretend it holds the folder.
    writeFileSync(`${dataDir}.lock`, String(process.ppid));
    expect(() => openDb({ engine: 'pglite', dataDir })).toThrow(new RegExp(`in use by process ${process.ppid}`));
  });
});

describe('health check', () => {
  it('reports the database as failing (for a 503) when a query cannot run', async () => {
    const broken = openDb({ engine: 'pglite' });
    await broken.close();
    setDbHandle(broken);
    try {
      const report = await checkHealth(2000);
      expect(report.status).toBe('error');
      expect(report.db).toBe('error');
    } finally {
      setDbHandle(undefined);
    }
  });

  it('reports ok after a real query', async () => {
    const live = openDb({ engine: 'pglite' });
    setDbHandle(live);
    try {
      expect(await checkHealth()).toEqual({ status: 'ok', db: 'ok' });
    } finally {
      setDbHandle(undefined);
      await live.close();
    }
  });
});
