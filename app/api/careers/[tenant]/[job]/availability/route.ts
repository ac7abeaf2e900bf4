import { loadPublicJob } from '@/lib/careers/public-job';

export const dynamic = 'force-dynamic';

/**
 * Whether a public job is open, closed, removed (taken down after it was public)
 * or hidden (never public, or no such job: the same answer, so drafts cannot be
 * probed). Asked by middleware.ts, which has no database, to answer removed jobs
 * with 410. Reads the same cached data as the job page.
 */
export async function GET(_request: Request, { params }: RouteContext<'/api/careers/[tenant]/[job]/availability'>) {
  const { tenant, job } = await params;
  const view = await loadPublicJob(tenant, job);
  return Response.json({ availability: view?.availability ?? 'hidden' }, { headers: { 'Cache-Control': 'no-store' } });
}
