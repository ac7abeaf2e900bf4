import type { SignInResult } from './sign-in';

/**
 * How a refused sign-in travels from Auth.js's authorize() to our form: Auth.js
 * passes only a string `code` through its error, so the outcome is encoded here
 * and decoded by the sign-in action, one pair of functions for both ends.
 */
export type SignInRefusal =
  | { kind: 'invalid' }
  | { kind: 'throttled'; retryAfterSeconds: number }
  | { kind: 'mfa_required'; ticket: string }
  | { kind: 'mfa_invalid' };

export function encodeSignInRefusal(result: Exclude<SignInResult, { ok: true }>): string {
  if (result.reason === 'throttled') return `throttled:${result.retryAfter ?? 60}`;
  if (result.reason === 'mfa_required') return `mfa_required:${result.ticket}`;
  return result.reason;
}

export function decodeSignInRefusal(code: string | undefined): SignInRefusal {
  const value = code ?? '';
  if (value.startsWith('mfa_required:')) return { kind: 'mfa_required', ticket: value.slice('mfa_required:'.length) };
  if (value === 'mfa_invalid') return { kind: 'mfa_invalid' };
  if (value.startsWith('throttled:')) return { kind: 'throttled', retryAfterSeconds: Math.max(1, Number(value.slice('throttled:'.length)) || 60) };
  return { kind: 'invalid' };
}
