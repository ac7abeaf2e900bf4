import { exportApplication } from '@/lib/pipeline/export';
import { asMemberRoute, attachmentDisposition, notThereResponse } from '@/lib/tenancy/route-guard';

/** One application as a ZIP for the HR system, for members only; logged as an export. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/dashboard/[tenant]/applications/[applicationId]/export'>) {
  const { tenant, applicationId } = await params;
  const exported = await asMemberRoute(tenant, (tx, ctx) => exportApplication(tx, ctx, applicationId));
  if (!exported) return notThereResponse();
  return new Response(new Uint8Array(exported.zip), {
    status: 200,
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': attachmentDisposition(`${exported.reference}.zip`),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
}
