import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  findSensitiveNumber,
  isLuhnValid,
  isValidDNumber,
  isValidHNumber,
  isValidNationalId,
  isValidNorwegianAccount,
} from '../../lib/privacy/sensitive-numbers';

/**
 * Review L6: the guard must not be dodged by writing a protected number in
 * another script, with invisible characters or with unusual separators.
 * Property-based: fast-check generates valid numbers of every kind (never a
 * committed real one), disguises them and hides them in random text.
 */

// ---- Generators of valid numbers -------------------------------------------

function mod11(digits: string, weights: readonly number[]): number | null {
  const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  const k = 11 - (sum % 11);
  return k === 11 ? 0 : k === 10 ? null : k;
}
const K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** DDMMYY + individual number + both check digits; null when this individual number is never issued. */
function withCheckDigits(nine: string): string | null {
  const k1 = mod11(nine, K1);
  if (k1 === null) return null;
  const k2 = mod11(nine + k1, K2);
  return k2 === null ? null : `${nine}${k1}${k2}`;
}

/** Person numbers on a real date (day 1–28 keeps every month and year valid). */
const personNumber = (dayOffset: number, monthOffset: number) =>
  fc
    .record({ day: fc.integer({ min: 1, max: 28 }), month: fc.integer({ min: 1, max: 12 }), yy: fc.integer({ min: 0, max: 99 }), individual: fc.integer({ min: 0, max: 999 }) })
    .map(({ day, month, yy, individual }) => withCheckDigits(`${pad(day + dayOffset)}${pad(month + monthOffset)}${pad(yy)}${pad(individual, 3)}`))
    .filter((n): n is string => n !== null);

const nationalId = personNumber(0, 0);
const dNumber = personNumber(40, 0);
const hNumber = personNumber(0, 40);

const account = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 })
  .map((ten) => {
    const body = ten.join('');
    const check = mod11(body, K2);
    return check === null ? null : body + check;
  })
  .filter((n): n is string => n !== null && !/^(\d)\1*$/.test(n));

/** Visa, Mastercard (both ranges), Amex, Discover, Maestro, UnionPay. */
const CARD_PREFIXES = ['4', '51', '53', '55', '2221', '2500', '2720', '34', '37', '6011', '65', '6759', '62'];
const card = fc
  .record({ prefix: fc.constantFrom(...CARD_PREFIXES), length: fc.integer({ min: 13, max: 19 }), fill: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 19, maxLength: 19 }) })
  .map(({ prefix, length, fill }) => {
    const body = (prefix + fill.join('')).slice(0, length - 1);
    for (let check = 0; check < 10; check++) if (isLuhnValid(body + check)) return body + check;
    throw new Error('unreachable: one check digit always completes Luhn');
  });

// ---- Disguises --------------------------------------------------------------

/** Zero code points of decimal-digit scripts (each followed by 1–9). */
const DIGIT_ZEROS = [
  0x30, // ASCII
  0xff10, // full-width
  0x0660, // Arabic-Indic
  0x06f0, // extended Arabic-Indic (Persian, Urdu)
  0x0966, // Devanagari
  0x09e6, // Bengali
  0x0e50, // Thai
  0x1d7ce, // mathematical bold
  0x1d7f6, // mathematical monospace
];
const digitIn = fc.constantFrom(...DIGIT_ZEROS).map((zero) => (d: string) => String.fromCodePoint(zero + Number(d)));

/** What may sit between two digits: nothing, invisible characters, separators, odd spaces. */
const BETWEEN = [
  '',
  '\u200b', // zero-width space
  '\u200c', // zero-width non-joiner
  '\u200d', // zero-width joiner
  '\u2060', // word joiner
  '\u00ad', // soft hyphen
  '\ufeff', // BOM / zero-width no-break space
  '\u200e', // left-to-right mark
  ' ',
  '  ',
  '   ',
  '\u00a0', // no-break space
  '\u202f', // narrow no-break space
  '\u2009', // thin space
  '\u3000', // ideographic space
  '\t',
  '\n',
  '+',
  '/',
  ',',
  '.',
  '-',
  '_',
  '\u2013', // en dash
  ' - ',
  ' / ',
  '\u00a0\u00a0',
  '\u200b \u200b',
];

/**
 * ", " separates list items in prose, so only person numbers (date + two check digits, chance hits
 * rare) are refused across it; cards and accounts are tested without it.
 */
const PERSON_BETWEEN = [...BETWEEN, ', ', ' , '];

/** A number as a dodger might write it: each digit in some script, anything from `between` between digits. */
const disguised = (digits: string, between: string[]) =>
  fc
    .record({
      scripts: fc.array(digitIn, { minLength: digits.length, maxLength: digits.length }),
      gaps: fc.array(fc.constantFrom(...between), { minLength: digits.length - 1, maxLength: digits.length - 1 }),
    })
    .map(({ scripts, gaps }) => [...digits].map((d, i) => scripts[i]!(d) + (gaps[i] ?? '')).join(''));

/** Random text around the number; a word of letters on either side so the filler's own digits stay a separate number. */
const filler = fc.string({ unit: 'grapheme', maxLength: 40 });
const embedded = (number: fc.Arbitrary<string>) =>
  fc.tuple(filler, number, filler).map(([before, n, after]) => `${before} søknad ${n} hilsen ${after}`);

const disguisedIn = (valid: fc.Arbitrary<string>, between = BETWEEN) => valid.chain((digits) => embedded(disguised(digits, between)).map((text) => ({ digits, text })));

const RUNS = { numRuns: 300 };

function expectCaught(kinds: string[]) {
  return ({ digits, text }: { digits: string; text: string }) => {
    const match = findSensitiveNumber(text);
    expect(match, `${digits} hidden in ${JSON.stringify(text)}`).not.toBeNull();
    expect(kinds).toContain(match!.kind);
    // The span indexes the original text and covers the disguised number.
    expect(match!.start).toBeGreaterThanOrEqual(0);
    expect(match!.end).toBeLessThanOrEqual(text.length);
  };
}

describe('L6: disguised protected numbers are refused', () => {
  it('L6: a fødselsnummer in any digit script, with invisible characters or separators between digits, in random text, is refused', () => {
    fc.assert(fc.property(disguisedIn(nationalId, PERSON_BETWEEN), expectCaught(['national-id'])), RUNS);
  });

  it('L6: a disguised D-number is refused as a D-number', () => {
    fc.assert(fc.property(disguisedIn(dNumber, PERSON_BETWEEN), expectCaught(['d-number'])), RUNS);
  });

  it('L6: a disguised H-number (month + 40) is refused as an H-number', () => {
    fc.assert(fc.property(disguisedIn(hNumber, PERSON_BETWEEN), expectCaught(['h-number'])), RUNS);
  });

  it('L6: a disguised Norwegian account number is refused', () => {
    // An account number may also read as a person number; either refusal keeps the promise.
    fc.assert(fc.property(disguisedIn(account), expectCaught(['account', 'national-id', 'd-number', 'h-number'])), RUNS);
  });

  it('L6: a disguised payment card number (13–19 digits, Luhn) is refused', () => {
    // A sub-window of the card may be refused first (e.g. as an account): still a refusal.
    fc.assert(fc.property(disguisedIn(card), expectCaught(['card', 'account', 'national-id', 'd-number', 'h-number'])), RUNS);
  });

  it('L6: the bypasses found in the review are refused', () => {
    const fnr = fc.sample(nationalId, { numRuns: 1, seed: 42 })[0]!;
    const [a, b] = [fnr.slice(0, 6), fnr.slice(6)];
    const dodges = [
      `+${fnr}`,
      `${a.slice(0, 2)}/${a.slice(2, 4)}/${a.slice(4)} ${b}`,
      `${a}  ${b}`,
      `${a},${b}`,
      `${a}_${b}`,
      [...fnr].map((d) => String.fromCodePoint(0xff10 + Number(d))).join(''),
      '+4111111111111111',
      '4111/1111/1111/1111',
      `${a}\u200b${b}`,
    ];
    for (const text of dodges) expect(findSensitiveNumber(`Hei ${text} takk`), JSON.stringify(text)).not.toBeNull();
  });

  it('L6: the reported span is the disguised number in the original text', () => {
    const fnr = fc.sample(nationalId, { numRuns: 1, seed: 7 })[0]!;
    const hidden = [...fnr].map((d) => String.fromCodePoint(0x0660 + Number(d))).join('\u200b');
    const text = `Mitt nummer: ${hidden}. Hilsen Kari`;
    const match = findSensitiveNumber(text)!;
    expect(text.slice(match.start, match.end)).toBe(hidden);
  });
});

describe('L6: numbers with wrong check digits still pass', () => {
  /** Change the last digit: a wrong k2 (and account check) for person numbers, a broken Luhn for cards. */
  const wrongLast = (valid: fc.Arbitrary<string>) =>
    fc.tuple(valid, fc.integer({ min: 1, max: 9 })).map(([n, step]) => n.slice(0, -1) + ((Number(n.at(-1)) + step) % 10));

  /** Disguises that keep the number one unit: any script, invisible characters, the usual grouping with any separator. */
  const unitDisguise = (digits: string, groups: number[]) =>
    fc
      .record({
        scripts: fc.array(digitIn, { minLength: digits.length, maxLength: digits.length }),
        invisible: fc.array(fc.constantFrom('', '\u200b', '\u200d', '\u2060', '\u00ad', '\ufeff'), { minLength: digits.length, maxLength: digits.length }),
        separator: fc.constantFrom('', ' ', '  ', '\u00a0', '.', '-', '/', ','),
      })
      .map(({ scripts, invisible, separator }) => {
        const cuts = new Set(groups.slice(0, -1).reduce<number[]>((acc, g) => [...acc, (acc.at(-1) ?? 0) + g], []));
        return [...digits].map((d, i) => (cuts.has(i) ? separator : '') + scripts[i]!(d) + invisible[i]).join('');
      });

  const letters = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzæøå ÆØÅ!?'.split('')), maxLength: 30 });
  const passes = (valid: fc.Arbitrary<string>, groups: number[]) =>
    fc.property(
      wrongLast(valid).chain((digits) => fc.tuple(letters, unitDisguise(digits, groups), letters).map(([a, n, b]) => ({ digits, text: `${a} nr ${n} ${b}` }))),
      ({ digits, text }) => {
        expect(findSensitiveNumber(text), `${digits} in ${JSON.stringify(text)}`).toBeNull();
      },
    );

  it('L6: a fødselsnummer, D-number or H-number with a wrong check digit passes, disguised or not', () => {
    for (const kind of [nationalId, dNumber, hNumber]) fc.assert(passes(kind, [6, 5]), RUNS);
  });

  it('L6: an account number with a wrong check digit passes', () => {
    fc.assert(passes(account.filter((n) => !isValidNationalId(n) && !isValidDNumber(n) && !isValidHNumber(n)), [4, 2, 5]), RUNS);
  });

  it('L6: a 16-digit card number with a wrong Luhn digit passes', () => {
    const card16 = card.filter((n) => n.length === 16);
    fc.assert(passes(card16, [4, 4, 4, 4]), RUNS);
  });

  it('L6: international phone numbers of 11 digits pass even when they pass the account checksum', () => {
    const swedish = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }).map((d) => `+46 7${d[0]} ${d.slice(1, 4).join('')} ${d.slice(4, 6).join('')} ${d.slice(6).join('')}`);
    fc.assert(
      fc.property(swedish, fc.constantFrom(' ', '\u00a0', '  '), (phone, space) => {
        expect(findSensitiveNumber(`Mobil ${phone.replace(/ /g, space)}`)).toBeNull();
      }),
      RUNS,
    );
    expect(isValidNorwegianAccount('46701234561')).toBe(true);
  });

  it('L6: a list of harmless numbers separated by ", " is not read as a card or account', () => {
    expect(findSensitiveNumber('Tlf 912 34 567, org 923 609 016, 01.05.2024-31.05.2024.')).toBeNull();
    expect(findSensitiveNumber('Adresser 1.2.3.4, 198.51.100.7, 10.0.0.2')).toBeNull();
  });

  it('L6: Norwegian phone numbers, dates and organisation numbers pass in any digit script', () => {
    const samples = ['+47 912 34 567', '912 34 567', '22 33 44 55', '01.05.2024', '2024-05-01', '01.05.2024-31.05.2024', 'Org.nr. 923 609 016'];
    fc.assert(
      fc.property(fc.constantFrom(...samples), digitIn, (sample, script) => {
        expect(findSensitiveNumber(sample.replace(/\d/g, script))).toBeNull();
      }),
    );
  });
});
