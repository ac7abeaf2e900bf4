import { z } from 'zod';
import { ageOn, osloToday } from '@/lib/time/oslo';
import { findSensitiveNumber } from '@/lib/privacy/sensitive-numbers';
import { freeText } from '@/lib/privacy/text-input';
import type { ApplyValues } from './form-state';

// In the browser zod would first try `new Function` to compile faster parsers; the page's CSP forbids eval, so the
// probe fails (harmlessly) but is reported as a violation. Interpreted parsing is plenty for one form.
if (typeof window !== 'undefined') z.config({ jitless: true });

/**
 * The application form's text fields: one schema for the server action and the
 * browser (loaded lazily there). Errors are codes; the page turns them into
 * words in its language (messages Apply.errors.<field>.<code>).
 * The phone gets a light shape check here and the full libphonenumber check on
 * the server (lib/applications/phone.ts), which is too heavy for candidates' phones.
 */
export const MIN_AGE = 15;
export const MAX_AGE = 100;

const withoutSensitiveNumbers = (value: string) => findSensitiveNumber(value) === null;

export const applicationSchema = z.object({
  // Every text field refuses control characters first (freeText, review M7): NUL would fail the insert.
  fullName: freeText()
    .trim()
    .min(1, { error: 'required' })
    .max(200, { error: 'tooLong' })
    .refine(withoutSensitiveNumbers, { error: 'sensitive', abort: true }),
  birthDate: freeText()
    .trim()
    .min(1, { error: 'required' })
    .pipe(z.iso.date({ error: 'date' }))
    .refine(
      (day) => {
        const age = ageOn(day, osloToday());
        return age >= MIN_AGE && age <= MAX_AGE;
      },
      { error: 'age' },
    ),
  email: freeText()
    .trim()
    .min(1, { error: 'required' })
    .max(254, { error: 'tooLong' })
    .refine(withoutSensitiveNumbers, { error: 'sensitive', abort: true })
    .pipe(z.email({ error: 'email' })),
  phone: freeText()
    .trim()
    .min(1, { error: 'required' })
    .refine(withoutSensitiveNumbers, { error: 'sensitive', abort: true })
    .refine((v) => /^\+?[\d\s().-]{5,24}$/.test(v) && (v.match(/\d/g)?.length ?? 0) >= 5, { error: 'phone' }),
  coverLetter: freeText({ multiline: true })
    .max(5000, { error: 'tooLong' })
    .refine(withoutSensitiveNumbers, { error: 'sensitive' }),
  consent: z.literal(true, { error: 'consent' }),
});

export type ApplicationFields = z.infer<typeof applicationSchema>;
export type FieldName = keyof ApplicationFields | 'attachments';
/** First error code per field. */
export type FieldErrors = Partial<Record<FieldName, string>>;

export function firstErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as FieldName | undefined;
    if (field && !out[field]) out[field] = issue.message;
  }
  return out;
}

export function validateApplication(raw: ApplyValues): { ok: true; data: ApplicationFields } | { ok: false; errors: FieldErrors } {
  const parsed = applicationSchema.safeParse(raw);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, errors: firstErrors(parsed.error) };
}
