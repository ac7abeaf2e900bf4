import { z } from 'zod';

/**
 * What middleware sends to /api/visits (lib/edge/visit-log.ts → app/api/visits/route.ts, checked by lib/analytics/visits.ts): the six things the
 * privacy page names plus the bot flag, nothing else. Pure zod, edge-safe: both sides read the same limits.
 */
export const VISIT_BATCH_MAX = 200;
export const VISIT_BATCH_MAX_BYTES = 128 * 1024;
export const VISIT_PATH_MAX = 512;
export const VISIT_LABEL_MAX = 64;
/** The header that carries the batch's HMAC (base64url), keyed from AUTH_SECRET for this use alone. */
export const VISIT_SIGNATURE_HEADER = 'x-visit-signature';
/** How far a batch's clock may be from ours: a copied batch replays for minutes at most. */
export const VISIT_BATCH_MAX_SKEW_MS = 5 * 60 * 1000;

/** ISO 3166-1 alpha-2, as the geo headers and the database give it; XX and ZZ are "unknown", never stored. */
export const COUNTRY = /^[A-Z]{2}$/;
export const isCountry = (value: string | null | undefined): value is string => !!value && COUNTRY.test(value) && value !== 'XX' && value !== 'ZZ';

// A label is "Family 123" or "Family": letters, digits, spaces and a few marks, no control characters.
const label = z.string().min(1).max(VISIT_LABEL_MAX).regex(/^[\p{L}\p{N} ._\-/()]+$/u).nullable();

export const visitSchema = z.strictObject({
  ip: z.union([z.ipv4(), z.ipv6()]).nullable(),
  /** Absent: the server looks it up. Null: the platform in front did not know. */
  country: z.string().refine(isCountry).nullable().optional(),
  path: z.string().min(1).max(VISIT_PATH_MAX).regex(/^\/[^?#\s]*$/),
  viewedAt: z.number().int().positive(),
  browser: label,
  os: label,
  bot: z.boolean(),
});
export type Visit = z.infer<typeof visitSchema>;

export const visitBatchSchema = z.strictObject({
  sentAt: z.number().int().positive(),
  visits: z.array(visitSchema).min(1).max(VISIT_BATCH_MAX),
});
export type VisitBatch = z.infer<typeof visitBatchSchema>;

/** A batch's JSON around its visits: `{"sentAt":…,"visits":[…]}` and the commas between them. */
export const VISIT_BATCH_ENVELOPE_BYTES = 64;

/**
 * At least the bytes a visit takes in a batch's JSON, without serialising it: the fixed parts, IPv6 at full length,
 * and 6 bytes for each UTF-16 unit of its texts (the most one can take: a control character escaped as \u0001;
 * a character outside the BMP is two units and four bytes). The sender fills batches up to VISIT_BATCH_MAX_BYTES by it.
 */
export function visitBytesBound(visit: Visit): number {
  return 200 + 6 * (visit.path.length + (visit.browser?.length ?? 0) + (visit.os?.length ?? 0));
}
