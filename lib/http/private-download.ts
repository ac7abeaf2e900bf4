import 'server-only';
import { asciiFileName } from '@/lib/applications/file-names';

/**
 * The name twice (RFC 6266): `filename=` in plain ASCII for old clients, and `filename*` (RFC 5987, percent-encoded
 * UTF-8) that every current browser prefers. `inline` for the preview. A candidate's file gets its name from
 * downloadFileName first (our base, the sniffed extension); this only encodes.
 */
export function attachmentDisposition(fileName: string, kind: 'attachment' | 'inline' = 'attachment'): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${encoded}`;
}

const PRIVATE = { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' } as const;

/** A member's download (a CV, an export): their type, saved rather than opened, never cached by anyone else. */
export function privateDownload(bytes: Uint8Array | ReadableStream<Uint8Array>, opts: { contentType: string; fileName: string; inline?: boolean; headers?: Record<string, string> }): Response {
  return new Response(bytes as unknown as BodyInit, {
    headers: {
      'Content-Type': opts.contentType,
      'Content-Disposition': attachmentDisposition(opts.fileName, opts.inline ? 'inline' : 'attachment'),
      ...PRIVATE,
      ...opts.headers,
    },
  });
}

/** Missing, foreign and not-a-member all get these same bytes from a dashboard route handler. */
export function notThereResponse(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...PRIVATE } });
}
