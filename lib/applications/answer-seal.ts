import 'server-only';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { keyedMac, macMatches } from '@/lib/auth/tokens';
import type { ApplyState } from './form-state';

/**
 * The apply endpoint answers a plain form post that was refused by rendering the
 * apply page with the form's state (errors, what was typed). It asks our own
 * server for that page on the loopback address with the state in this header,
 * sealed with a keyed MAC and valid for a minute, so nobody else can make the
 * page show a message of their choosing. The state never travels in a URL.
 */
export const APPLY_ANSWER_HEADER = 'x-apply-answer';
const LIFETIME_MS = 60_000;
/** Node refuses request headers over 16 KB in all. */
const MAX_SEALED = 12_000;
const mac = (body: string) => keyedMac('signed-value', `apply-answer:${body}`).toString('base64url');

export function sealAnswer(state: ApplyState, now = Date.now()): string {
  const seal = (s: ApplyState) => {
    const body = deflateRawSync(JSON.stringify({ s, exp: now + LIFETIME_MS })).toString('base64url');
    return `${body}.${mac(body)}`;
  };
  const sealed = seal(state);
  // Only a letter of thousands of characters that do not compress gets here: it is not shown again.
  return sealed.length <= MAX_SEALED ? sealed : seal({ ...state, values: { ...state.values, coverLetter: '' } });
}

export function openAnswer(sealed: string | null, now = Date.now()): ApplyState | null {
  const [body, given] = (sealed ?? '').split('.');
  if (!body || !given || !macMatches(Buffer.from(mac(body)), Buffer.from(given))) return null;
  try {
    const { s, exp } = JSON.parse(inflateRawSync(Buffer.from(body, 'base64url')).toString()) as { s: ApplyState; exp: number };
    return exp > now ? s : null;
  } catch {
    return null;
  }
}
