import 'server-only';
import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { settings } from '@/lib/settings/env';

/** A random token for a link (reset, invitation); only its hash is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function secret(): string {
  const value = settings().AUTH_SECRET;
  if (!value) throw new Error('AUTH_SECRET is not set');
  return value;
}

/**
 * HMAC-SHA256 keyed with AUTH_SECRET, domain-separated by purpose (and from
 * Auth.js's own use of the secret). There is no fallback key: no secret, no MAC.
 */
export function keyedMac(purpose: 'signed-value' | 'receipt' | 'profile' | 'known-device' | 'recovery-code' | 'audit-email', value: string): Buffer {
  return createHmac('sha256', `seerecruit:${purpose}:${secret()}`).update(value).digest();
}

const derived = new Map<string, Buffer>();

/**
 * A 32-byte key of its own for one use, derived from AUTH_SECRET with HKDF-SHA256 (RFC 5869), so a key that
 * leaks from one use (say a rate-limit key in a support dump) says nothing about AUTH_SECRET or any other key.
 * Cached per secret: tests change AUTH_SECRET between cases.
 */
export function derivedKey(purpose: 'rate-limit-key' | 'visit-log'): Buffer {
  const value = secret();
  const cacheKey = `${purpose}\u0000${value}`;
  let key = derived.get(cacheKey);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', value, 'seerecruit', `seerecruit:${purpose}`, 32));
    derived.clear();
    derived.set(cacheKey, key);
  }
  return key;
}

/** Constant-time comparison of a MAC we expect with one we were given. */
export function macMatches(expected: Buffer, given: Buffer): boolean {
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** value.signature, for short-lived values carried by the browser (the MFA ticket). */
export function signValue(value: string): string {
  const body = Buffer.from(value).toString('base64url');
  return `${body}.${keyedMac('signed-value', body).toString('base64url')}`;
}

export function verifySignedValue(signed: string): string | null {
  const [body, mac] = signed.split('.');
  if (!body || !mac) return null;
  if (!macMatches(keyedMac('signed-value', body), Buffer.from(mac, 'base64url'))) return null;
  return Buffer.from(body, 'base64url').toString();
}
