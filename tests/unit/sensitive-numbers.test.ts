import { describe, it, expect } from 'vitest';
import {
  findSensitiveNumber,
  isLuhnValid,
  isValidDNumber,
  isValidIban,
  isValidNationalId,
  isValidNorwegianAccount,
} from '../../lib/privacy/sensitive-numbers';

/**
 * Test-only generator for fødselsnummer / D-numbers, so no real person's
 * number is ever committed. Given DDMMYY and a 3-digit individual number it
 * appends the two official mod-11 check digits (weights 3,7,6,1,8,9,4,5,2 and
 * 5,4,3,2,7,6,5,4,3,2; 11 → 0). A remainder giving 10 means that individual
 * number is never issued, so we step to the next individual number until both
 * check digits exist. The date is NOT validated here, which lets the tests
 * build numbers whose checksums are right but whose date is impossible.
 */
function personNumber(ddmmyy: string, individual = 123): string {
  const check = (digits: string, weights: number[]): number | null => {
    const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
    const k = 11 - (sum % 11);
    return k === 11 ? 0 : k === 10 ? null : k;
  };
  for (let n = individual; n < individual + 1000; n++) {
    const nine = ddmmyy + String(n % 1000).padStart(3, '0');
    const k1 = check(nine, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
    if (k1 === null) continue;
    const k2 = check(nine + k1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if (k2 === null) continue;
    return `${nine}${k1}${k2}`;
  }
  throw new Error('unreachable: some individual number always yields valid check digits');
}

/** D-number: same as a fødselsnummer with 40 added to the day. */
function dNumber(ddmmyy: string, individual = 123): string {
  const day = Number(ddmmyy.slice(0, 2)) + 40;
  return personNumber(`${day}${ddmmyy.slice(2)}`, individual);
}

/** Flip the last digit so the checksum breaks. */
function breakLastDigit(digits: string): string {
  return digits.slice(0, -1) + ((Number(digits[digits.length - 1]) + 1) % 10);
}

/** Asserts a refusal and that the reported span is exactly `expectedSpan` inside `text`. */
function expectRefused(text: string, kind: string, expectedSpan: string) {
  const match = findSensitiveNumber(text);
  expect(match, `expected ${kind} in ${JSON.stringify(text)}`).not.toBeNull();
  expect(match!.kind).toBe(kind);
  expect(text.slice(match!.start, match!.end)).toBe(expectedSpan);
}

const FNR = personNumber('010190'); // 1 Jan 1990
const FNR_LEAP = personNumber('290200'); // 29 Feb 2000, a real leap day
const DNR = dNumber('150385'); // 15 Mar 1985 → day 55

describe('validators', () => {
  it('accepts a fødselsnummer with a real date and correct check digits', () => {
    expect(isValidNationalId(FNR)).toBe(true);
    expect(isValidNationalId(FNR_LEAP)).toBe(true);
  });

  it('rejects a fødselsnummer whose check digit is wrong', () => {
    expect(isValidNationalId(breakLastDigit(FNR))).toBe(false);
  });

  it('rejects a fødselsnummer whose date does not exist, even with correct check digits', () => {
    expect(isValidNationalId(personNumber('310490'))).toBe(false); // 31 April
    expect(isValidNationalId(personNumber('290201'))).toBe(false); // 29 Feb in a non-leap year
    expect(isValidNationalId(personNumber('011390'))).toBe(false); // month 13
    expect(isValidNationalId(personNumber('000190'))).toBe(false); // day 0
  });

  it('rejects a fødselsnummer of the wrong length or with non-digits', () => {
    expect(isValidNationalId(FNR.slice(0, 10))).toBe(false);
    expect(isValidNationalId(`${FNR}0`)).toBe(false);
    expect(isValidNationalId(`${FNR.slice(0, 6)} ${FNR.slice(6)}`)).toBe(false);
  });

  it('accepts a D-number and keeps it distinct from a fødselsnummer', () => {
    expect(isValidDNumber(DNR)).toBe(true);
    expect(isValidNationalId(DNR)).toBe(false);
    expect(isValidDNumber(FNR)).toBe(false);
    expect(isValidDNumber(breakLastDigit(DNR))).toBe(false);
    expect(isValidDNumber(dNumber('300285'))).toBe(false); // 30 Feb
  });

  it('accepts the public test card numbers via Luhn and rejects a one-digit change', () => {
    for (const card of ['4111111111111111', '5555555555554444', '378282246310005']) {
      expect(isLuhnValid(card)).toBe(true);
    }
    expect(isLuhnValid('4111111111111112')).toBe(false);
    expect(isLuhnValid('')).toBe(false);
    expect(isLuhnValid('4111 1111')).toBe(false);
  });

  it('accepts a Norwegian account number with a correct mod-11 check digit only', () => {
    expect(isValidNorwegianAccount('86011117947')).toBe(true);
    expect(isValidNorwegianAccount('86011117948')).toBe(false);
    expect(isValidNorwegianAccount('8601111794')).toBe(false);
  });

  it('accepts the public IBAN examples in any case and spacing', () => {
    for (const iban of ['NO9386011117947', 'GB82WEST12345698765432', 'DE89370400440532013000']) {
      expect(isValidIban(iban)).toBe(true);
    }
    expect(isValidIban('NO93 8601 1117 947')).toBe(true);
    expect(isValidIban('gb82 west 1234 5698 7654 32')).toBe(true);
  });

  it('rejects an IBAN with a wrong check digit or the wrong length for its country', () => {
    expect(isValidIban('NO9486011117947')).toBe(false);
    expect(isValidIban('DE89370400440532013001')).toBe(false);
    expect(isValidIban('NO938601111794')).toBe(false); // NO is 15 characters
    expect(isValidIban('GB82WEST1234569876543')).toBe(false);
    expect(isValidIban('86011117947')).toBe(false);
  });
});

describe('findSensitiveNumber refuses protected numbers in free text', () => {
  const spaced = `${FNR.slice(0, 6)} ${FNR.slice(6)}`;

  it('refuses a fødselsnummer written plainly in a cover letter', () => {
    expectRefused(`Hei! Mitt personnummer er ${FNR}, ring meg gjerne.`, 'national-id', FNR);
  });

  it('refuses a fødselsnummer written with a space in a cover letter', () => {
    expectRefused(`Fødselsnummer: ${spaced}.`, 'national-id', spaced);
  });

  it('refuses a fødselsnummer written with dots or hyphens', () => {
    const dotted = `${FNR.slice(0, 2)}.${FNR.slice(2, 4)}.${FNR.slice(4, 6)}.${FNR.slice(6)}`;
    expectRefused(`fnr ${dotted}`, 'national-id', dotted);
    const hyphenated = `${FNR.slice(0, 6)}-${FNR.slice(6)}`;
    expectRefused(`fnr: ${hyphenated}`, 'national-id', hyphenated);
  });

  it('refuses a fødselsnummer born on a leap day', () => {
    expectRefused(`id ${FNR_LEAP}`, 'national-id', FNR_LEAP);
  });

  it('refuses a D-number and reports it as a D-number', () => {
    const spacedD = `${DNR.slice(0, 6)} ${DNR.slice(6)}`;
    expectRefused(`Jeg har D-nummer ${spacedD} fra Skatteetaten`, 'd-number', spacedD);
  });

  it('reports a valid fødselsnummer as national-id even though it also passes the account checksum', () => {
    expect(isValidNorwegianAccount(FNR)).toBe(true); // the k2 weights equal the account weights
    expect(findSensitiveNumber(FNR)?.kind).toBe('national-id');
  });

  it('refuses a payment card written with spaces, hyphens or no separators', () => {
    expectRefused('Kort: 4111 1111 1111 1111 utløp 12/27', 'card', '4111 1111 1111 1111');
    expectRefused('kortnr 4111-1111-1111-1111', 'card', '4111-1111-1111-1111');
    expectRefused('5555555555554444', 'card', '5555555555554444');
    expectRefused('Amex 3782 822463 10005 takk', 'card', '3782 822463 10005');
  });

  it('refuses a card number that directly follows another number in the same run', () => {
    expectRefused('Ordre 123 4111 1111 1111 1111', 'card', '4111 1111 1111 1111');
  });

  it('refuses a Norwegian account number written plainly, with dots or with spaces', () => {
    expectRefused('Lønn til konto 86011117947 takk', 'account', '86011117947');
    expectRefused('Konto: 8601.11.17947', 'account', '8601.11.17947');
    expectRefused('Konto: 8601 11 17947', 'account', '8601 11 17947');
  });

  it('refuses an 11-digit number with an impossible date as an account number when the account checksum holds', () => {
    const impossibleDateAccount = personNumber('310490'); // 31 April, but mod-11 (k2) holds
    expectRefused(`nr ${impossibleDateAccount}`, 'account', impossibleDateAccount);
  });

  it('refuses an IBAN in print format, electronic format and lower case', () => {
    expectRefused('IBAN: NO93 8601 1117 947. Takk!', 'iban', 'NO93 8601 1117 947');
    expectRefused('Send to GB82WEST12345698765432 please', 'iban', 'GB82WEST12345698765432');
    expectRefused('iban de89 3704 0044 0532 0130 00 ok', 'iban', 'de89 3704 0044 0532 0130 00');
  });

  it('reports the IBAN, not the account number embedded in it', () => {
    expect(findSensitiveNumber('NO93 8601 1117 947')?.kind).toBe('iban');
  });

  it('refuses an IBAN followed by a word without swallowing the word', () => {
    expectRefused('BE68 5390 0754 7034 Oslo', 'iban', 'BE68 5390 0754 7034');
  });

  it('finds the first of several protected numbers', () => {
    expectRefused(`fnr ${FNR}, kort 4111 1111 1111 1111`, 'national-id', FNR);
  });
});

describe('findSensitiveNumber leaves ordinary content alone', () => {
  const harmless: [string, string][] = [
    ['a Norwegian mobile number with country code', 'Ring meg på +47 912 34 567'],
    ['a Norwegian mobile number without country code', 'Tlf 91234567 eller 912 34 567'],
    ['a landline written in pairs', 'Sentralbord: 22 33 44 55'],
    ['a phone number with a 0047 prefix', 'Tlf 0047 912 34 567'],
    ['a Swedish mobile with an 11-digit international form', 'Mobil +46 70 123 45 67'],
    ['an ISO date', 'Tilgjengelig fra 2024-05-01'],
    ['a Norwegian date and a date range', 'Periode 01.05.2024-31.05.2024'],
    ['years and year ranges', 'Jobbet der 1999–2004 og 2019-2023'],
    ['a postcode and street number', 'Karl Johans gate 22, 0159 Oslo'],
    ['an organisation number', 'Org.nr. 923 609 016'],
    ['an amount with thousands separators', 'Lønnskrav 650 000 kr, eller 1.250.000 totalt'],
    ['an ISBN-13', 'Boka har ISBN 978-82-02-12345-6'],
    ['short numbers and experience', 'Jeg har 12 års erfaring og 3 barn'],
    ['an 11-digit number with wrong checksum', 'Referanse 86011117948'],
    ['a 16-digit number that fails Luhn', 'Kode 4111 1111 1111 1112'],
    ['a placeholder of zeros', 'Konto 00000000000, kort 0000 0000 0000 0000'],
    ['a word that merely looks like an IBAN start', 'Modell AB12 CDEF GHIJ KLMN OP'],
    ['ISO 13616 mentioned by name', 'Vi følger ISO 13616 for kontonummer'],
    ['empty text', ''],
  ];

  for (const [what, text] of harmless) {
    it(`accepts ${what}`, () => {
      expect(findSensitiveNumber(text)).toBeNull();
    });
  }

  // The next cases pass a checksum on purpose, so they pin the structural guards, not luck.
  it('accepts an international phone number even when its digits pass the account checksum', () => {
    expect(isValidNorwegianAccount('46701234561')).toBe(true);
    expect(findSensitiveNumber('Mobil +46 70 123 45 61')).toBeNull();
  });

  it('accepts a Luhn-valid date range and ISBN because no payment card starts with 1 or 9', () => {
    expect(isLuhnValid('1003202330062024')).toBe(true);
    expect(findSensitiveNumber('Engasjement 10.03.2023-30.06.2024')).toBeNull();
    expect(isLuhnValid('9788200112341')).toBe(true);
    expect(findSensitiveNumber('ISBN 978-82-00-11234-1')).toBeNull();
  });

  it('accepts an 11-digit number with wrong checksum that is neither id nor account', () => {
    const wrong = breakLastDigit(FNR);
    expect(isValidNationalId(wrong) || isValidNorwegianAccount(wrong)).toBe(false);
    expect(findSensitiveNumber(`nr ${wrong}`)).toBeNull();
  });
});
