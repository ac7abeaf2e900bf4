import { z } from 'zod';
import { findSensitiveNumber } from '@/lib/privacy/sensitive-numbers';
import { freeText } from '@/lib/privacy/text-input';

// Control characters out (line breaks stay: a correction may be a short list), like every other text field.
const CONTROLS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A correction as the form sends it, guarded like the application's own fields (the database checks 1–2000 again). */
export const correctionSchema = z.object({
  // NUL and other controls are refused with a field error (review M7); zero-width and bidi marks are dropped.
  body: freeText({ multiline: true })
    .transform((v) => v.replace(/\r\n?/g, '\n').replace(CONTROLS, '').trim())
    .pipe(
      z
        .string()
        .min(1, { error: 'correctionLength' })
        .max(2000, { error: 'correctionLength' })
        .refine((v) => findSensitiveNumber(v) === null, { error: 'sensitive' }),
    ),
  tenantId: z.uuid(),
  applicationId: z.uuid(),
});
