import { createHash } from 'node:crypto';
import type { ApplicationFields } from './schema';

/**
 * What an idempotency key is bound to (L7): the normalised fields (as stored:
 * trimmed by the schema, phone in E.164, address in lower case) and the
 * sha256 of each file, in order. A retry of the same form gives the same hash;
 * anything else under the same key is a conflict, not a retry.
 */
export function submissionHash(language: string, fields: ApplicationFields, fileHashes: readonly string[]): string {
  const normalised = [language, fields.fullName, fields.birthDate, fields.email.toLowerCase(), fields.phone, fields.coverLetter, fields.consent, fileHashes];
  return createHash('sha256').update(JSON.stringify(normalised)).digest('hex');
}
