import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The receipt URL carries the reference and a keyed signature, so a guessed
 * reference shows nothing. The receipt itself holds no personal data.
 */
function secret(): string {
  return process.env.AUTH_SECRET || 'seerecruit-receipt';
}

export function signReference(reference: string): string {
  return createHmac('sha256', secret()).update(`receipt:${reference}`).digest('base64url').slice(0, 22);
}

export function verifyReference(reference: string, signature: string): boolean {
  const expected = Buffer.from(signReference(reference));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
