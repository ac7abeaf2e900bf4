import { NextResponse } from 'next/server';
import { runRetention } from '@/lib/retention/engine';
import { bearerMatches } from '@/lib/server/cron-auth';
import { settings } from '@/lib/settings/env';

/** A scheduler runs the retention purge here with `Authorization: Bearer $CRON_SECRET`; the answer is its counts. */
async function handle(request: Request) {
  if (!bearerMatches(request.headers.get('authorization'), settings().CRON_SECRET)) {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  }
  return NextResponse.json(await runRetention({ batch: 1000 }));
}

export const GET = handle;
export const POST = handle;
