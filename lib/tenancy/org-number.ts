// A Norwegian organisation number (organisasjonsnummer): nine digits, the last a
// mod-11 check digit over the first eight. Plain functions, no server imports:
// the sign-up form and the server share them.

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

export type OrgNumberProblem = 'required' | 'orgNumberShape' | 'orgNumberCheck';

/** What people type ("923 609 016") as the stored form ("923609016"): spaces dropped, nothing else. */
export function compactOrgNumber(raw: string): string {
  return raw.replace(/[\s\u00a0]+/g, '');
}

/** True when `digits` is exactly nine digits whose last is the mod-11 check digit of the first eight. */
export function isValidOrgNumber(digits: string): boolean {
  if (!/^[0-9]{9}$/.test(digits)) return false;
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(digits[i]), 0);
  const check = (11 - (sum % 11)) % 11;
  // A remainder of 1 would need the check digit 10: no number is issued with those eight digits.
  return check !== 10 && check === Number(digits[8]);
}

/** Why a typed organisation number is refused, or null when it is a valid one. */
export function orgNumberProblem(raw: string): OrgNumberProblem | null {
  const digits = compactOrgNumber(raw);
  if (!digits) return 'required';
  if (!/^[0-9]{9}$/.test(digits)) return 'orgNumberShape';
  return isValidOrgNumber(digits) ? null : 'orgNumberCheck';
}

/** "923609016" as people write it: "923 609 016". */
export function formatOrgNumber(digits: string): string {
  return digits.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');
}
