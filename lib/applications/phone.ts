import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** A valid phone number in E.164 (+4791234567), Norwegian unless it says otherwise; null when not valid. */
export function normalisePhone(input: string): string | null {
  const parsed = parsePhoneNumberFromString(input.trim(), 'NO');
  return parsed && parsed.isValid() ? parsed.number : null;
}
