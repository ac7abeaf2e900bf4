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

/**
 * The idempotency key of a submission, derived on the server (issue 14): the
 * employer, the address and the submission hash (which holds the address too),
 * shaped as a UUID for the key column. No key is issued with the form, so the
 * apply page is the same for everyone and can be cached. A double click, a
 * retry or the same form sent from a second tab gets the first receipt; other
 * content from the same address is a new application (linked to the first).
 * The key is unique per job in the database, so the same content sent to
 * another job of the employer is an application there too.
 */
export function applicationKey(tenantId: string, email: string, hash: string): string {
  const h = createHash('sha256').update(JSON.stringify(['apply-key', tenantId, email.toLowerCase(), hash])).digest('hex');
  // Version 8 (custom) and the RFC 4122 variant, so it reads as a well-formed UUID.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
