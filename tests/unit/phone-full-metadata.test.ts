import { describe, expect, it } from 'vitest';
import { parsePhoneNumberFromString as parseWithMinimalMetadata } from 'libphonenumber-js/min';
import { normalisePhone } from '../../lib/applications/phone';

describe('phone numbers are checked against full metadata on the server', () => {
  it('DEP8: a Norwegian number of the right length in a series that does not exist is refused (the /min metadata let it through)', () => {
    // 59xx xxxx: eight digits, so "possible", but no Norwegian number plan series.
    expect(parseWithMinimalMetadata('+47 59 12 34 56', 'NO')?.isValid()).toBe(true);
    expect(normalisePhone('+47 59 12 34 56')).toBeNull();
    expect(normalisePhone('59 12 34 56')).toBeNull();
  });
  it('DEP8: real mobile, landline and foreign numbers still pass', () => {
    expect(normalisePhone('912 34 567')).toBe('+4791234567');
    expect(normalisePhone('22 22 22 22')).toBe('+4722222222');
    expect(normalisePhone('+46 70 123 45 67')).toBe('+46701234567');
  });
});
