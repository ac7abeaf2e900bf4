import { z } from 'zod';
import { findSensitiveNumber } from '@/lib/privacy/sensitive-numbers';
import { freeText } from '@/lib/privacy/text-input';

/** The owners' retention settings (the database checks the same ranges: drizzle/0031 set_retention_settings). */
export const RETENTION_DAYS = { min: 1, max: 365, default: 90 } as const;
export const UNFILLED_CAP_DAYS = { min: 30, max: 730, default: 180 } as const;
export const HOLD_REASON_MAX = 500;
export const HOLD_MAX_DAYS = 365;

const wholeDays = (range: { min: number; max: number }, code: string) =>
  z.coerce.number({ error: code }).int({ error: code }).min(range.min, { error: code }).max(range.max, { error: code });

export const retentionSettingsInput = z.object({
  retentionDays: wholeDays(RETENTION_DAYS, 'retentionDays'),
  unfilledCapDays: wholeDays(UNFILLED_CAP_DAYS, 'unfilledCapDays'),
});
export type RetentionSettingsInput = z.infer<typeof retentionSettingsInput>;

export const legalHoldInput = z.object({
  // Shown to every owner and kept after the hold ends: no national-id, card or account numbers (review L6).
  reason: freeText({ multiline: true })
    .trim()
    .min(1, { error: 'holdReason' })
    .max(HOLD_REASON_MAX, { error: 'holdReason' })
    .refine((v) => findSensitiveNumber(v) === null, { error: 'sensitiveNumber' }),
  until: z.iso.date({ error: 'holdUntil' }),
});
export type LegalHoldInput = z.infer<typeof legalHoldInput>;

/** The end dates a hold may have, as YYYY-MM-DD in Oslo: today up to 365 days ahead (the database checks again). */
export function holdDateRange(now: Date = new Date()): { min: string; max: string } {
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  return { min: day(now), max: day(new Date(now.getTime() + HOLD_MAX_DAYS * 86_400_000)) };
}
