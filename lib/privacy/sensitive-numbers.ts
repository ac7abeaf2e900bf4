/**
 * Privacy guard: SeeRecruit promises never to store Norwegian national identity
 * numbers (fødselsnummer), D-numbers, H-numbers, payment card numbers,
 * Norwegian bank account numbers or IBANs. Forms call `findSensitiveNumber` on
 * every free-text field, candidate and employer side, and refuse the
 * submission when it returns a match. The text is normalised first (see
 * `normalise`), so Unicode digits, zero-width characters and odd separators
 * do not hide a number (review L6).
 *
 * Pure functions, no dependencies, no lookbehind regexes (older Safari), so the
 * same module runs in Node and in the browser.
 */

export type SensitiveKind = 'national-id' | 'd-number' | 'h-number' | 'card' | 'account' | 'iban';
export interface SensitiveMatch { kind: SensitiveKind; start: number; end: number } // indices into the original text

// Fødselsnummer check digits (k1 over d1..d9, k2 over d1..d9+k1). The k2
// weights are also the bank-account weights, so every valid fødselsnummer is
// also a valid account number — hence the id-before-account preference below.
const ID_K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const MOD11_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Weighted mod-11 check digit; null when the remainder makes the number unissuable (10). */
function mod11CheckDigit(digits: string, weights: readonly number[]): number | null {
  const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  const check = 11 - (sum % 11);
  return check === 11 ? 0 : check === 10 ? null : check;
}

function isPersonNumber(digits: string, dayOffset: number, monthOffset = 0): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const day = Number(digits.slice(0, 2)) - dayOffset;
  const month = Number(digits.slice(2, 4)) - monthOffset;
  const yy = Number(digits.slice(4, 6));
  // Century is deliberately lenient: a date valid in 19yy OR 20yy is accepted
  // (only 29 Feb "00" differs, and 2000 was a leap year). Erring towards
  // "real" keeps the privacy promise; the official individual-number century
  // table would only reject numbers nobody should be typing anyway.
  const daysInMonth = [31, yy % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (month < 1 || month > 12 || day < 1 || day > (daysInMonth[month - 1] ?? 0)) return false;
  const k1 = mod11CheckDigit(digits, ID_K1_WEIGHTS);
  if (k1 === null || k1 !== Number(digits[9])) return false;
  const k2 = mod11CheckDigit(digits, MOD11_WEIGHTS); // d1..d9 + k1 (digit 10 is k1, verified above)
  return k2 !== null && k2 === Number(digits[10]);
}

/** Fødselsnummer: DDMMYY + individual number + two mod-11 check digits, real calendar date. */
export function isValidNationalId(digits: string): boolean {
  return isPersonNumber(digits, 0);
}

/** D-number: like a fødselsnummer, but the day is +40 (first digit 4–7). */
export function isValidDNumber(digits: string): boolean {
  return isPersonNumber(digits, 40);
}

/** H-number (help number, given by health services): like a fødselsnummer, but the month is +40. */
export function isValidHNumber(digits: string): boolean {
  return isPersonNumber(digits, 0, 40);
}

/** Plain Luhn (mod-10) check; length and issuer rules are applied by the detector, not here. */
export function isLuhnValid(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** Norwegian account number: 11 digits, last one is mod-11 over weights 5,4,3,2,7,6,5,4,3,2. */
export function isValidNorwegianAccount(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const check = mod11CheckDigit(digits, MOD11_WEIGHTS);
  return check !== null && check === Number(digits[10]);
}

// ISO 13616 IBAN lengths (SWIFT IBAN registry). Unknown countries fall back to
// "plausible length 15–34" so a newly added country is still refused.
const IBAN_LENGTHS: Readonly<Record<string, number>> = Object.fromEntries(
  ('AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 ' +
    'DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23 ' +
    'IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 ' +
    'MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 ' +
    'SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30 ' +
    // French territories with their own code (FR format), and countries whose banks issue IBANs
    // outside the registry (West and Central Africa, Maghreb, Iran): ibantools' list, found by DEP7.
    'AX18 GF27 GP27 MF27 MQ27 NC27 PF27 PM27 RE27 TF27 WF27 YT27 BL27 ' +
    'AO25 BF28 BJ28 CF27 CG27 CI28 CM27 CV25 DZ26 GA27 GQ27 GW25 IR26 KM27 MA28 MG27 ML28 MZ25 NE28 SN28 TD27 TG28')
    .split(' ')
    .map((e) => [e.slice(0, 2), Number(e.slice(2))]),
);

/** ISO 7064 mod-97 of an alphanumeric string (letters A=10..Z=35), chunk-free so no BigInt is needed. */
function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = parseInt(ch, 36);
    rem = (v < 10 ? rem * 10 + v : rem * 100 + v) % 97;
  }
  return rem;
}

/** IBAN: country code + 2 check digits + BBAN, mod-97 == 1. Case-insensitive, whitespace ignored. */
export function isValidIban(candidate: string): boolean {
  const s = candidate.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  const expected = IBAN_LENGTHS[s.slice(0, 2)];
  if (expected !== undefined ? s.length !== expected : s.length < 15 || s.length > 34) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

// Payment cards in scope (Visa 4, Mastercard 51–55/2221–2720, Amex/Diners/JCB 3,
// Discover/Maestro/UnionPay 5–6). Requiring this prefix keeps Luhn's 1-in-10
// chance hits off ISBNs/EANs (9…, 7…), date ranges (0…, 1…) and phone pairs.
const CARD_PREFIX = /^(?:[3-6]|222[1-9]|22[3-9]|2[3-6]|27[01]|2720)/;
// Issuers outside those prefixes, each only at the lengths it issues (card-validator's
// table, found by the DEP7 oracle test): JCB's 1800 and 2131, Mir 2200–2204,
// UnionPay 810–8171, Troy 9792.
const OTHER_CARDS = /^(?:1800|2131|220[0-4])\d{12,15}$|^81[0-6]\d{11,16}$|^817[01]\d{10,15}$|^9792\d{12}$/;

function classifyDigits(digits: string): SensitiveKind | null {
  if (/^(\d)\1*$/.test(digits)) return null; // 000… / 111… are placeholders, and 0…0 passes every checksum
  if (digits.length === 11) {
    // Prefer the person-number reading: a valid fødselsnummer is always a valid account number too.
    if (isValidNationalId(digits)) return 'national-id';
    if (isValidDNumber(digits)) return 'd-number';
    if (isValidHNumber(digits)) return 'h-number';
    if (isValidNorwegianAccount(digits)) return 'account';
    return null;
  }
  if (digits.length >= 13 && digits.length <= 19 && (CARD_PREFIX.test(digits) || OTHER_CARDS.test(digits)) && isLuhnValid(digits)) return 'card';
  return null;
}

// ---------------------------------------------------------------------------
// Normalisation (review L6). The scan runs on a normalised copy of the text so
// that disguises cannot slip a number past it: per code point NFKC (full-width
// and mathematical digits, circled and superscript digits become 0–9), every
// other Unicode decimal digit (\p{Nd}: Arabic-Indic, Devanagari, …) mapped to
// its ASCII value, format characters (\p{Cf}: zero-width space/joiners, soft
// hyphen, bidi marks, BOM), combining and enclosing marks (keycaps) and control
// characters dropped, and whitespace runs collapsed to one space. Each
// normalised code unit remembers where it came from, so reported spans still
// index the ORIGINAL text.

interface Normalised {
  text: string;
  /** For each code unit of `text`: its origin's start and end index in the original. */
  from: number[];
  to: number[];
}

// Format characters before spaces: U+FEFF (BOM, zero-width no-break space) is both \p{Cf} and \s.
const INVISIBLE = /[\p{Cf}\p{Mn}\p{Me}]/u;
const SPACE = /\s/u;
const CONTROL = /\p{Cc}/u;
const DECIMAL_DIGIT = /\p{Nd}/u;
const digitValues = new Map<number, string>();

/**
 * The value of a \p{Nd} code point. Unicode encodes decimal digits only in
 * contiguous runs of ten starting at zero (a stability guarantee), so the
 * value is the distance to the start of the run, modulo 10.
 */
function decimalValue(cp: number): string {
  const known = digitValues.get(cp);
  if (known !== undefined) return known;
  let first = cp;
  while (first > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(first - 1))) first--;
  const value = String((cp - first) % 10);
  digitValues.set(cp, value);
  return value;
}

/** What one non-ASCII code point becomes in the scanned copy ('' when dropped); cached, texts repeat their letters. */
const mapped = new Map<string, string>();
function mapCodePoint(ch: string): string {
  const known = mapped.get(ch);
  if (known !== undefined) return known;
  let out = '';
  for (const part of ch.normalize('NFKC')) {
    if (INVISIBLE.test(part)) continue;
    else if (SPACE.test(part)) out += ' ';
    else if (CONTROL.test(part)) continue;
    else if (part > '\x7f' && DECIMAL_DIGIT.test(part)) out += decimalValue(part.codePointAt(0)!);
    else out += part;
  }
  if (mapped.size < 10_000) mapped.set(ch, out);
  return out;
}

function normalise(original: string): Normalised {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of original) {
    const start = i;
    i += ch.length;
    const code = ch.charCodeAt(0);
    // Printable ASCII needs no work (the usual case, and 20 000-character job texts).
    const out = code > 0x20 && code < 0x7f ? ch : code === 0x20 ? ' ' : mapCodePoint(ch);
    if (out === ' ' && text.endsWith(' ')) continue; // whitespace runs collapse to one space
    for (let u = 0; u < out.length; u++) {
      from.push(start);
      to.push(i);
    }
    text += out;
  }
  return { text, from, to };
}

// Between digit groups, any run of the separators people use and a dodger
// would try joins them: whitespace (no-break spaces included), dot, comma,
// slash, backslash, plus, underscore and every dash ("010190  10046",
// "010190,10046", "4111/1111/1111/1111", "010190 – 10046"). Letters and other
// punctuation (| : ; brackets) break a run, so tables, IP lists, "Ordre 123"
// or "tlf" keep their numbers apart as before.
const SEPARATOR = /[\s.,/\\+_\p{Pd}]/u;

interface Group { digits: string; start: number; end: number; phone: boolean; list: boolean }

const PERSON_KINDS: readonly SensitiveKind[] = ['national-id', 'd-number', 'h-number'];

/** Digit groups of the normalised text, split into runs of groups joined only by separators. */
function digitRuns(text: string): Group[][] {
  const runs: Group[][] = [];
  let run: Group[] = [];
  let previousEnd = -1;
  const groupRe = /\d+/g;
  for (let g = groupRe.exec(text); g !== null; g = groupRe.exec(text)) {
    // The separators right before this group (back to the previous group or the first non-separator).
    let gapStart = g.index;
    while (gapStart > 0 && gapStart > previousEnd && SEPARATOR.test(text[gapStart - 1]!)) gapStart--;
    const gap = text.slice(gapStart, g.index);
    if (gapStart !== previousEnd && run.length > 0) {
      runs.push(run);
      run = [];
    }
    // "+47 912 34 567", "+46 70 123 45 67": a plus before a group marks an
    // international phone number. No account number is written so, but a
    // person number or card is still refused there ("+01019010046").
    // ", " is how prose separates the items of a list ("org 923 609 016, 01.05.2024-31.05.2024"):
    // a window across it is only refused as a person number, whose date and two check digits make
    // a chance hit rare; a card's Luhn (1 in 10) or an account's mod-11 (1 in 11) would not be.
    run.push({ digits: g[0], start: g.index, end: g.index + g[0].length, phone: gap.includes('+'), list: gap.includes(', ') });
    previousEnd = g.index + g[0].length;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function findInDigitRuns(text: string): { kind: SensitiveKind; start: number; end: number }[] {
  const found: { kind: SensitiveKind; start: number; end: number }[] = [];
  for (const groups of digitRuns(text)) {
    // Separator-delimited groups are the units: every contiguous window of
    // groups (the whole run included) up to 19 digits is tested, so
    // "Ordre 123 4111 1111 1111 1111" or two numbers typed side by side are
    // still caught. We never cut INSIDE a group — digits written without
    // separators are one number — which keeps long IDs/hashes from matching.
    for (let i = 0; i < groups.length; i++) {
      let digits = '';
      let acrossList = false;
      for (let j = i; j < groups.length; j++) {
        digits += groups[j]!.digits;
        if (digits.length > 19) break;
        if (j > i && groups[j]!.list) acrossList = true;
        const kind = classifyDigits(digits);
        if (!kind || (kind === 'account' && groups[i]!.phone) || (acrossList && !PERSON_KINDS.includes(kind))) continue;
        found.push({ kind, start: groups[i]!.start, end: groups[j]!.end });
      }
    }
  }
  return found;
}

function findIbans(text: string): { kind: SensitiveKind; start: number; end: number }[] {
  const found: { kind: SensitiveKind; start: number; end: number }[] = [];
  // Electronic form or print form (groups of four separated by one space), any case.
  const ibanRe = /[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4})*(?: ?[A-Za-z0-9]{1,4})?/g;
  for (let m = ibanRe.exec(text); m !== null; m = ibanRe.exec(text)) {
    if (/[A-Za-z0-9]/.test(text[m.index - 1] ?? '')) continue; // must start a word
    const compact = m[0].replace(/ /g, '').toUpperCase();
    // The greedy pattern may swallow a following word ("… 7034 Oslo"), so take
    // exactly the registry length when the country is known.
    const length = IBAN_LENGTHS[compact.slice(0, 2)] ?? compact.length;
    if (compact.length < length || !isValidIban(compact.slice(0, length))) continue;
    let seen = 0;
    let end = m.index;
    while (seen < length) if (text[end++] !== ' ') seen++;
    found.push({ kind: 'iban', start: m.index, end });
  }
  return found;
}

/**
 * Returns the first protected number in `text`, or null. Earliest start wins
 * (so an IBAN beats the account number inside it); on a tie, the longest.
 */
export function findSensitiveNumber(text: string): SensitiveMatch | null {
  const normalised = normalise(text);
  const all = [...findIbans(normalised.text), ...findInDigitRuns(normalised.text)];
  let best: { kind: SensitiveKind; start: number; end: number } | null = null;
  for (const m of all) {
    if (!best || m.start < best.start || (m.start === best.start && m.end > best.end)) best = m;
  }
  if (!best) return null;
  return { kind: best.kind, start: normalised.from[best.start]!, end: normalised.to[best.end - 1]! };
}
