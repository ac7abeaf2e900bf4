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

const osloOffset = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', timeZoneName: 'longOffset' });

/** Norway's offset from UTC at an instant, as ISO 8601 wants it: '+01:00' in winter, '+02:00' in summer. */
export function osloOffsetAt(instant: Date): string {
  const name = osloOffset.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  // 'GMT+02:00', or plain 'GMT' for a zero offset.
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

/**
 * The last second of an Oslo calendar day (YYYY-MM-DD) with the offset in force
 * then: '2026-07-15T23:59:59+02:00', '2026-01-15T23:59:59+01:00'. Clocks change at
 * 01:00 UTC, so the offset one hour before midnight UTC is the one at 23:59:59 local.
 */
export function osloEndOfDay(day: string): string {
  const offset = osloOffsetAt(new Date(`${day}T22:59:59Z`));
  return `${day}T23:59:59${offset}`;
}

const osloMinute = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as Norwegian wall-clock time, 'YYYY-MM-DD HH:MM' (what a spreadsheet reads as a date and time). */
export function osloDateTime(instant: Date): string {
  const part = Object.fromEntries(osloMinute.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

/** The instant the next Oslo calendar day begins (closing dates end there). */
export function osloNextMidnight(now: Date = new Date()): Date {
  return new Date(new Date(osloEndOfDay(osloToday(now))).getTime() + 1_000);
}
