// en-CA formats as YYYY-MM-DD. Built once: constructing a formatter with a time
// zone costs about as much as the rest of a submission's validation.
const osloDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Norway (YYYY-MM-DD): closing dates are Oslo calendar days. */
export function osloToday(now: Date = new Date()): string {
  return osloDay.format(now);
}

/** Whole years between a birth date and a day, both YYYY-MM-DD. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const longDay = {
  nb: new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeZone: 'Europe/Oslo' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/Oslo' }),
};

/** "1. desember 2026" / "1 December 2026" for a YYYY-MM-DD day, read as a Norwegian calendar day. */
export function formatDay(day: string, locale: 'nb' | 'en'): string {
  return longDay[locale].format(new Date(`${day}T12:00:00Z`));
}
