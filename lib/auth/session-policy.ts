/**
 * Session rules shared by the edge middleware, Auth.js callbacks and the data
 * wrapper. Edge-safe and pure: no database, no Node APIs.
 */
import { isHttps, sessionSettings, type SessionSettings } from '@/lib/settings/env';

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
  /**
   * This session's id, made at sign-in and kept for its life (Auth.js's own `jti`
   * changes at every re-issue): signing out puts it on the revoked list.
   */
  sid?: string;
}

/**
 * `mustEnrolMfa` after a refresh from the database: a session that still had to enrol is let off only by
 * enrolling in it, so staff who enrolled in another browser do not upgrade a session that never gave a code.
 */
export function mustEnrolAfterRefresh(before: boolean, fromDatabase: boolean, enrolledInThisSession: boolean): boolean {
  return fromDatabase || (before && !enrolledInThisSession);
}

export interface SessionLimits {
  idleMs: number;
  maxMs: number;
}

/** From SESSION_IDLE_MINUTES (decimals allowed) and SESSION_MAX_HOURS, as the settings schema validated them. */
export function sessionLimits(s: Pick<SessionSettings, 'SESSION_IDLE_MINUTES' | 'SESSION_MAX_HOURS'> = sessionSettings()): SessionLimits {
  return {
    idleMs: Math.round(s.SESSION_IDLE_MINUTES * 60_000),
    maxMs: Math.round(s.SESSION_MAX_HOURS * 3_600_000),
  };
}

/** The claims of a decoded token, or null when it is not one of ours. */
export function claimsOf(token: unknown): SessionClaims | null {
  const t = token as Partial<SessionClaims> | null | undefined;
  if (!t || typeof t.uid !== 'string' || typeof t.sv !== 'number' || typeof t.loginAt !== 'number' || typeof t.lastActivity !== 'number') return null;
  return {
    uid: t.uid,
    sv: t.sv,
    loginAt: t.loginAt,
    lastActivity: t.lastActivity,
    tenants: Array.isArray(t.tenants) ? t.tenants.filter((s): s is string => typeof s === 'string') : [],
    staff: t.staff === true,
    mustEnrolMfa: t.mustEnrolMfa === true,
    ...(typeof t.sid === 'string' ? { sid: t.sid } : {}),
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
    const normalised = parsed.pathname + parsed.search + parsed.hash;
    // The check holds for what is returned, not only for what came in: '/.//evil.com'
    // normalises to '//evil.com', which a browser reads as another host.
    if (!normalised.startsWith('/') || normalised.startsWith('//') || normalised.startsWith('/\\')) return null;
    return normalised;
  } catch {
    return null;
  }
}


/** The name of the marker cookie that lets us tell "idle" from "never signed in". */
export const SESSION_MARKER_COOKIE = 'sr_signed_in';

/** Auth.js's session cookie (also its chunks and the __Secure- form). Its presence is a hint, never proof of a session. */
export const SESSION_COOKIE_NAME = /(^|-)authjs\.session-token(\.\d+)?$/;

/** The name Auth.js gives the session cookie here (and the JWT salt): __Secure- on https. */
export function sessionCookieName(secure: boolean = isHttps()): string {
  return `${secure ? '__Secure-' : ''}authjs.session-token`;
}

/**
 * The session token from a cookie jar, as Auth.js writes it: whole, or split
 * into `name.0`, `name.1`, … when it outgrows one cookie (many memberships).
 */
export function sessionTokenFrom(all: ReadonlyArray<{ name: string; value: string }>, name: string = sessionCookieName()): string | null {
  const whole = all.find((c) => c.name === name);
  if (whole) return whole.value;
  const chunks = all
    .map((c) => ({ c, index: c.name.startsWith(`${name}.`) ? Number(c.name.slice(name.length + 1)) : NaN }))
    .filter((x) => Number.isInteger(x.index) && x.index >= 0)
    .sort((a, b) => a.index - b.index);
  return chunks.length ? chunks.map((x) => x.c.value).join('') : null;
}

/** How long the session has left before the idle (or absolute) sign-out, if nothing happens. */
export function remainingSessionMs(claims: Pick<SessionClaims, 'loginAt' | 'lastActivity'>, now: number = Date.now(), limits: SessionLimits = sessionLimits()): number {
  return Math.max(0, idleDeadline(claims, limits) - now);
}

/** For a page being rendered now: this request was activity (middleware slid the cookie). */
export function remainingAfterThisRequest(claims: Pick<SessionClaims, 'loginAt'>, limits: SessionLimits = sessionLimits()): number {
  const now = Date.now();
  return remainingSessionMs({ loginAt: claims.loginAt, lastActivity: now }, now, limits);
}
