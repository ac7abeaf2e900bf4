import { NextResponse } from 'next/server';
import { recentVisits } from '@/lib/analytics/visits';
import { devOutboxEnabled } from '@/lib/settings/env';

export const dynamic = 'force-dynamic';

/**
 * Development and tests only (the dev outbox's gate: loopback APP_URL, no real email): the latest stored visits
 * under a path, as JSON, so tests/e2e/visit-log.spec.ts sees what a page request left. 404 otherwise.
 */
export async function GET(request: Request) {
  if (!devOutboxEnabled()) return new NextResponse('Not found', { status: 404 });
  const prefix = new URL(request.url).searchParams.get('path')?.trim();
  if (!prefix?.startsWith('/')) return NextResponse.json({ error: 'path is required' }, { status: 400 });
  return NextResponse.json({ visits: await recentVisits(prefix) }, { headers: { 'Cache-Control': 'no-store' } });
}
