/**
 * What one sign-in attempt is counted against (pure: no database, unit-tested).
 *
 * - `pair`: this account from this client (an address, its /64 for IPv6), or
 *   from this known browser. Counted before the work (one atomic upsert, so a
 *   concurrent burst cannot overshoot) and the only key a success refunds, so a
 *   person who mistypes and then gets it right starts afresh, and a stranger
 *   elsewhere cannot use it up for them.
 * - `client`: failures from this client across every account (password
 *   spraying). A success never touches it, so signing in to an account of one's
 *   own does not buy more guesses; a busy office behind one address is not
 *   stopped by its own successful sign-ins either.
 * - `account`: failures for this account from every client together, a ceiling
 *   for guessers spread over many addresses. A browser that signed in to the
 *   account before is only slowed by it, never stopped, so the ceiling cannot
 *   lock the owner out.
 * The two failure counters are read before the work and counted after a
 * failure: a burst can pass them by the number of requests in flight at once,
 * which the pair key (counted first) still bounds per account and client.
 */
export interface SignInLimits {
  pair: { limit: number; windowSeconds: number };
  client: { limit: number; windowSeconds: number };
  account: { limit: number; windowSeconds: number };
  /** How long a known browser waits once the account-wide ceiling is reached. */
  knownDeviceDelayMs: number;
}

export const SIGN_IN_LIMITS: SignInLimits = {
  pair: { limit: 5, windowSeconds: 15 * 60 },
  client: { limit: 100, windowSeconds: 15 * 60 },
  account: { limit: 50, windowSeconds: 15 * 60 },
  knownDeviceDelayMs: 2_000,
};

export type SignInBucket = { kind: 'pair' | 'client' | 'account'; key: string; limit: number; windowSeconds: number };

/**
 * `email` is the normalised address typed (known or not: unknown addresses are
 * counted the same way); `client` is lib/security/client-ip's clientKey;
 * `device` identifies a browser proven (by its signed cookie) to have signed in
 * to this very account before.
 */
export function signInBuckets(
  input: { email: string; client: string | null; device: string | null },
  limits: SignInLimits = SIGN_IN_LIMITS,
): SignInBucket[] {
  const { email, client, device } = input;
  const buckets: SignInBucket[] = [];
  if (device) buckets.push({ kind: 'pair', key: `sign-in:device:${email}:${device}`, ...limits.pair });
  else if (client) buckets.push({ kind: 'pair', key: `sign-in:pair:${email}:${client}`, ...limits.pair });
  // No client address known (no proxy header, or one that is not an address):
  // count under this account alone. Never a shared "unknown" bucket, which would
  // let anyone exhaust it for every visitor without an address at once.
  else buckets.push({ kind: 'pair', key: `sign-in:account-only:${email}`, ...limits.pair });
  if (client) buckets.push({ kind: 'client', key: `sign-in:client:${client}`, ...limits.client });
  buckets.push({ kind: 'account', key: `sign-in:account:${email}`, ...limits.account });
  return buckets;
}

export type SignInVerdict = { kind: 'go'; delayMs: number } | { kind: 'throttled'; retryAfter: number };

/** What the counts mean: the pair always binds; client and ceiling bind only a browser not known to the account. */
export function signInVerdict(
  counted: ReadonlyArray<{ bucket: SignInBucket; allowed: boolean; retryAfter: number }>,
  knownDevice: boolean,
  limits: SignInLimits = SIGN_IN_LIMITS,
): SignInVerdict {
  const binding = counted.filter((c) => !c.allowed && (c.bucket.kind === 'pair' || !knownDevice));
  if (binding.length > 0) return { kind: 'throttled', retryAfter: Math.max(...binding.map((c) => c.retryAfter)) };
  const overCeiling = counted.some((c) => !c.allowed && c.bucket.kind === 'account');
  return { kind: 'go', delayMs: overCeiling ? limits.knownDeviceDelayMs : 0 };
}
