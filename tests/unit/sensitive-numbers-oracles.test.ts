import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { idnr } from '@navikt/fnrvalidator';
import { composeIBAN, friendlyFormatIBAN, getCountrySpecifications, isValidIBAN } from 'ibantools';
import cardValidator from 'card-validator';
import { findSensitiveNumber, isLuhnValid } from '../../lib/privacy/sensitive-numbers';

const { creditCardType } = cardValidator;

/**
 * Dependency review 7: the hand-written guard stays, and maintained validators
 * judge it. Each property generates numbers broadly, keeps those the oracle calls
 * valid (NAV's fnrvalidator with the 2032 rule, H- and synthetic numbers;
 * ibantools with every national BBAN check; card-validator's card types), writes
 * them with the separators people use, puts them in text, and expects a refusal.
 */

const digit = fc.integer({ min: 0, max: 9 });
const digitsOf = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

// ---- Norwegian person numbers ----------------------------------------------

/**
 * DDMMYY (day +40 for D-numbers, month +40 for H-numbers, +80 for synthetic Tenor
 * numbers) + individual number + ANY first check digit (the 2032 rule allows four) +
 * the second check digit; the oracle keeps the valid ones.
 */
const personNumber = fc
  .record({
    day: fc.integer({ min: 1, max: 31 }),
    dayOffset: fc.constantFrom(0, 40),
    month: fc.integer({ min: 1, max: 12 }),
    monthOffset: fc.constantFrom(0, 40, 80),
    yy: fc.integer({ min: 0, max: 99 }),
    individual: fc.integer({ min: 0, max: 999 }),
    k1: digit,
  })
  .map(({ day, dayOffset, month, monthOffset, yy, individual, k1 }) => {
    const ten = `${pad(day + dayOffset)}${pad(month + monthOffset)}${pad(yy)}${pad(individual, 3)}${k1}`;
    const sum = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((acc, w, i) => acc + w * Number(ten[i]), 0);
    const k2 = (11 - (sum % 11)) % 11;
    return k2 === 10 ? null : `${ten}${k2}`;
  })
  .filter((n): n is string => n !== null && idnr(n).status === 'valid');

// ---- IBANs -----------------------------------------------------------------

/** A random BBAN matching the country's registry pattern (e.g. ^[0-9]{4}[A-Z0-9]{14}$). */
function bbanFor(pattern: string): fc.Arbitrary<string> {
  const parts = [...pattern.matchAll(/\[([^\]]+)\]\{(\d+)\}/g)].map(([, set, count]) => {
    const chars = [
      ...(set!.includes('0-9') ? '0123456789' : ''),
      ...(set!.includes('A-Z') ? 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' : ''),
      ...(set!.includes('a-z') ? 'abcdefghijklmnopqrstuvwxyz' : ''),
    ];
    return fc.string({ unit: fc.constantFrom(...chars), minLength: Number(count), maxLength: Number(count) });
  });
  return fc.tuple(...parts).map((p) => p.join(''));
}

const specs = Object.entries(getCountrySpecifications()).filter(([, s]) => s.chars && s.bban_regexp && /^\^(\[[^\]]+\]\{\d+\})+\$?$/.test(s.bban_regexp));
const iban = fc
  .constantFrom(...specs)
  .chain(([countryCode, spec]) => bbanFor(spec.bban_regexp!).map((bban) => composeIBAN({ countryCode, bban })))
  .filter((n): n is string => typeof n === 'string' && isValidIBAN(n));

// ---- Payment cards ---------------------------------------------------------

/** The first number of every issuer pattern card-validator knows (credit-card-type), with its lengths. */
const cardShapes = Object.values(creditCardType.types).flatMap((type) => {
  const info = creditCardType.getTypeInfo(type);
  return info.patterns.map((p) => ({ type, prefix: String(Array.isArray(p) ? p[0] : p), lengths: info.lengths }));
});
const card = fc
  .constantFrom(...cardShapes)
  .chain(({ prefix, lengths }) =>
    fc.tuple(fc.constantFrom(...lengths), digitsOf(19)).map(([length, fill]) => {
      const body = (prefix + fill).slice(0, length - 1);
      for (let check = 0; check < 10; check++) if (isLuhnValid(body + check)) return body + check;
      return body;
    }),
  )
  // Two readings left out on purpose: UnionPay numbers that fail Luhn (card-validator accepts them
  // unless asked; refusing every 16–19-digit number starting 62 would refuse far too much), and
  // 12-digit Maestro numbers (not issued in Europe; a 12-digit Luhn check is a 1-in-10 chance hit).
  .filter((n) => n.length >= 13 && cardValidator.number(n, { luhnValidateUnionPay: true }).isValid);

// ---- Written as people write them --------------------------------------------

const SEPARATORS = [' ', '  ', '.', '-', '/', ',', '\u00a0', ' - ', '\u2013'];

/** Split into groups of 1–6 characters, joined by one kind of separator (or none). */
const grouped = (value: string, separators = SEPARATORS) =>
  fc.tuple(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: value.length, maxLength: value.length }), fc.constantFrom('', ...separators)).map(([sizes, sep]) => {
    const groups: string[] = [];
    for (let i = 0, g = 0; i < value.length; i += sizes[g++]!) groups.push(value.slice(i, i + sizes[g]!));
    return groups.join(sep);
  });

const filler = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzæøå ÆØÅ.!?'.split('')), maxLength: 30 });
const inText = (written: fc.Arbitrary<string>) => fc.tuple(filler, written, filler).map(([a, n, b]) => `${a} Mitt nummer er ${n} og ${b}`);

const RUNS = { numRuns: 400 };
const refused = (text: string) => {
  expect(findSensitiveNumber(text), JSON.stringify(text)).not.toBeNull();
};

describe('DEP7: numbers the maintained validators call valid are refused by our guard', () => {
  it('DEP7: every fødselsnummer, D-, H- and synthetic number fnrvalidator accepts (2032 rule included), grouped with separators in text, is refused', () => {
    fc.assert(fc.property(personNumber.chain((n) => inText(grouped(n))), refused), RUNS);
  });

  it('DEP7: every IBAN ibantools accepts, in electronic or print form, any case, in text, is refused', () => {
    const written = iban.chain((n) => fc.constantFrom(n, friendlyFormatIBAN(n)!, n.toLowerCase(), friendlyFormatIBAN(n)!.toLowerCase()));
    fc.assert(fc.property(inText(written), refused), RUNS);
  });

  it('DEP7: every card number card-validator accepts, grouped with separators in text, is refused', () => {
    fc.assert(fc.property(card.chain((n) => inText(grouped(n))), refused), RUNS);
  });

  it('DEP7: the misses the oracles found are refused now (IBAN-only countries, JCB 1800/2131, Mir, UnionPay 81, Troy)', () => {
    const withLuhn = (body: string) => [...'0123456789'].map((c) => body + c).find(isLuhnValid)!;
    const ibans = ['SN', 'CI', 'MA', 'RE'].map((countryCode) => {
      const spec = getCountrySpecifications()[countryCode]!;
      return fc.sample(bbanFor(spec.bban_regexp!).map((bban) => composeIBAN({ countryCode, bban })).filter((n): n is string => typeof n === 'string' && isValidIBAN(n)), { numRuns: 1, seed: 1 })[0]!;
    });
    const cards = ['180012345678901', '213112345678901', '220212345678901', '811012345678901', '810123456789012', '979212345678901'].map(withLuhn);
    for (const n of cards) expect(cardValidator.number(n, { luhnValidateUnionPay: true }).isValid, n).toBe(true);
    for (const n of [...ibans, ...ibans.map((i) => friendlyFormatIBAN(i)!), ...cards]) refused(`Betal til ${n} Oslo`);
  });
});
