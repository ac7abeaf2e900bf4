import { NextResponse } from 'next/server';
import { listCapturedEmails } from '@/lib/email/worker';
import { devOutboxEnabled } from '@/lib/settings/env';

export const dynamic = 'force-dynamic';

/**
 * Development and tests only: the latest captured emails for one recipient as
 * JSON (end-to-end tests read links from here). Read-only; 404 whenever the dev
 * outbox is off, e.g. whenever a real email service is configured.
 */
export async function GET(request: Request) {
  if (!devOutboxEnabled()) return new NextResponse('Not found', { status: 404 });
  const to = new URL(request.url).searchParams.get('to')?.trim();
  if (!to) return NextResponse.json({ error: 'to is required' }, { status: 400 });
  const emails = (await listCapturedEmails({ recipient: to, limit: 20 })).map(({ id, template, language, recipient, payload, createdAt }) => ({ id, template, language, recipient, payload, createdAt }));
  return NextResponse.json({ emails }, { headers: { 'Cache-Control': 'no-store' } });
}
