import { z } from 'zod';
import { findSensitiveNumber } from '@/lib/privacy/sensitive-numbers';
import { freeText } from '@/lib/privacy/text-input';

/**
 * The billing contact: who to invoice. The policy promises no account, card or national-ID numbers, so each field
 * goes through the sensitive-number guard (an invoice reference is where a card number would be typed).
 */
const guarded = (max: number, code: string) =>
  freeText()
    .trim()
    .max(max, { error: code })
    .refine((v) => findSensitiveNumber(v) === null, { error: 'billingSensitiveNumber' });

export const billingContactInput = z.object({
  billingName: guarded(200, 'billingName'),
  billingEmail: guarded(320, 'billingEmail').refine((v) => v === '' || z.email().safeParse(v).success, { error: 'emailInvalid' }),
  invoiceReference: guarded(100, 'invoiceReference'),
});
export type BillingContactInput = z.infer<typeof billingContactInput>;

/** Every change to the subscription is confirmed with a ticked box (the form works without JavaScript). */
export const confirmed = z.literal('yes', { error: 'confirmNeeded' });
