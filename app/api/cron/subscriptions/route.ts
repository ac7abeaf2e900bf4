import { NextResponse } from 'next/server';
import { revalidateJobPages, revalidateTenantPages } from '@/lib/careers/cache';
import { bearerMatches } from '@/lib/server/cron-auth';
import { settings } from '@/lib/settings/env';
import { runSubscriptionLifecycle } from '@/lib/subscriptions/lifecycle';

export const dynamic = 'force-dynamic';

/**
 * A scheduler runs the subscription lifecycle here with `Authorization: Bearer $CRON_SECRET`: the reminders
 * 30 and 7 days before a period ends, the notice at its end, and the expiry after the 14 days of grace (each
 * exactly once, however many runs overlap). The answer is what it did; the career pages of an employer whose
 * jobs came down are expired here, inside a request, where Next lets tags be expired.
 */
async function handle(request: Request) {
  if (!bearerMatches(request.headers.get('authorization'), settings().CRON_SECRET)) {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  }
  const report = await runSubscriptionLifecycle();
  for (const expired of report.expired) {
    for (const slug of expired.jobSlugs) revalidateJobPages(expired.tenantId, slug);
    revalidateTenantPages(expired.tenantId, expired.tenantSlug);
  }
  return NextResponse.json({ notices: report.notices, expired: report.expired.length });
}

export const GET = handle;
export const POST = handle;
