import { exportJob } from '@/lib/pipeline/export';
import { asMemberRoute, attachmentDisposition, notThereResponse } from '@/lib/tenancy/route-guard';

/** All of a job's applications as one ZIP with a summary.csv, for members only; each application logged as an export. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/dashboard/[tenant]/jobs/[jobId]/export'>) {
  const { tenant, jobId } = await params;
  const exported = await asMemberRoute(tenant, (tx, ctx) => exportJob(tx, ctx, jobId));
  if (!exported) return notThereResponse();
  return new Response(new Uint8Array(exported.zip), {
    status: 200,
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': attachmentDisposition(`${exported.slug}.zip`),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
}
