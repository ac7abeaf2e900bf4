import { downloadFileName } from '@/lib/applications/file-names';
import { privateDownload } from '@/lib/http/private-download';
import { previewApplicationFile } from '@/lib/pipeline/detail';
import { previewHeaders } from '@/lib/security/headers';
import { asMemberRoute } from '@/lib/tenancy/member-route';

/**
 * A PDF attachment shown inline, for the preview frame on the application
 * page: members only, PDFs only (anything else is the same 404), and the read
 * and its access-log row share one tenant transaction.
 */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/dashboard/[tenant]/applications/[applicationId]/files/[fileId]/preview'>) {
  const { tenant, applicationId, fileId } = await params;
  return asMemberRoute(tenant, async (tx, member) => {
    const file = await previewApplicationFile(tx, member, applicationId, fileId);
    return file && privateDownload(file.content, { contentType: file.contentType, fileName: downloadFileName(file.fileName, file.contentType), inline: true, headers: previewHeaders() });
  });
}
