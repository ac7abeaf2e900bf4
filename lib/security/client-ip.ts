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
  const groups = ipv6Groups(raw.replace(/^\[([^\]]+)\](:\d+)?$/, '$1').replace(/%.*$/, ''));
  if (!groups) return null;
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join('.');
  }
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(':')}::/64`;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?::\d{1,5})?$/;

function ipv4Of(value: string): string | null {
  const m = IPV4.exec(value);
  if (!m) return null;
  const parts = m.slice(1, 5).map(Number);
  return parts.every((p) => p <= 255) ? parts.join('.') : null;
}

/** The eight 16-bit groups of an IPv6 address (with `::` and a dotted IPv4 tail), or null. */
function ipv6Groups(value: string): number[] | null {
  if (!/^[0-9a-f:.]+$/i.test(value) || value.split('::').length > 2) return null;
  const toGroups = (part: string): number[] | null => {
    if (part === '') return [];
    const out: number[] = [];
    const pieces = part.split(':');
    for (const [i, piece] of pieces.entries()) {
      if (i === pieces.length - 1 && piece.includes('.')) {
        const v4 = ipv4Of(piece);
        if (!v4 || v4 !== piece.split('.').map(Number).join('.')) return null;
        const [a, b, c, d] = v4.split('.').map(Number) as [number, number, number, number];
        out.push((a << 8) | b, (c << 8) | d);
      } else if (/^[0-9a-f]{1,4}$/i.test(piece)) {
        out.push(parseInt(piece, 16));
      } else {
        return null;
      }
    }
    return out;
  };
  const [head, tail] = value.split('::') as [string, string | undefined];
  const left = toGroups(head);
  const right = tail === undefined ? [] : toGroups(tail);
  if (!left || !right) return null;
  if (tail === undefined) return left.length === 8 ? left : null;
  const missing = 8 - left.length - right.length;
  return missing >= 1 ? [...left, ...Array<number>(missing).fill(0), ...right] : null;
}
