import { describe, expect, it } from 'vitest';
import { normalisePhone } from '../../lib/applications/phone';
import type { ApplyValues as RawApplication } from '../../lib/applications/form-state';
import { validateApplication } from '../../lib/applications/schema';
import { ageOn, osloToday } from '../../lib/time/oslo';
import { jobAvailability } from '../../lib/careers/jobs';

const valid: RawApplication = {
  fullName: 'Kari Nordmann',
  birthDate: '1991-04-12',
  email: 'kari@example.no',
  phone: '912 34 567',
  coverLetter: 'Jeg vil gjerne jobbe hos dere.',
  consent: true,
};

const errorsOf = (patch: Partial<RawApplication>) => {
  const result = validateApplication({ ...valid, ...patch });
  return result.ok ? {} : result.errors;
};

/** A birth date exactly `years` years before today (Oslo), shifted by `days`. */
function birthDateYearsAgo(years: number, days = 0): string {
  const [y, m, d] = osloToday().split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y - years, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

describe('the application schema shared by the form and the server', () => {
  it('accepts a complete, ordinary application', () => {
    expect(validateApplication(valid).ok).toBe(true);
  });

  it('names each missing required field', () => {
    expect(errorsOf({ fullName: ' ', birthDate: '', email: '', phone: '', consent: false })).toEqual({
      fullName: 'required',
      birthDate: 'required',
      email: 'required',
      phone: 'required',
      consent: 'consent',
    });
  });

  it('wants a real calendar date of birth', () => {
    expect(errorsOf({ birthDate: '1991-02-30' })).toEqual({ birthDate: 'date' });
    expect(errorsOf({ birthDate: '12.04.1991' })).toEqual({ birthDate: 'date' });
  });

  it('accepts ages 15 to 100 and refuses younger or older', () => {
    expect(errorsOf({ birthDate: birthDateYearsAgo(15) })).toEqual({});
    expect(errorsOf({ birthDate: birthDateYearsAgo(15, 1) })).toEqual({ birthDate: 'age' });
    expect(errorsOf({ birthDate: birthDateYearsAgo(100) })).toEqual({});
    expect(errorsOf({ birthDate: birthDateYearsAgo(101) })).toEqual({ birthDate: 'age' });
  });

  it('checks the shape of the email address', () => {
    expect(errorsOf({ email: 'kari.example.no' })).toEqual({ email: 'email' });
    expect(errorsOf({ email: 'kari@' })).toEqual({ email: 'email' });
  });

  it('refuses a fødselsnummer in the letter, a D-number in the name and a card number as phone', () => {
    expect(errorsOf({ coverLetter: 'Mitt fødselsnummer er 010190 12391, bare spør.' })).toEqual({ coverLetter: 'sensitive' });
    expect(errorsOf({ fullName: 'Kari 41019012385' })).toEqual({ fullName: 'sensitive' });
    expect(errorsOf({ phone: '4111 1111 1111 1111' })).toEqual({ phone: 'sensitive' });
  });

  it('refuses a bank account number and an IBAN in the letter', () => {
    expect(errorsOf({ coverLetter: 'Lønn til 1234.56.78903 takk' })).toEqual({ coverLetter: 'sensitive' });
    expect(errorsOf({ coverLetter: 'IBAN NO93 8601 1117 947' })).toEqual({ coverLetter: 'sensitive' });
  });

  it('keeps letters under 5000 characters', () => {
    expect(errorsOf({ coverLetter: 'a'.repeat(5001) })).toEqual({ coverLetter: 'tooLong' });
  });
});

describe('phone numbers: Norwegian by default, international accepted', () => {
  it('normalises Norwegian numbers to E.164', () => {
    expect(normalisePhone('912 34 567')).toBe('+4791234567');
    expect(normalisePhone('+47 41 23 45 67')).toBe('+4741234567');
    expect(normalisePhone('0047 22 22 22 22')).toBe('+4722222222');
  });
  it('accepts international numbers with a country code', () => {
    expect(normalisePhone('+46 70 123 45 67')).toBe('+46701234567');
    expect(normalisePhone('+44 7911 123456')).toBe('+447911123456');
  });
  it('refuses numbers that cannot exist', () => {
    expect(normalisePhone('123')).toBeNull();
    expect(normalisePhone('912 34 56')).toBeNull();
    expect(normalisePhone('+47 000 00 000')).toBeNull();
  });
});

describe('dates and job availability (Europe/Oslo)', () => {
  it('counts whole years', () => {
    expect(ageOn('2000-06-15', '2015-06-14')).toBe(14);
    expect(ageOn('2000-06-15', '2015-06-15')).toBe(15);
  });
  it('uses the Norwegian calendar day, not UTC', () => {
    expect(osloToday(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
  it('keeps a job open through its closing day and closes it the day after', () => {
    const was = '2026-06-01T08:00:00.000Z';
    expect(jobAvailability({ status: 'published', closesOn: '2026-07-01', publishedAt: was }, '2026-07-01')).toBe('open');
    expect(jobAvailability({ status: 'published', closesOn: '2026-07-01', publishedAt: was }, '2026-07-02')).toBe('closed');
    expect(jobAvailability({ status: 'filled', closesOn: null, publishedAt: was }, '2026-07-01')).toBe('closed');
    // Taken down after it was public: gone (410); never public: as if it never existed (404).
    expect(jobAvailability({ status: 'archived', closesOn: null, publishedAt: was }, '2026-07-01')).toBe('removed');
    expect(jobAvailability({ status: 'draft', closesOn: null, publishedAt: was }, '2026-07-01')).toBe('removed');
    expect(jobAvailability({ status: 'draft', closesOn: null, publishedAt: null }, '2026-07-01')).toBe('hidden');
    expect(jobAvailability({ status: 'archived', closesOn: null, publishedAt: null }, '2026-07-01')).toBe('hidden');
  });
});
