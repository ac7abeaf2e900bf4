import { NextResponse } from 'next/server';
import { z } from 'zod';
import { bearerMatches } from '@/lib/server/cron-auth';
import { devOutboxEnabled, settings } from '@/lib/settings/env';
import { setLifecycleClock } from '@/lib/subscriptions/lifecycle';

export const dynamic = 'force-dynamic';

const body = z.object({ tenant: z.string().min(1).max(48), days: z.int().min(-800).max(800) });

/**
 * Development and tests only: move one employer's subscription clock (the lifecycle run's "now",
 * lifecycle_now in drizzle/0043) by whole days; 0 puts it back. 404 whenever the dev tools are off (a real
 * email service, or an APP_URL that is not a loopback address), and the cron secret is needed as well.
 */
export async function POST(request: Request) {
  if (!devOutboxEnabled()) return new NextResponse('Not found', { status: 404 });
  if (!bearerMatches(request.headers.get('authorization'), settings().CRON_SECRET)) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: 'tenant (slug) and days (whole number) are required' }, { status: 400 });
  const found = await setLifecycleClock(parsed.data.tenant, parsed.data.days);
  return found ? NextResponse.json({ tenant: parsed.data.tenant, days: parsed.data.days }) : NextResponse.json({ error: 'no such employer' }, { status: 404 });
}
