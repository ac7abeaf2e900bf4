import { cookies } from 'next/headers';
import { asLocale } from '@/i18n/paths';
import { candidateExportStream } from '@/lib/candidate/export';
import { PORTAL_COOKIE } from '@/lib/candidate/links';
import { attachmentDisposition, notThereResponse } from '@/lib/http/private-download';

export const dynamic = 'force-dynamic';

/** Her copy (GDPR Art. 15 and 20): a ZIP streamed as it is built, for a live portal session only; logged. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/privacy/request/export'>) {
  const locale = asLocale((await params).locale);
  const session = (await cookies()).get(PORTAL_COOKIE)?.value ?? '';
  const stream = await candidateExportStream(session, locale);
  if (!stream) return notThereResponse();
  return new Response(stream, {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': attachmentDisposition('seerecruit-data.zip'),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
