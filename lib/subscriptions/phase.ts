import type { SubscriptionNoticeKind, SubscriptionStatus } from '@/db/schema';
import { osloToday } from '@/lib/time/oslo';

/**
 * Where a subscription stands in its period, decided from its end and a clock (the lifecycle run's clock, which
 * tests may move: lifecycle_now in drizzle/0043). Every period ends unless it is extended or the plan changed:
 * a trial that ran out, a cancellation at period end and an active period nobody renewed all lead to the same
 * 14-day grace period (the dashboard works, a banner warns), and after it to `expired`.
 *
 * Reminders count Oslo calendar days, as the dashboard shows the end: "7 days left" means the end falls on the
 * seventh Oslo day after today, whatever the UTC offset (winter +01:00, summer +02:00).
 */
export const GRACE_DAYS = 14;
export const REMINDER_DAYS = [30, 7] as const;

export type SubscriptionPhase = 'running' | 'ending' | 'grace' | 'expired';

export interface PhaseInput {
  status: SubscriptionStatus;
  periodEnd: Date;
  /** When given, a period of a month or less (a trial, a monthly plan) skips the 30-day reminder. */
  periodStart?: Date;
}

/** A period this many Oslo days long or shorter gets no 30-day reminder: it would arrive on its first day or so. */
export const SHORT_PERIOD_DAYS = 31;

const DAY_MS = 86_400_000;

/** Whole Oslo calendar days from `now`'s day to the day `end` falls on (0 on the last day, negative after). */
export function osloDaysUntil(end: Date, now: Date): number {
  const [a, b] = [osloToday(now), osloToday(end)].map((d) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)));
  return Math.round((b! - a!) / DAY_MS);
}

/** When the grace period after `periodEnd` is over: the same time of day, 14 Oslo days later. */
export function graceEndOf(periodEnd: Date): Date {
  // Whole calendar days in Oslo: across a DST change the instant moves by an hour so the wall-clock time stays.
  const naive = new Date(periodEnd.getTime() + GRACE_DAYS * DAY_MS);
  const shift = offsetMinutes(naive) - offsetMinutes(periodEnd);
  return new Date(naive.getTime() - shift * 60_000);
}

const offsetFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', timeZoneName: 'longOffset' });
function offsetMinutes(at: Date): number {
  const name = offsetFormat.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d\d):(\d\d)/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

export function phaseOf(s: PhaseInput, now: Date): SubscriptionPhase {
  if (s.status === 'expired') return 'expired';
  if (now.getTime() >= s.periodEnd.getTime()) return now.getTime() >= graceEndOf(s.periodEnd).getTime() ? 'expired' : 'grace';
  return osloDaysUntil(s.periodEnd, now) <= REMINDER_DAYS[0] ? 'ending' : 'running';
}

/**
 * The one notice due now, or null: 30 days before the end (until 7 days are left), 7 days before (until the end),
 * at the end (during grace), and when grace is over (the expiry). Only the latest due one is sent: a subscription
 * first seen 5 days before its end gets the 7-day reminder, not both. A trial or a monthly period has no 30-day
 * reminder (it would come the day it began: "30 days left" to someone who just signed up).
 */
export function noticeDue(s: PhaseInput, now: Date): SubscriptionNoticeKind | null {
  if (s.status === 'expired') return null;
  if (now.getTime() >= graceEndOf(s.periodEnd).getTime()) return 'expired';
  if (now.getTime() >= s.periodEnd.getTime()) return 'ended';
  const days = osloDaysUntil(s.periodEnd, now);
  if (days <= REMINDER_DAYS[1]) return 'ends_in_7';
  const short = s.periodStart !== undefined && osloDaysUntil(s.periodEnd, s.periodStart) <= SHORT_PERIOD_DAYS;
  if (days <= REMINDER_DAYS[0] && !short) return 'ends_in_30';
  return null;
}
