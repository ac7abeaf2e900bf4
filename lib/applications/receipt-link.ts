import 'server-only';
import { keyedMac, macMatches } from '@/lib/auth/tokens';

/**
 * The receipt URL carries the reference and a keyed signature, so a guessed
 * reference shows nothing. The receipt itself holds no personal data.
 */
export function signReference(reference: string): string {
  return keyedMac('receipt', reference).toString('base64url').slice(0, 22);
}

export function verifyReference(reference: string, signature: string): boolean {
  return macMatches(Buffer.from(signReference(reference)), Buffer.from(signature));
}
