import { privateDownload } from '@/lib/http/private-download';
import { exportJob } from '@/lib/pipeline/export';
import { asMemberRoute } from '@/lib/tenancy/member-route';

/** All of a job's applications as one ZIP with a summary.csv, for members only; each application logged as an export. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/dashboard/[tenant]/jobs/[jobId]/export'>) {
  const { tenant, jobId } = await params;
  return asMemberRoute(tenant, async (tx, member) => {
    const exported = await exportJob(tx, member, jobId);
    return exported && privateDownload(exported.zip, { contentType: 'application/zip', fileName: `${exported.slug}.zip` });
  });
}
