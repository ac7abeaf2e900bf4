import type { BrowserContext } from '@playwright/test';
import { decode, encode } from 'next-auth/jwt';
import { e2eEnv } from '../../playwright.config';
import type { SessionClaims } from '../../lib/auth/session-policy';

/**
 * The Auth.js session cookie, read and minted in the test with the e2e secret,
 * so a session can be made to look as old as a test needs without waiting.
 * Over http the cookie is `authjs.session-token`, and Auth.js salts its key
 * with the cookie's name. The claims are ours (auth.config.ts,
 * lib/auth/session-policy.ts); the user id and session version must be real,
 * so they are taken from a session signed in through the form.
 */
export const SESSION_COOKIE = 'authjs.session-token';
/** Set by middleware while signed in, holding loginAt: it lets the server tell "idle" from "never signed in". */
export const MARKER_COOKIE = 'sr_signed_in';

/** The decoded token: our claims (lib/auth/session-policy) plus what Auth.js adds (sub, iat, exp, jti). */
export type SessionToken = SessionClaims & { sub?: string; [claim: string]: unknown };

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

const secret = e2eEnv.AUTH_SECRET;

async function sessionCookie(context: BrowserContext) {
  return (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
}

/** The claims of the context's current session cookie (throws when there is none). */
export async function readSession(context: BrowserContext): Promise<SessionToken> {
  const cookie = await sessionCookie(context);
  if (!cookie) throw new Error(`no ${SESSION_COOKIE} cookie in this context`);
  const token = await decode({ token: cookie.value, secret, salt: SESSION_COOKIE });
  if (!token) throw new Error('the session cookie did not decode with the e2e AUTH_SECRET');
  return token as unknown as SessionToken;
}

/**
 * Replace the context's session with one whose sign-in and last activity lie
 * in the past (the rest of the claims copied from `from`), and set the marker
 * cookie to that sign-in time, as middleware would have.
 */
export async function mintSession(context: BrowserContext, baseURL: string, from: SessionToken, times: { loginAt: number; lastActivity: number }) {
  // Drop Auth.js's own bookkeeping (iat, exp, jti): encode sets fresh ones.
  const { iat: _iat, exp: _exp, jti: _jti, ...claims } = from;
  void _iat;
  void _exp;
  void _jti;
  const value = await encode({ token: { ...claims, ...times }, secret, salt: SESSION_COOKIE });
  const url = new URL(baseURL).origin;
  await context.addCookies([
    { name: SESSION_COOKIE, value, url, httpOnly: true, sameSite: 'Lax' },
    { name: MARKER_COOKIE, value: String(times.loginAt), url, httpOnly: true, sameSite: 'Lax' },
  ]);
}

export async function hasSessionCookie(context: BrowserContext) {
  return Boolean(await sessionCookie(context));
}
