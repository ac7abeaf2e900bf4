import { ingestVisitRequest } from '@/lib/analytics/visits';

export const dynamic = 'force-dynamic';

/**
 * Middleware's batches of visits (lib/edge/visit-log.ts), signed with a key derived from AUTH_SECRET: 204 when
 * stored, 401 unsigned or badly signed, 413 too large, 400 anything in it not as the privacy page says. Only our
 * own middleware can sign, so the answers say no more than that.
 */
export async function POST(request: Request) {
  const result = await ingestVisitRequest(request);
  return new Response(null, { status: result.status, headers: { 'Cache-Control': 'no-store' } });
}
