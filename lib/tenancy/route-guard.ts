import { withTenant } from '@/db/doors';
import type { Tx } from '@/db/client';
import { requireSession } from '@/lib/auth/session';
import { findMembership } from './guard';

/** Missing, foreign and not-a-member all get these same bytes from a dashboard route handler. */
export function notThereResponse(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' } });
}

/**
 * For route handlers (downloads, exports): the same session check as pages
 * (signed out → sign-in), membership read from the database, then `fn` inside
 * the tenant door. Null from `fn`, or no membership, is the same 404.
 */
export async function asMemberRoute<T>(slug: string, fn: (tx: Tx, ctx: { tenantId: string; userId: string }) => Promise<T | null>): Promise<T | null> {
  const claims = await requireSession();
  const membership = await findMembership(slug, claims.uid);
  if (!membership) return null;
  const ctx = { tenantId: membership.tenantId, userId: claims.uid };
  return withTenant(ctx, (tx) => fn(tx, ctx));
}

/** RFC 5987 filename*: percent-encoded UTF-8, so any name is safe in the header. `inline` for the preview. */
export function attachmentDisposition(fileName: string, kind: 'attachment' | 'inline' = 'attachment'): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename*=UTF-8''${encoded}`;
}
