import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';

export type HealthReport = { status: 'ok'; db: 'ok' } | { status: 'error'; db: 'error'; error: string };

/** A real round trip to the database, bounded in time so a hung database reports instead of hanging. */
export async function checkHealth(timeoutMs = 3000): Promise<HealthReport> {
  try {
    const probe = db().execute(sql`select 1 as ok`);
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('database timed out')), timeoutMs));
    await Promise.race([probe, timeout]);
    return { status: 'ok', db: 'ok' };
  } catch (error) {
    return { status: 'error', db: 'error', error: error instanceof Error ? error.message.split('\n')[0]! : 'unreachable' };
  }
}
