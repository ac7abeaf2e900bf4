import { describe, expect, it } from 'vitest';
import { cleanName, nameForEmail, withoutControlCharacters } from '../../lib/privacy/clean-text';

describe('names without control characters (review L10)', () => {
  it('L10: names lose control characters', () => {
    // C0, DEL and C1 go; line breaks and tabs become one space so words stay apart.
    expect(withoutControlCharacters('a\u0000b\u0007c\u007fd\u009be')).toBe('abcde');
    expect(cleanName('Firma\r\nBcc: x\tAS')).toBe('Firma Bcc: x AS');
    expect(cleanName('Kari\u0085Nordmann')).toBe('Kari Nordmann');
    // Bidirectional overrides and isolates would reorder what a subject line shows.
    expect(cleanName('Invoice\u202efdp.exe\u2066\u2069')).toBe('Invoicefdp.exe');
    expect(cleanName('  many   spaces  ')).toBe('many spaces');
    // Letters of every language stay.
    expect(cleanName('Åse Ødegård – Æra AS 🌲')).toBe('Åse Ødegård – Æra AS 🌲');
  });

  it('keeps names to their length, counting characters rather than UTF-16 units', () => {
    expect(cleanName('x'.repeat(300))).toHaveLength(200);
    expect(Array.from(cleanName('🌲'.repeat(300)))).toHaveLength(200);
    expect(cleanName('abc', 2)).toBe('ab');
  });

  it('shortens a name shown in an email to 60 characters with an ellipsis', () => {
    expect(nameForEmail('Acme AS')).toBe('Acme AS');
    expect(nameForEmail('x'.repeat(60))).toBe('x'.repeat(60));
    const long = nameForEmail(`${'y'.repeat(80)}\r\n`);
    expect(Array.from(long)).toHaveLength(60);
    expect(long.endsWith('…')).toBe(true);
    expect(nameForEmail('Evil\nSubject')).toBe('Evil Subject');
  });
});
