import { randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import { hashToken, keyedMac } from './tokens';

export function newTotpSecret(): string {
  return generateSecret();
}

/**
 * One step either side, for phone clocks that drift a little. Returns the code's
 * 30-second step when it matches and is later than `afterStep` (the last code this
 * person used), else null: the caller records the step, so a code works once.
 */
export async function verifyTotp(secret: string, code: string, afterStep: number | null = null): Promise<number | null> {
  try {
    const result = await verify({ secret, token: code, epochTolerance: 30, ...(afterStep === null ? {} : { afterTimeStep: afterStep }) });
    return result.valid && 'timeStep' in result && typeof result.timeStep === 'number' ? result.timeStep : null;
  } catch {
    return null;
  }
}

/** The enrolment QR code as an SVG data URL, rendered on the server (no client JS, no remote image). */
export async function totpQrDataUrl(secret: string, email: string): Promise<{ uri: string; dataUrl: string }> {
  const uri = generateURI({ issuer: 'SeeRecruit', label: email, secret });
  const svg = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { uri, dataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

// Crockford's base32: no i, l, o or u, so a code read aloud or typed from paper survives.
const BASE32 = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * Ten single-use recovery codes, shown once: 80 random bits each, as 16 base32
 * characters in groups of four (`7k2m-q9xd-…`). Stored only as recoveryCodeHash.
 */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(10);
    let bits = 0n;
    for (const b of bytes) bits = (bits << 8n) | BigInt(b);
    const chars = Array.from({ length: 16 }, (_, i) => BASE32[Number((bits >> BigInt(75 - i * 5)) & 31n)]!).join('');
    return chars.match(/.{4}/g)!.join('-');
  });
}

/** A code as typed: case, spaces and dashes do not matter. */
const normaliseRecoveryCode = (code: string) => code.toLowerCase().replace(/[\s-]+/g, '');

/**
 * How a recovery code is stored: an HMAC keyed with AUTH_SECRET (prefix `k1:`),
 * so a copy of the table alone cannot be searched offline.
 */
export function recoveryCodeHash(code: string): string {
  return `k1:${keyedMac('recovery-code', normaliseRecoveryCode(code)).toString('hex')}`;
}

/**
 * The stored forms a typed code may match. Codes made before the change (10 hex
 * characters, `ab12c-3de45`, stored as a bare SHA-256) keep working until the
 * person turns two-step verification off and on again, which replaces every
 * code of theirs with keyed ones: nobody is locked out by the change. Only a
 * code in that old shape is looked up unkeyed, so new codes never are.
 */
export function recoveryCodeHashes(code: string): string[] {
  const typed = code.trim().toLowerCase();
  const normalised = normaliseRecoveryCode(typed);
  const hashes: string[] = [];
  if (/^[0-9a-hjkmnp-tv-z]{16}$/.test(normalised)) hashes.push(recoveryCodeHash(normalised));
  if (/^[0-9a-f]{5}-[0-9a-f]{5}$/.test(typed)) hashes.push(hashToken(typed));
  return hashes;
}
