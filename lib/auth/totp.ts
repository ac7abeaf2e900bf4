import { randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

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

/** Ten single-use recovery codes, shown once; stored hashed. */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const raw = randomBytes(5).toString('hex');
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
}
