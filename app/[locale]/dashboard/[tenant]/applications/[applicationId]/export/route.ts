import { privateDownload } from '@/lib/http/private-download';
import { exportApplication } from '@/lib/pipeline/export';
import { asMemberRoute } from '@/lib/tenancy/member-route';

/** One application as a ZIP for the HR system, for members only; logged as an export. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/dashboard/[tenant]/applications/[applicationId]/export'>) {
  const { tenant, applicationId } = await params;
  return asMemberRoute(tenant, async (tx, member) => {
    const exported = await exportApplication(tx, member, applicationId);
    return exported && privateDownload(exported.zip, { contentType: 'application/zip', fileName: `${exported.reference}.zip` });
  });
}
