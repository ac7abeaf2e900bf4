import { downloadApplicationFile } from '@/lib/pipeline/detail';
import { asMemberRoute, attachmentDisposition, notThereResponse } from '@/lib/tenancy/route-guard';

/** An attachment's bytes for members only; the read and its access-log row share one tenant transaction. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/dashboard/[tenant]/applications/[applicationId]/files/[fileId]'>) {
  const { tenant, applicationId, fileId } = await params;
  const file = await asMemberRoute(tenant, (tx, ctx) => downloadApplicationFile(tx, ctx, applicationId, fileId));
  if (!file) return notThereResponse();
  return new Response(new Uint8Array(file.content), {
    status: 200,
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': attachmentDisposition(file.fileName),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
}
