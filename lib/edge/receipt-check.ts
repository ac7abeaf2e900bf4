/**
 * A receipt address with a signature we did not make (lib/applications/receipt-link.ts), told apart at the edge
 * with the same HMAC through WebCrypto: the middleware answers it with the ordinary 404 page, as HTML, before the
 * receipt page (rendered per request, so it cannot give a 404 a body without JavaScript) is asked. A well-signed
 * address still goes to the page, which checks again and looks the receipt up. Edge-safe: no Node APIs.
 */
import { LOCALE_PREFIX } from '@/i18n/paths';

const RECEIPT_PAGE = new RegExp(`^${LOCALE_PREFIX}/careers/[a-z0-9-]+/[a-z0-9-]+/apply/receipt/?$`);
const REFERENCE_SHAPE = /^SR-[0-9A-Z]{4}-[0-9A-Z]{4}$/;
const keys = new Map<string, Promise<CryptoKey>>();

/** lib/auth/tokens keyedMac's key for a purpose, as WebCrypto holds it. */
function keyFor(secret: string, purpose: 'receipt' | 'profile' = 'receipt'): Promise<CryptoKey> {
  const cacheKey = `${purpose}\u0000${secret}`;
  let key = keys.get(cacheKey);
  if (!key) {
    key = crypto.subtle.importKey('raw', new TextEncoder().encode(`seerecruit:${purpose}:${secret}`), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    if (keys.size > 4) keys.clear();
    keys.set(cacheKey, key);
  }
  return key;
}

function base64url(bytes: ArrayBuffer): string {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The receipt signature for a reference: the first 22 characters of its base64url HMAC-SHA256. */
export async function receiptSignature(reference: string, secret: string): Promise<string> {
  return base64url(await crypto.subtle.sign('HMAC', await keyFor(secret), new TextEncoder().encode(reference))).slice(0, 22);
}

/** True for a receipt address whose reference is malformed or whose signature does not match; false for any other path. */
export async function isForgedReceipt(url: URL, secret: string | undefined): Promise<boolean> {
  if (!RECEIPT_PAGE.test(url.pathname)) return false;
  const reference = url.searchParams.get('ref') ?? '';
  const signature = url.searchParams.get('sig') ?? '';
  if (!REFERENCE_SHAPE.test(reference) || !secret) return true;
  return !sameSignature(await receiptSignature(reference, secret), signature);
}

/** Both strings are ours to compare at the same length; a mismatch in length is already an answer. */
function sameSignature(expected: string, signature: string): boolean {
  let diff = expected.length ^ signature.length;
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ signature.charCodeAt(i % Math.max(signature.length, 1));
  return diff === 0;
}

/** Personprofilen's pages (lib/profile/link.ts): /personprofil/{tenant} and /en/profile/{tenant}, with ?ref=&sig=. */
const PROFILE_PAGE = /^(?:\/personprofil|\/en\/profile)\/([a-z0-9-]+)\/?$/;

/** The profile link's signature: the same HMAC as lib/profile/link.ts signProfileLink, over "slug:reference". */
export async function profileLinkSignature(tenantSlug: string, reference: string, secret: string): Promise<string> {
  return base64url(await crypto.subtle.sign('HMAC', await keyFor(secret, 'profile'), new TextEncoder().encode(`${tenantSlug}:${reference}`))).slice(0, 22);
}

/** True for a profile address whose reference is malformed or whose signature is not ours for this employer and reference. */
export async function isForgedProfileLink(url: URL, secret: string | undefined): Promise<boolean> {
  const match = PROFILE_PAGE.exec(url.pathname);
  if (!match) return false;
  const reference = url.searchParams.get('ref') ?? '';
  const signature = url.searchParams.get('sig') ?? '';
  if (!REFERENCE_SHAPE.test(reference) || !secret) return true;
  return !sameSignature(await profileLinkSignature(match[1]!, reference, secret), signature);
}
