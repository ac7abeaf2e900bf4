import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { withLocalePrefix } from '@/i18n/paths';
import { localeOfRequest } from '@/i18n/request-locale';
import { currentIdentity, type Person } from '@/lib/auth/session';
import type { SessionClaims } from '@/lib/auth/session-policy';

/** A platform staff member whose second factor is on, as the database says now (never as the token says). */
export interface StaffCtx {
  readonly userId: string;
}

/**
 * Whether this session may use /admin: the database says staff with TOTP enabled, and the session itself passed
 * the second factor. A session records that in its token: `mustEnrolMfa` is set at sign-in for staff without TOTP
 * (sign-in with TOTP on cannot finish without a code) and cleared only when this session enrols (the security
 * page's confirm action refreshes the token). So a session that signed in before its person enrolled elsewhere
 * still has to enrol here first.
 */
export function staffState(person: Person | null, claims: Pick<SessionClaims, 'mustEnrolMfa'> | null): 'staff' | 'enrol' | 'none' {
  if (!person?.staff || !claims) return 'none';
  return person.totpEnabled && !claims.mustEnrolMfa ? 'staff' : 'enrol';
}

/**
 * Every /admin page, route and action starts here (middleware does not run for
 * a server action's redirect render). Signed out, or signed in but not staff:
 * the ordinary 404, the same as a page that does not exist. Staff without a
 * second factor: to enrolment, never into /admin. The SQL functions behind
 * lib/admin/access check staff and TOTP again.
 */
export async function requireStaff(): Promise<StaffCtx> {
  const check = await currentIdentity();
  const state = check.ok ? staffState(check.person, check.claims) : 'none';
  if (state === 'none' || !check.ok) notFound();
  if (state === 'enrol') {
    const { locale } = await localeOfRequest();
    redirect(withLocalePrefix(locale, '/dashboard/account/security'));
  }
  return { userId: check.claims.uid };
}

/** For route handlers (downloads): the same check, answering null instead of rendering a 404 page. */
export async function staffForRoute(): Promise<StaffCtx | null> {
  const check = await currentIdentity();
  return check.ok && staffState(check.person, check.claims) === 'staff' ? { userId: check.claims.uid } : null;
}
