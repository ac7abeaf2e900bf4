import { z } from 'zod';
import { employmentTypes } from '@/db/schema';
import { findSensitiveNumber } from '@/lib/privacy/sensitive-numbers';
import { freeText } from '@/lib/privacy/text-input';

const noSensitiveNumbers = (value: string) => findSensitiveNumber(value) === null;

/** A job as the employer writes it. Error messages are keys in the dashboard's messages. */
export const jobInput = z.object({
  title: freeText().trim().min(3, { error: 'titleShort' }).max(120, { error: 'titleLong' }).refine(noSensitiveNumbers, { error: 'sensitiveNumber' }),
  place: freeText().trim().max(120, { error: 'placeLong' }).default('').refine(noSensitiveNumbers, { error: 'sensitiveNumber' }),
  employmentType: z.enum(employmentTypes, { error: 'employmentType' }),
  description: freeText({ multiline: true })
    .max(20_000, { error: 'descriptionLong' })
    .default('')
    .refine(noSensitiveNumbers, { error: 'sensitiveNumber' }),
  language: z.enum(['nb', 'en'], { error: 'language' }).default('nb'),
  closesOn: z.union([z.literal(''), z.iso.date({ error: 'closesOn' })]).transform((v) => (v === '' ? null : v)),
});
export type JobInput = z.infer<typeof jobInput>;

/** URL-safe slug from a title: lower case ASCII, Norwegian letters spelled out. */
export function slugify(title: string): string {
  const base = title
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return base || 'stilling';
}
