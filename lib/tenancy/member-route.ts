import 'server-only';
import type { Tx } from '@/db/client';
import { withTenant } from '@/db/doors';
import { requireIdentity } from '@/lib/auth/session';
import { Refused } from '@/lib/errors';
import { notThereResponse } from '@/lib/http/private-download';
import type { MemberCtx } from './context';
import { memberOf } from './member';

/**
 * For route handlers (downloads, exports): the same session check as pages
 * (signed out → sign-in), membership read from the database, then `fn` inside
 * the tenant door. No membership, null from `fn` or Refused('not_found') are
 * all the same 404 bytes.
 */
export async function asMemberRoute(slug: string, fn: (tx: Tx, member: MemberCtx) => Promise<Response | null>): Promise<Response> {
  const { claims, person } = await requireIdentity();
  const member = memberOf(person, claims.uid, slug);
  if (!member) return notThereResponse();
  try {
    return (await withTenant(member, (tx) => fn(tx, member))) ?? notThereResponse();
  } catch (error) {
    if (error instanceof Refused && error.code === 'not_found') return notThereResponse();
    throw error;
  }
}
