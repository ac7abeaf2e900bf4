import { NextResponse } from 'next/server';
import { recentVisits } from '@/lib/analytics/visits';
import { devOutboxEnabled } from '@/lib/settings/env';

export const dynamic = 'force-dynamic';

/**
 * Development and tests only (the dev outbox's gate: loopback APP_URL, no real email): how many visits are
 * stored under a path and the latest of them, as JSON, so tests/e2e/visit-log.spec.ts and the bench see what
 * page requests left. 404 otherwise.
 */
export async function GET(request: Request) {
  if (!devOutboxEnabled()) return new NextResponse('Not found', { status: 404 });
  const prefix = new URL(request.url).searchParams.get('path')?.trim();
  if (!prefix?.startsWith('/')) return NextResponse.json({ error: 'path is required' }, { status: 400 });
  const { count, latest } = await recentVisits(prefix);
  return NextResponse.json({ count, visits: latest }, { headers: { 'Cache-Control': 'no-store' } });
}
