import { previewApplicationFile } from '@/lib/pipeline/detail';
import { previewHeaders } from '@/lib/security/headers';
import { asMemberRoute, attachmentDisposition, notThereResponse } from '@/lib/tenancy/route-guard';

/**
 * A PDF attachment shown inline, for the preview frame on the application
 * page: members only, PDFs only (anything else is the same 404), and the read
 * and its access-log row share one tenant transaction.
 */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/dashboard/[tenant]/applications/[applicationId]/files/[fileId]/preview'>) {
  const { tenant, applicationId, fileId } = await params;
  const file = await asMemberRoute(tenant, (tx, ctx) => previewApplicationFile(tx, ctx, applicationId, fileId));
  if (!file) return notThereResponse();
  return new Response(new Uint8Array(file.content), {
    status: 200,
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': attachmentDisposition(file.fileName, 'inline'),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
      ...previewHeaders(),
    },
  });
}
