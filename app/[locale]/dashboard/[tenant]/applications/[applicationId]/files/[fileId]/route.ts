import { downloadFileName } from '@/lib/applications/file-names';
import { privateDownload } from '@/lib/http/private-download';
import { downloadApplicationFile } from '@/lib/pipeline/detail';
import { asMemberRoute } from '@/lib/tenancy/member-route';

/** An attachment's bytes for members only; the read and its access-log row share one tenant transaction. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/dashboard/[tenant]/applications/[applicationId]/files/[fileId]'>) {
  const { tenant, applicationId, fileId } = await params;
  return asMemberRoute(tenant, async (tx, member) => {
    const file = await downloadApplicationFile(tx, member, applicationId, fileId);
    return file && privateDownload(file.content, { contentType: file.contentType, fileName: downloadFileName(file.fileName, file.contentType) });
  });
}
