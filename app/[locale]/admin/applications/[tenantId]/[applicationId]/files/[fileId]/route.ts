import { downloadFileAsStaff } from '@/lib/admin/access';
import { downloadFileName } from '@/lib/applications/file-names';
import { staffForRoute } from '@/lib/admin/staff';
import { Refused } from '@/lib/errors';
import { notThereResponse, privateDownload } from '@/lib/http/private-download';

/**
 * An attachment for staff, within their own opening of the application (30 minutes): the database checks staff,
 * TOTP and the opening, and logs the download in the application's tenant. Anything else: the same 404 bytes.
 */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/admin/applications/[tenantId]/[applicationId]/files/[fileId]'>) {
  const { tenantId, applicationId, fileId } = await params;
  const staff = await staffForRoute();
  if (!staff) return notThereResponse();
  try {
    const file = await downloadFileAsStaff(staff, tenantId, applicationId, fileId);
    return privateDownload(file.content, { contentType: file.contentType, fileName: downloadFileName(file.fileName, file.contentType) });
  } catch (error) {
    if (error instanceof Refused) return notThereResponse();
    throw error;
  }
}
