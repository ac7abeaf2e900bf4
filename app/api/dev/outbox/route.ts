import { desc, sql } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { withSystem } from '@/db/doors';
import { outbox } from '@/db/schema';
import { devOutboxEnabled } from '@/lib/settings/env';

export const dynamic = 'force-dynamic';

/**
 * Development and tests only: the latest captured emails for one recipient as
 * JSON (end-to-end tests read links from here). Read-only; 404 whenever the dev
 * outbox is off, e.g. whenever a real email service is configured.
 */
export async function GET(request: Request) {
  if (!devOutboxEnabled()) return new NextResponse('Not found', { status: 404 });
  const to = new URL(request.url).searchParams.get('to')?.trim().toLowerCase();
  if (!to) return NextResponse.json({ error: 'to is required' }, { status: 400 });
  const rows = await withSystem('dev outbox (json)', (tx) =>
    tx
      .select({ id: outbox.id, template: outbox.template, language: outbox.language, recipient: outbox.recipient, payload: outbox.payload, createdAt: outbox.createdAt })
      .from(outbox)
      .where(sql`lower(${outbox.recipient}) = ${to}`)
      .orderBy(desc(outbox.createdAt))
      .limit(20),
  );
  return NextResponse.json({ emails: rows }, { headers: { 'Cache-Control': 'no-store' } });
}
