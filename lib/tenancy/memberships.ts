import 'server-only';
import { loadPerson } from '@/lib/auth/session';

/**
 * Where a person goes right after signing in (when no callbackUrl says
 * otherwise): staff without a second factor to enrolment — `forced`, whatever
 * the callbackUrl says — staff with no employer to /admin, one tenant straight
 * in, several to the chooser.
 * Decided from the person who was authenticated, never from a form field.
 */
export async function landingFor(userId: string): Promise<{ path: string; forced: boolean }> {
  const person = await loadPerson(userId);
  if (!person) return { path: '/dashboard', forced: false };
  if (person.staff && !person.totpEnabled) return { path: '/dashboard/account/security', forced: true };
  const [only, ...others] = person.memberships;
  if (person.staff && !only) return { path: '/admin', forced: false };
  return { path: only && others.length === 0 ? `/dashboard/${only.tenantSlug}` : '/dashboard', forced: false };
}
