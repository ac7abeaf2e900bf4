/**
 * The definer functions in drizzle/ refuse with messages that start `seerecruit:<code>:` (no personal data).
 * Drizzle wraps the driver's error as `cause`; both drivers keep the server's message there.
 */
export function refusalCode(error: unknown): string | null {
  for (let e = error as { message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    const match = typeof e.message === 'string' ? /seerecruit:([a-z_]+)/.exec(e.message) : null;
    if (match) return match[1]!;
  }
  return null;
}
