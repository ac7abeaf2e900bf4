import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random token for a link (reset, invitation); only its hash is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function secret(): string {
  const value = process.env.AUTH_SECRET;
  if (!value) throw new Error('AUTH_SECRET is not set');
  return value;
}

/** value.signature, HMAC-SHA256 with AUTH_SECRET (domain-separated from Auth.js's own use). */
export function signValue(value: string): string {
  const body = Buffer.from(value).toString('base64url');
  const mac = createHmac('sha256', `seerecruit:signed-value:${secret()}`).update(body).digest('base64url');
  return `${body}.${mac}`;
}

export function verifySignedValue(signed: string): string | null {
  const [body, mac] = signed.split('.');
  if (!body || !mac) return null;
  const expected = createHmac('sha256', `seerecruit:signed-value:${secret()}`).update(body).digest();
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return Buffer.from(body, 'base64url').toString();
}
