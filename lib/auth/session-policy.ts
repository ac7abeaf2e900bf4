/**
 * Session rules shared by the edge middleware, Auth.js callbacks and the data
 * wrapper. Edge-safe and pure: no database, no Node APIs.
 */

/** Claims we add to the Auth.js JWT. */
export interface SessionClaims {
  uid: string;
  /** users.session_version at sign-in; a bump revokes the token. */
  sv: number;
  /** Sign-in time (ms): the absolute cap counts from here. */
  loginAt: number;
  /** Last real activity (ms): the idle limit counts from here. */
  lastActivity: number;
  /** Slugs of the tenants the user belonged to at sign-in (the edge gate). */
  tenants: string[];
  staff: boolean;
  /** Platform staff without a second factor yet: enrol before anything else. */
  mustEnrolMfa: boolean;
}

export interface SessionLimits {
  idleMs: number;
  maxMs: number;
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** From SESSION_IDLE_MINUTES (decimals allowed) and SESSION_MAX_HOURS. */
export function sessionLimits(env: Record<string, string | undefined> = process.env): SessionLimits {
  return {
    idleMs: Math.round(positive(env.SESSION_IDLE_MINUTES, 30) * 60_000),
    maxMs: Math.round(positive(env.SESSION_MAX_HOURS, 12) * 3_600_000),
  };
}

export type SessionState = 'active' | 'idle' | 'expired';

/** Absolute lifetime wins over idleness: an expired session says so even when it was also idle. */
export function sessionState(claims: Pick<SessionClaims, 'loginAt' | 'lastActivity'>, now: number, limits: SessionLimits): SessionState {
  if (!Number.isFinite(claims.loginAt) || !Number.isFinite(claims.lastActivity)) return 'expired';
  if (now - claims.loginAt >= limits.maxMs) return 'expired';
  if (now - claims.lastActivity >= limits.idleMs) return 'idle';
  return 'active';
}

/** When the idle sign-out will happen, for the warning shown two minutes before. */
export function idleDeadline(claims: Pick<SessionClaims, 'loginAt' | 'lastActivity'>, limits: SessionLimits): number {
  return Math.min(claims.lastActivity + limits.idleMs, claims.loginAt + limits.maxMs);
}

/**
 * A callbackUrl we may send the user to after signing in: a same-origin
 * relative path only. Rejects absolute and protocol-relative URLs, backslash
 * tricks and control characters; anything else falls back to null.
 */
export function safeCallbackUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return null;
  try {
    const parsed = new URL(value, 'http://same.invalid');
    if (parsed.origin !== 'http://same.invalid') return null;
    return parsed.pathname + parsed.search + parsed.hash;
  } catch {
    return null;
  }
}

/** Norwegian at the root, English under /en. */
export function withLocalePrefix(locale: string, path: string): string {
  if (locale !== 'en') return path;
  return path === '/' ? '/en' : `/en${path}`;
}

/** The name of the marker cookie that lets us tell "idle" from "never signed in". */
export const SESSION_MARKER_COOKIE = 'sr_signed_in';

/** Auth.js's session cookie (also its chunks and the __Secure- form). Its presence is a hint, never proof of a session. */
export const SESSION_COOKIE_NAME = /(^|-)authjs\.session-token(\.\d+)?$/;

/** How long the session has left before the idle (or absolute) sign-out, if nothing happens. */
export function remainingSessionMs(claims: Pick<SessionClaims, 'loginAt' | 'lastActivity'>, now: number = Date.now(), limits: SessionLimits = sessionLimits()): number {
  return Math.max(0, idleDeadline(claims, limits) - now);
}

/** For a page being rendered now: this request was activity (middleware slid the cookie). */
export function remainingAfterThisRequest(claims: Pick<SessionClaims, 'loginAt'>, limits: SessionLimits = sessionLimits()): number {
  const now = Date.now();
  return remainingSessionMs({ loginAt: claims.loginAt, lastActivity: now }, now, limits);
}
