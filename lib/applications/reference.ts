import { randomInt } from 'node:crypto';

// Crockford-style alphabet: no I, L, O or U, so a reference read aloud on the phone is unambiguous.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A short human code for the receipt, e.g. "SR-7KD2-M9QX" (40 bits of randomness). */
export function newReference(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `SR-${code.slice(0, 4)}-${code.slice(4)}`;
}

export const REFERENCE_SHAPE = /^SR-[0-9A-Z]{4}-[0-9A-Z]{4}$/;
