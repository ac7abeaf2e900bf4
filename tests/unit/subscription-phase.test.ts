import { describe, expect, it } from 'vitest';
import { graceEndOf, noticeDue, osloDaysUntil, phaseOf } from '../../lib/subscriptions/phase';

// The lifecycle's date decisions (lib/subscriptions/phase.ts): Oslo calendar days, in winter (+01:00) and summer (+02:00).
const active = (periodEnd: string) => ({ status: 'active' as const, periodEnd: new Date(periodEnd) });

describe('days left count Oslo calendar days', () => {
  it('winter: 23:30 UTC is already the next day in Oslo (00:30 +01:00)', () => {
    const end = new Date('2027-01-20T12:00:00Z');
    expect(osloDaysUntil(end, new Date('2027-01-12T22:30:00Z'))).toBe(8); // 23:30 on the 12th in Oslo
    expect(osloDaysUntil(end, new Date('2027-01-12T23:30:00Z'))).toBe(7); // 00:30 on the 13th
  });

  it('summer: the day turns at 22:00 UTC (00:00 +02:00)', () => {
    const end = new Date('2027-07-20T12:00:00Z');
    expect(osloDaysUntil(end, new Date('2027-07-12T21:59:00Z'))).toBe(8);
    expect(osloDaysUntil(end, new Date('2027-07-12T22:01:00Z'))).toBe(7);
  });

  it('an end late in the evening belongs to its Oslo day, not the UTC one', () => {
    // 23:30 UTC on 31 March 2027 is 01:30 on 1 April in Oslo (summer time).
    expect(osloDaysUntil(new Date('2027-03-31T23:30:00Z'), new Date('2027-03-25T10:00:00Z'))).toBe(7);
  });
});

describe('which notice is due', () => {
  it('nothing more than 30 Oslo days out; the 30-day reminder until 7 days are left; then the 7-day one', () => {
    const s = active('2027-01-31T11:00:00Z');
    expect(noticeDue(s, new Date('2026-12-31T10:00:00Z'))).toBeNull(); // 31 days
    expect(noticeDue(s, new Date('2027-01-01T10:00:00Z'))).toBe('ends_in_30');
    expect(noticeDue(s, new Date('2027-01-23T22:59:00Z'))).toBe('ends_in_30'); // 23:59 on the 23rd: 8 days
    expect(noticeDue(s, new Date('2027-01-23T23:01:00Z'))).toBe('ends_in_7'); // 00:01 on the 24th: 7 days
    expect(noticeDue(s, new Date('2027-01-31T10:59:00Z'))).toBe('ends_in_7');
  });

  it('from the end instant the grace notice, and 14 days later the expiry; none for an expired subscription', () => {
    const s = active('2027-01-31T11:00:00Z');
    expect(noticeDue(s, new Date('2027-01-31T11:00:00Z'))).toBe('ended');
    expect(noticeDue(s, new Date('2027-02-14T10:59:59Z'))).toBe('ended');
    expect(noticeDue(s, new Date('2027-02-14T11:00:00Z'))).toBe('expired');
    expect(noticeDue({ ...s, status: 'expired' }, new Date('2027-03-01T00:00:00Z'))).toBeNull();
  });

  it('a trial and a cancelled-at-period-end subscription follow the same dates (the status does not matter before expiry)', () => {
    const trial = { status: 'trial' as const, periodEnd: new Date('2027-01-31T11:00:00Z') };
    expect(noticeDue(trial, new Date('2027-02-01T00:00:00Z'))).toBe('ended');
    expect(phaseOf(trial, new Date('2027-02-01T00:00:00Z'))).toBe('grace');
  });
});

describe('grace lasts 14 Oslo days, keeping the wall-clock time across a DST change', () => {
  it('winter to summer: the instant is an hour earlier in UTC', () => {
    // 20 March 2027 11:00 in Oslo (+01:00) → 3 April 11:00 (+02:00), after the change on 28 March.
    expect(graceEndOf(new Date('2027-03-20T10:00:00Z')).toISOString()).toBe('2027-04-03T09:00:00.000Z');
  });

  it('summer to winter: an hour later in UTC', () => {
    // 20 October 2027 11:00 (+02:00) → 3 November 11:00 (+01:00), after the change on 31 October.
    expect(graceEndOf(new Date('2027-10-20T09:00:00Z')).toISOString()).toBe('2027-11-03T10:00:00.000Z');
  });

  it('no change within the 14 days: exactly 14 × 24 hours', () => {
    expect(graceEndOf(new Date('2027-01-10T10:00:00Z')).toISOString()).toBe('2027-01-24T10:00:00.000Z');
  });
});

describe('the banner’s phase', () => {
  it('running, ending within 30 Oslo days, grace after the end, expired after grace or by status', () => {
    const s = active('2027-06-30T10:00:00Z');
    expect(phaseOf(s, new Date('2027-05-01T10:00:00Z'))).toBe('running');
    expect(phaseOf(s, new Date('2027-06-01T10:00:00Z'))).toBe('ending');
    expect(phaseOf(s, new Date('2027-07-01T10:00:00Z'))).toBe('grace');
    expect(phaseOf(s, new Date('2027-07-14T10:00:00Z'))).toBe('expired');
    expect(phaseOf({ ...s, status: 'expired' }, new Date('2027-05-01T10:00:00Z'))).toBe('expired');
  });
});

describe('no 30-day reminder for a period of a month or less', () => {
  it('a 30-day trial and a one-month period skip it; a year does not', () => {
    const end = new Date('2027-01-31T11:00:00Z');
    const twentyDaysLeft = new Date('2027-01-11T11:00:00Z');
    expect(noticeDue({ status: 'trial', periodEnd: end, periodStart: new Date('2027-01-01T11:00:00Z') }, twentyDaysLeft)).toBeNull();
    expect(noticeDue({ status: 'active', periodEnd: end, periodStart: new Date('2026-12-31T11:00:00Z') }, twentyDaysLeft)).toBeNull();
    expect(noticeDue({ status: 'active', periodEnd: end, periodStart: new Date('2026-01-31T11:00:00Z') }, twentyDaysLeft)).toBe('ends_in_30');
    // The 7-day reminder still comes.
    expect(noticeDue({ status: 'trial', periodEnd: end, periodStart: new Date('2027-01-01T11:00:00Z') }, new Date('2027-01-25T11:00:00Z'))).toBe('ends_in_7');
  });
});
