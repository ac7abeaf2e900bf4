import { NextResponse } from 'next/server';
import { doorCounts } from '@/lib/dev/door-counts';
import { devOutboxEnabled } from '@/lib/settings/env';

export const dynamic = 'force-dynamic';

/**
 * Development and tests only (served under the dev-outbox rule): how many
 * transactions this server process has opened through each door and purpose,
 * so a test can see that one dashboard view asks who the user is once.
 */
export async function GET() {
  if (!devOutboxEnabled()) return new NextResponse('Not found', { status: 404 });
  return NextResponse.json({ doors: doorCounts() }, { headers: { 'Cache-Control': 'no-store' } });
}
