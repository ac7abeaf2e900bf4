import { NextResponse } from 'next/server';
import { bearerMatches } from '@/lib/server/cron-auth';
import { deliverDueEmails } from '@/lib/email/worker';

/** Vercel Cron (or any scheduler) delivers due emails here with `Authorization: Bearer $CRON_SECRET`. */
async function handle(request: Request) {
  if (!bearerMatches(request.headers.get('authorization'), process.env.CRON_SECRET)) {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  }
  const report = await deliverDueEmails({ batch: 50 });
  return NextResponse.json(report);
}

export const GET = handle;
export const POST = handle;
