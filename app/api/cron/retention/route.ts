import { NextResponse } from 'next/server';
import { runRetention } from '@/lib/retention/engine';
import { runHousekeeping } from '@/lib/retention/housekeeping';
import { bearerMatches } from '@/lib/server/cron-auth';
import { settings } from '@/lib/settings/env';

/**
 * A scheduler runs the retention purge and the housekeeping (old emails, links, rate-limit windows) here with
 * `Authorization: Bearer $CRON_SECRET`; the answer is their counts.
 */
async function handle(request: Request) {
  if (!bearerMatches(request.headers.get('authorization'), settings().CRON_SECRET)) {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  }
  const report = await runRetention({ batch: 1000 });
  return NextResponse.json({ ...report, housekeeping: await runHousekeeping() });
}

export const GET = handle;
export const POST = handle;
