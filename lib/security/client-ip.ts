import { headers } from 'next/headers';
import { settings } from '@/lib/settings/env';

/**
 * The client's address, for rate limits and the audit log. Each proxy in front of
 * us appends the address it saw to X-Forwarded-For, so with `hops` trusted proxies
 * the entry `hops` from the end is the client as our outermost proxy saw it; any
 * entry before it was written by the client and proves nothing. (Next fills the
 * header with the socket's address only when it is absent, so a server exposed
 * without a proxy cannot tell a forged header from a real one.)
 */
export function clientIpFrom(h: Headers, hops: number): string | null {
  if (!Number.isInteger(hops) || hops < 1) throw new Error('clientIpFrom: hops must be a whole number of at least 1');
  const chain = (h.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length > 0) return chain[Math.max(0, chain.length - hops)]!;
  return h.get('x-real-ip')?.trim() || null;
}

/** The current request's client address (server components, actions, route handlers). */
export async function requestIp(): Promise<string | null> {
  return clientIpFrom(await headers(), settings().TRUSTED_PROXY_HOPS);
}
