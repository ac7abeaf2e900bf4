import { NextResponse } from 'next/server';
import { deliverDueEmails } from '@/lib/email/worker';
import { bearerMatches } from '@/lib/server/cron-auth';
import { settings } from '@/lib/settings/env';

/** Vercel Cron (or any scheduler) delivers due emails here with `Authorization: Bearer $CRON_SECRET`. */
async function handle(request: Request) {
  if (!bearerMatches(request.headers.get('authorization'), settings().CRON_SECRET)) {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  }
  const report = await deliverDueEmails({ batch: 50 });
  return NextResponse.json(report);
}

export const GET = handle;
export const POST = handle;
