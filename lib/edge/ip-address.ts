/**
 * Client addresses from request headers, pure and edge-safe: lib/security/client-ip.ts (rate limits, the audit
 * log) and the visit log in middleware (lib/edge/visit-log.ts) read them by the same rule.
 */

/**
 * The client's address. Each proxy in front of us appends the address it saw to X-Forwarded-For, so with `hops`
 * trusted proxies the entry `hops` from the end is the client as our outermost proxy saw it; any entry before it
 * was written by the client and proves nothing. (Next fills the header with the socket's address only when it is
 * absent, so a server exposed without a proxy cannot tell a forged header from a real one.)
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

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?::\d{1,5})?$/;

/** A dotted IPv4 address (a port allowed and dropped) in its plain form, or null. */
export function ipv4Of(value: string): string | null {
  const m = IPV4.exec(value);
  if (!m) return null;
  const parts = m.slice(1, 5).map(Number);
  return parts.every((p) => p <= 255) ? parts.join('.') : null;
}

/** The eight 16-bit groups of an IPv6 address (with `::` and a dotted IPv4 tail), or null. */
export function ipv6Groups(value: string): number[] | null {
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

/** IPv6 groups without brackets, port or zone (`[2001:db8::1]:443`, `fe80::1%eth0`), or null. */
export function ipv6GroupsOf(raw: string): number[] | null {
  return ipv6Groups(raw.replace(/^\[([^\]]+)\](:\d+)?$/, '$1').replace(/%.*$/, ''));
}

/** The IPv4 address an IPv4-mapped IPv6 address (`::ffff:192.0.2.1`) stands for, or null. */
export function mappedIpv4(groups: readonly number[]): string | null {
  if (!(groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff)) return null;
  return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join('.');
}

/** RFC 5952's short form: lower case, no leading zeros, the longest run (2+) of zero groups as `::`. */
function ipv6Text(groups: readonly number[]): string {
  let best = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) [best, bestLength] = [i, j - i];
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLength).join(':')}`;
}

/**
 * One spelling per address, for storing: IPv4 dotted, an IPv4-mapped IPv6 address as the IPv4 it maps, any other
 * IPv6 in RFC 5952's short form; a port, brackets or zone dropped. Anything that is not an address gives null.
 */
export function canonicalIp(ip: string | null | undefined): string | null {
  const raw = ip?.trim();
  if (!raw || raw.length > 64) return null;
  const v4 = ipv4Of(raw);
  if (v4) return v4;
  const groups = ipv6GroupsOf(raw);
  if (!groups) return null;
  return mappedIpv4(groups) ?? ipv6Text(groups);
}
