import { randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

export function newTotpSecret(): string {
  return generateSecret();
}

/** One step either side, for phone clocks that drift a little. */
export async function verifyTotp(secret: string, code: string): Promise<boolean> {
  try {
    const result = await verify({ secret, token: code, epochTolerance: 30 });
    return result.valid;
  } catch {
    return false;
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
