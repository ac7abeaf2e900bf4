import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

// Server-side only (imported from actions and lib, never from a client component):
// the dictionaries are large and must not reach the browser.
let factory: ZxcvbnFactory | undefined;
const estimator = () => (factory ??= new ZxcvbnFactory({ graphs: adjacencyGraphs, dictionary: { ...dictionary } }));

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'tooShort' | 'tooLong' | 'tooWeak';

/**
 * At least 12 characters and not guessable according to an offline estimator
 * (common passwords, keyboard walks, repeats, the person's own email or name).
 */
export function passwordProblem(password: string, personal: string[] = []): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (password.length > PASSWORD_MAX_LENGTH) return 'tooLong';
  const inputs = personal.flatMap((p) => [p, ...p.split(/[@.\s_-]+/)]).filter((p) => p.length >= 3);
  const result = estimator().check(password, [...inputs, 'seerecruit', 'passord', 'password']);
  return result.score < 3 ? 'tooWeak' : null;
}
