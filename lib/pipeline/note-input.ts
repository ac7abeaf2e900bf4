import { findSensitiveNumber } from '@/lib/privacy/sensitive-numbers';
import { freeText } from '@/lib/privacy/text-input';

/**
 * A note's text as a member writes it: 1–5 000 characters, and no national-id,
 * card or account numbers (review L6): notes are read by the whole team and
 * are part of what the candidate gets on an access request. Error messages are
 * keys in DashboardErrors.
 */
export const noteBody = freeText({ multiline: true })
  .trim()
  .min(1, { error: 'noteEmpty' })
  .max(5_000, { error: 'noteLong' })
  .refine((v) => findSensitiveNumber(v) === null, { error: 'sensitiveNumber' });
