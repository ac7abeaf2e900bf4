import { withTenant } from '@/db/doors';
import { requireSession } from '@/lib/auth/session';
import { downloadApplicationFile } from '@/lib/pipeline/detail';
import { findMembership } from '@/lib/tenancy/guard';

/** Missing, foreign and not-a-member all get these same bytes. */
function notThere(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' } });
}

/** RFC 5987 filename*: percent-encoded UTF-8, so any name is safe in the header. */
function contentDisposition(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename*=UTF-8''${encoded}`;
}

/**
 * An attachment's bytes, for members only: the same session check as pages
 * (signed out → sign-in), membership read from the database, then the read
 * and its access-log row in one tenant transaction under RLS.
 */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/dashboard/[tenant]/applications/[applicationId]/files/[fileId]'>) {
  const { tenant, applicationId, fileId } = await params;
  const claims = await requireSession();
  const membership = await findMembership(tenant, claims.uid);
  if (!membership) return notThere();
  const file = await withTenant({ tenantId: membership.tenantId, userId: claims.uid }, (tx) =>
    downloadApplicationFile(tx, { tenantId: membership.tenantId, userId: claims.uid }, applicationId, fileId),
  );
  if (!file) return notThere();
  return new Response(new Uint8Array(file.content), {
    status: 200,
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': contentDisposition(file.fileName),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
}
