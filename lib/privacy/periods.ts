/**
 * How long the things that are not applications are kept. One place for the numbers: the housekeeping
 * (lib/retention/housekeeping.ts) deletes by them and the privacy page (components/content/privacy-*.tsx)
 * prints them, so the page cannot promise one period while the code keeps another. The audit log's year is also
 * written in its SQL (drizzle/0039); tests/integration/audit-retention.test.ts holds the two together.
 * No imports: the privacy page is a server component, the rest is server code, both read it.
 */
export const KEPT = {
  /** A sent or failed email keeps address, content and payload this long, then only template, dates, reference. */
  emailCopyDays: 30,
  /** A rate-limit window (keyed hash, window start, count) is dropped once it started this long ago. */
  rateLimitHours: 24,
  /** Audit lines (sign-ins, team changes, security events, with the IP) are deleted after this many days. */
  auditLogDays: 365,
  /** A visit's full IP address is kept this long, then shortened to its network (/24 IPv4, /48 IPv6; drizzle/0040). */
  visitIpDays: 30,
  /** How often the housekeeping and the retention purge run in the server (and /api/cron/retention). */
  housekeepingMinutes: 10,
  /** The host keeps server logs (which carry no form values, only where and what kind of error) this long. */
  serverLogDays: 30,
} as const;
