import { describe, expect, it } from 'vitest';
import { jobPostingJsonLd } from '../../lib/careers/json-ld';
import type { PublicJob } from '../../lib/careers/jobs';
import { osloDateTime, osloOffsetAt } from '../../lib/time/oslo';

const job = (closesOn: string): PublicJob => ({
  id: '1',
  slug: 's',
  title: 'Lagermedarbeider',
  place: 'Oslo',
  employmentType: 'permanent',
  description: '',
  language: 'nb',
  status: 'published',
  closesOn,
  publishedAt: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
});

const validThrough = (closesOn: string) =>
  (JSON.parse(
    jobPostingJsonLd({ job: job(closesOn), tenant: { id: 't', slug: 'acme', name: 'Acme', intro: '', retentionDays: 90, takingApplications: true }, url: 'https://x/careers/acme/s', appUrl: 'https://x' }),
  ) as { validThrough: string }).validThrough;

describe('DEP10: validThrough ends the closing day at midnight Oslo time, summer and winter', () => {
  it('DEP10: a July closing date carries summer time (+02:00), a January one winter time (+01:00)', () => {
    expect(validThrough('2026-07-15')).toBe('2026-07-15T23:59:59+02:00');
    expect(validThrough('2027-01-15')).toBe('2027-01-15T23:59:59+01:00');
    // The instant really is the last second of the Oslo day.
    expect(osloDateTime(new Date(validThrough('2026-07-15')))).toBe('2026-07-15 23:59');
    expect(osloDateTime(new Date(validThrough('2027-01-15')))).toBe('2027-01-15 23:59');
  });
  it('DEP10: on the days the clocks change, the offset is the one in force at the end of that day', () => {
    // 2026: summer time from Sunday 29 March 02:00, back on Sunday 25 October 03:00.
    expect(validThrough('2026-03-28')).toBe('2026-03-28T23:59:59+01:00');
    expect(validThrough('2026-03-29')).toBe('2026-03-29T23:59:59+02:00');
    expect(validThrough('2026-10-24')).toBe('2026-10-24T23:59:59+02:00');
    expect(validThrough('2026-10-25')).toBe('2026-10-25T23:59:59+01:00');
  });
  it('DEP10: the offset follows the instant around the change', () => {
    expect(osloOffsetAt(new Date('2026-03-29T00:59:59Z'))).toBe('+01:00');
    expect(osloOffsetAt(new Date('2026-03-29T01:00:00Z'))).toBe('+02:00');
    expect(osloOffsetAt(new Date('2026-10-25T00:59:59Z'))).toBe('+02:00');
    expect(osloOffsetAt(new Date('2026-10-25T01:00:00Z'))).toBe('+01:00');
  });
});

describe('Oslo wall-clock times for spreadsheets', () => {
  it('shows an instant as the Norwegian date and time, not UTC', () => {
    expect(osloDateTime(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02 00:30');
    expect(osloDateTime(new Date('2026-12-01T08:05:00Z'))).toBe('2026-12-01 09:05');
  });
});
