import 'server-only';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * A valid phone number in E.164 (+4791234567), Norwegian unless it says otherwise; null when not valid.
 * Full metadata (/max): with /min, isValid() only checks the length, so +47 59 12 34 56 (no such
 * Norwegian series) passed. Server only (lib/applications/receive.ts), so the size costs candidates
 * nothing; the browser form keeps its light shape check (schema.ts).
 */
export function normalisePhone(input: string): string | null {
  const parsed = parsePhoneNumberFromString(input.trim(), 'NO');
  return parsed && parsed.isValid() ? parsed.number : null;
}
