import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { withLocalePrefix } from '@/i18n/paths';
import { localeOfRequest } from '@/i18n/request-locale';
import { currentIdentity, type Person } from '@/lib/auth/session';

/** A platform staff member whose second factor is on, as the database says now (never as the token says). */
export interface StaffCtx {
  readonly userId: string;
}

/** Whether the database's person may use /admin: staff, with TOTP enabled. */
export function staffState(person: Person | null): 'staff' | 'enrol' | 'none' {
  if (!person?.staff) return 'none';
  return person.totpEnabled ? 'staff' : 'enrol';
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
  const state = check.ok ? staffState(check.person) : 'none';
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
  return check.ok && staffState(check.person) === 'staff' ? { userId: check.claims.uid } : null;
}
