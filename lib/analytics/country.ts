import 'server-only';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Reader, type Response } from 'mmdb-lib';
import { ipv4Of, ipv6GroupsOf } from '@/lib/edge/ip-address';
import { isCountry } from '@/lib/edge/visit-batch';

/**
 * The visitor's country from an offline database when no platform in front tells it (VISIT_COUNTRY_HEADER):
 * @ip-location-db/geo-whois-asn-country-mmdb (CC0; built from the regional registries' data, NRO statistics
 * CC BY 4.0), one 8 MB file read once per process, a lookup ~4 µs. Read from node_modules beside the app rather
 * than bundled (next.config.ts outputFileTracingIncludes keeps it in a traced build).
 */
export const COUNTRY_DATABASE = join('node_modules', '@ip-location-db', 'geo-whois-asn-country-mmdb', 'geo-whois-asn-country.mmdb');

// This database's records are { country_code }, not MaxMind's shape: read as the library's type, narrowed below.
let reader: Reader<Response> | undefined;

function database(): Reader<Response> {
  return (reader ??= new Reader<Response>(readFileSync(join(process.cwd(), COUNTRY_DATABASE))));
}

// Addresses that belong to no country: private, loopback, link-local, shared, documentation, multicast, reserved.
// The database gives some of them a country (192.168.0.0/16 comes back as AU), so they are answered here.
const V4_NOWHERE: ReadonlyArray<readonly [number, number]> = [
  [0x00000000, 8], [0x0a000000, 8], [0x64400000, 10], [0x7f000000, 8], [0xa9fe0000, 16], [0xac100000, 12],
  [0xc0000000, 24], [0xc0000200, 24], [0xc0a80000, 16], [0xc6120000, 15], [0xc6336400, 24], [0xcb007100, 24], [0xe0000000, 3],
];

function v4Nowhere(ip: string): boolean {
  const n = ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
  return V4_NOWHERE.some(([net, bits]) => Math.floor(n / 2 ** (32 - bits)) === Math.floor(net / 2 ** (32 - bits)));
}

function v6Nowhere(groups: readonly number[]): boolean {
  const first = groups[0]!;
  return (
    groups.every((g, i) => g === 0 || (i === 7 && g === 1)) || // :: and ::1
    (first & 0xfe00) === 0xfc00 || // unique local fc00::/7
    (first & 0xffc0) === 0xfe80 || // link-local fe80::/10
    (first & 0xff00) === 0xff00 || // multicast
    (first === 0x2001 && groups[1] === 0x0db8) // documentation
  );
}

function nowhere(ip: string): boolean {
  const v4 = ipv4Of(ip);
  if (v4) return v4Nowhere(v4);
  const groups = ipv6GroupsOf(ip);
  return !groups || v6Nowhere(groups);
}

/** ISO 3166-1 alpha-2 for a public address, or null (private, unknown, not an address). */
export function countryOf(ip: string | null): string | null {
  if (!ip || nowhere(ip)) return null;
  try {
    const record = database().get(ip) as { country_code?: unknown } | null;
    const code = typeof record?.country_code === 'string' ? record.country_code.toUpperCase() : null;
    return isCountry(code) ? code : null;
  } catch {
    return null;
  }
}
