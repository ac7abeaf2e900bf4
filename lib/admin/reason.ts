import { z } from 'zod';
import { withoutControlCharacters } from '@/lib/privacy/clean-text';
import { findSensitiveNumber } from '@/lib/privacy/sensitive-numbers';
import { freeText } from '@/lib/privacy/text-input';

/** The same bounds the database checks in staff_open_application (drizzle/0033). */
export const REASON_MIN = 10;
export const REASON_MAX = 500;

/**
 * Why a staff member does something that reaches a tenant (opens an application, adjusts a subscription):
 * written, 10–500 characters, one line, no national-id, card or account numbers and no email address. It is
 * shown to the tenant's owners and kept in the audit log, which outlives an erasure: staff refer to the support
 * case, not to the person. Error messages are keys in Admin.errors.
 */
export const staffReason = freeText({ multiline: true, error: 'reasonShort' })
  .transform((v) => withoutControlCharacters(v).replace(/ {2,}/g, ' ').trim())
  .pipe(
    z
      .string()
      .min(REASON_MIN, { error: 'reasonShort' })
      .max(REASON_MAX, { error: 'reasonLong' })
      .refine((v) => findSensitiveNumber(v) === null, { error: 'sensitiveNumber' })
      .refine((v) => !/[^\s@]+@[^\s@]+\.[^\s@]+/.test(v), { error: 'reasonEmail' }),
  );

/** Opening an application (drizzle/0033 checks the same bounds again). */
export const openApplicationInput = z.object({
  tenantId: z.uuid({ error: 'notFound' }),
  applicationId: z.uuid({ error: 'notFound' }),
  reason: staffReason,
});
export type OpenApplicationInput = z.infer<typeof openApplicationInput>;
