import 'server-only';
import { sql } from 'drizzle-orm';
import { after } from 'next/server';
import { rowsOf } from '@/db/client';
import { withSystem } from '@/db/doors';
import type { Locale } from '@/i18n/routing';
import { hashToken, newToken } from '@/lib/auth/tokens';
import { deliverDueEmails } from '@/lib/email/worker';
import { consumeRateLimits } from '@/lib/rate-limit';
import { clientKey } from '@/lib/security/client-ip';
import { logServerError } from '@/lib/server/log';
import { appUrl } from '@/lib/settings/env';
import { portalPaths } from './links';

export interface CandidateLinkRequest {
  email: string;
  locale: Locale;
  /** 'form': she typed it at /personvern/innsyn; 'staff': support sends it after she wrote to us (no client limit). */
  origin: 'form' | 'staff';
  /** The requesting client's address, for the per-client limit of the form. */
  clientIp?: string | null;
}

/** Work after the response: by default Next's after(), so the answer leaves before any lookup is made. */
export type Defer = (work: () => Promise<void>) => void;

const deferAfterResponse: Defer = (work) =>
  after(() =>
    work()
      .then(() => deliverDueEmails())
      // Nothing about the address in a log line (lib/server/log.ts).
      .then(() => undefined, (error: unknown) => logServerError('candidate link request failed', error)),
  );

export const LINK_LIMITS = { perAddress: 5, perClient: 20, windowSeconds: 3600 } as const;

/**
 * The candidate asks for her link. The caller always shows the same answer ("if we hold anything, a link is on
 * its way"), and this function does the same work whatever we hold: it counts the attempt against the limits,
 * makes a token and defers one database call, portal_request_link, which stores the link's hash and queues the
 * email only when an application has that address. The lookup runs after the response has left (after()), so
 * neither the answer nor its timing says whether we hold anything.
 */
export async function requestCandidateLink(input: CandidateLinkRequest, options: { defer?: Defer } = {}): Promise<void> {
  const email = input.email.trim().toLowerCase();
  if (!email || email.length > 320) return;
  const limits: { key: string; limit: number; windowSeconds: number }[] = [{ key: `portal:email:${email}`, limit: LINK_LIMITS.perAddress, windowSeconds: LINK_LIMITS.windowSeconds }];
  if (input.origin === 'form') limits.push({ key: `portal:client:${clientKey(input.clientIp) ?? 'unknown'}`, limit: LINK_LIMITS.perClient, windowSeconds: LINK_LIMITS.windowSeconds });
  const counted = await consumeRateLimits(limits);
  if (counted.some((r) => !r.allowed)) return;
  const token = newToken();
  const url = `${appUrl()}${portalPaths.open(input.locale, token)}`;
  const work = async () => {
    await withSystem('candidate-request', (tx) =>
      tx.execute(sql`select public.portal_request_link(${email}, ${hashToken(token)}, ${input.locale}, ${url}, ${input.origin})`),
    );
  };
  (options.defer ?? deferAfterResponse)(work);
}

/**
 * Expired links and portal sessions, and the dev outbox's copies of links that are used or expired
 * (prune_candidate_portal, drizzle/0037): run by housekeeping, not only when the next link is asked for.
 */
export async function pruneCandidatePortal(): Promise<number> {
  const [row] = await withSystem('candidate-request', async (tx) => rowsOf<{ n: number }>(await tx.execute(sql`select public.prune_candidate_portal() as n`)));
  return Number(row?.n ?? 0);
}
