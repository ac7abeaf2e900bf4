import { NextResponse } from 'next/server';
import { revalidateAllCareerPages } from '@/lib/careers/cache';
import { bearerMatches } from '@/lib/server/cron-auth';
import { settings } from '@/lib/settings/env';

export const dynamic = 'force-dynamic';

/**
 * Expires every cached career page (lists, job ads, apply forms, the sitemap), so the next visitor gets one
 * rendered now. Called at each Oslo midnight by the server itself (lib/careers/day-boundary.ts) or a scheduler,
 * with `Authorization: Bearer $CRON_SECRET`. Safe to run at any time and concurrently.
 */
async function handle(request: Request) {
  if (!bearerMatches(request.headers.get('authorization'), settings().CRON_SECRET)) {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  }
  revalidateAllCareerPages();
  return NextResponse.json({ expired: 'careers' });
}

export const GET = handle;
export const POST = handle;
