import { z } from 'zod';
import { staffReason } from '@/lib/admin/reason';

/** The longest extension staff may give in one step (days, or how far ahead a date may be). */
export const STAFF_EXTEND_MAX_DAYS = 730;

const blankIsNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

/**
 * A manual extension from /admin: by a number of days or to a date (an Oslo calendar day), never both, with a
 * written reason the employer sees in the history. Error messages are keys in Admin.errors.
 */
export const staffExtendInput = z
  .object({
    tenantId: z.uuid({ error: 'notFound' }),
    days: z.preprocess(
      blankIsNull,
      z.coerce.number({ error: 'extendDays' }).int({ error: 'extendDays' }).min(1, { error: 'extendDays' }).max(STAFF_EXTEND_MAX_DAYS, { error: 'extendDays' }).nullable(),
    ),
    until: z.preprocess(blankIsNull, z.iso.date({ error: 'extendDate' }).nullable()),
    reason: staffReason,
  })
  .refine((v) => v.days !== null || v.until !== null, { error: 'extendEither', path: ['days'] })
  .refine((v) => v.days === null || v.until === null, { error: 'extendEither', path: ['days'] });
export type StaffExtendInput = z.infer<typeof staffExtendInput>;

/** A plan change from /admin: which plan, and why. */
export const staffPlanInput = z.object({
  tenantId: z.uuid({ error: 'notFound' }),
  plan: z.string({ error: 'planUnknown' }).trim().max(20, { error: 'planUnknown' }),
  reason: staffReason,
});
export type StaffPlanInput = z.infer<typeof staffPlanInput>;

/** The console's search: a name, a slug or an organisation number, and the page of results. */
export const staffSearchInput = z.object({
  q: z.preprocess((v) => (typeof v === 'string' ? v : ''), z.string().transform((v) => v.replace(/\s+/g, ' ').trim().slice(0, 100))),
  page: z.preprocess((v) => (typeof v === 'string' ? v : '1'), z.coerce.number().int().min(1).max(10_000).catch(1)),
});
export type StaffSearchInput = z.infer<typeof staffSearchInput>;
