import { checkHealth } from '@/lib/health/check';

export const dynamic = 'force-dynamic';

export async function GET() {
  const report = await checkHealth();
  const body = report.status === 'ok' ? report : { status: 'error', db: 'error' };
  return Response.json(body, {
    status: report.status === 'ok' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
}
