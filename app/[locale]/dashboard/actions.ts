'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { refreshSession, signOut } from '@/auth';
import { withLocalePrefix } from '@/i18n/paths';
import { localeOfRequest } from '@/i18n/request-locale';
import { endSession } from '@/lib/auth/account';
import { dropUnusedAuthCookies } from '@/lib/auth/auth-cookies';
import { readSessionCookie, requireSession } from '@/lib/auth/session';
import { remainingAfterThisRequest, SESSION_MARKER_COOKIE } from '@/lib/auth/session-policy';

/**
 * Sign out here (this browser only): the session id is revoked on the server,
 * so a copy of the cookie is refused too; other browsers stay signed in.
 */
export async function signOutAction(): Promise<void> {
  const { locale } = await localeOfRequest();
  const claims = await readSessionCookie();
  if (claims) await endSession(claims);
  await signOut({ redirect: false });
  await dropUnusedAuthCookies();
  (await cookies()).delete(SESSION_MARKER_COOKIE);
  redirect(`${withLocalePrefix(locale, '/login')}?reason=signedOut`);
}

/**
 * "Stay signed in": a deliberate click is activity. The session is checked
 * (version against the database) before it is refreshed, and the refresh
 * states the version it checked, so a revoked token cannot be revived.
 */
export async function staySignedInAction(): Promise<{ remainingMs: number }> {
  const claims = await requireSession({ allowPendingMfa: true });
  await refreshSession(claims.sv);
  return { remainingMs: remainingAfterThisRequest(claims) };
}
