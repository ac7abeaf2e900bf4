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

/**
 * A stored number as a person reads it in a spreadsheet, never starting with `+`
 * (Excel would take "+47 …" for a formula): Norwegian numbers as dialled in Norway
 * ("91 23 45 67"), others with the international prefix dialled from Norway
 * ("00 46 70 123 45 67"). The spaces keep it text, so no digit or leading zero is
 * lost. Anything unparseable comes back as it was (the CSV guard handles it).
 */
export function phoneForSpreadsheet(stored: string): string {
  const parsed = parsePhoneNumberFromString(stored.trim(), 'NO');
  if (!parsed) return stored;
  return parsed.countryCallingCode === '47' ? parsed.formatNational() : parsed.formatInternational().replace(/^\+/, '00 ');
}
