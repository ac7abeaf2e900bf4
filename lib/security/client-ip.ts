import { headers } from 'next/headers';
import { clientIpFrom, ipv4Of, ipv6GroupsOf, mappedIpv4 } from '@/lib/edge/ip-address';
import { settings } from '@/lib/settings/env';

export { clientIpFrom };

/** The current request's client address (server components, actions, route handlers). */
export async function requestIp(): Promise<string | null> {
  return clientIpFrom(await headers(), settings().TRUSTED_PROXY_HOPS);
}

/**
 * The key a client's attempts are counted under. An IPv4 address is its own
 * key; an IPv4-mapped IPv6 address (`::ffff:192.0.2.1`) is the IPv4 address it
 * maps; any other IPv6 address counts as its /64, the block one subscriber gets
 * (a /64 holds 2^64 addresses, so per address would be no limit at all). A
 * port or zone is dropped. Anything that is not an address gives null: the
 * caller then has no client to count and must say what it does instead.
 */
export function clientKey(ip: string | null | undefined): string | null {
  const raw = ip?.trim();
  if (!raw) return null;
  const v4 = ipv4Of(raw);
  if (v4) return v4;
  const groups = ipv6GroupsOf(raw);
  if (!groups) return null;
  const mapped = mappedIpv4(groups);
  if (mapped) return mapped;
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(':')}::/64`;
}
