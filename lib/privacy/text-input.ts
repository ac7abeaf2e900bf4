import { z } from 'zod';
import { hasControlCharacters } from './clean-text';

/** The error code every form shows for a control character (each form's messages have words for it). */
export const CONTROL_CHARACTERS = 'controlCharacters';

/**
 * A free-text form field (review M7): a string that is refused, with a field
 * error, when it holds NUL or another control character, before any other
 * check and before any query. `multiline` lets tabs and line breaks through
 * (a textarea sends CR LF). Chain the field's own rules after it.
 */
export function freeText(options: { multiline?: boolean; error?: string } = {}) {
  const base = options.error ? z.string({ error: options.error }) : z.string();
  return base.refine((value) => !hasControlCharacters(value, options.multiline ?? false), { error: CONTROL_CHARACTERS, abort: true });
}
