import { withLocalePrefix } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { isHttps } from '@/lib/settings/env';

/** How long a link and a portal session last (drizzle/0032 uses the same figure). */
export const PORTAL_MINUTES = 30;

/** The portal's cookie: the session token (only its hash is stored), for 30 minutes, nowhere else than our pages. */
export const PORTAL_COOKIE = 'sr_portal';

export function portalCookieOptions() {
  return { httpOnly: true, sameSite: 'lax' as const, secure: isHttps(), path: '/', maxAge: PORTAL_MINUTES * 60 };
}

/** The visible paths, per language (i18n/routing.ts pathnames). */
export const portalPaths = {
  request: (locale: Locale) => withLocalePrefix(locale, locale === 'en' ? '/privacy/request' : '/personvern/innsyn'),
  /** After sending the form: the same answer whatever we hold. */
  requestSent: (locale: Locale) => withLocalePrefix(locale, locale === 'en' ? '/privacy/request/sent' : '/personvern/innsyn/sendt'),
  /** A link that was used up or too old: the form again, saying so. */
  requestExpired: (locale: Locale) => withLocalePrefix(locale, locale === 'en' ? '/privacy/request/expired' : '/personvern/innsyn/utlopt'),
  /** Not an email address (a post without JavaScript): the form again, saying so. */
  requestCheck: (locale: Locale) => withLocalePrefix(locale, locale === 'en' ? '/privacy/request/check' : '/personvern/innsyn/sjekk'),
  open: (locale: Locale, token: string) => withLocalePrefix(locale, `${locale === 'en' ? '/privacy/request/open' : '/personvern/innsyn/apne'}/${encodeURIComponent(token)}`),
  portal: (locale: Locale) => withLocalePrefix(locale, locale === 'en' ? '/privacy/request/mine' : '/personvern/innsyn/mine'),
  export: (locale: Locale) => withLocalePrefix(locale, locale === 'en' ? '/privacy/request/export' : '/personvern/innsyn/eksport'),
};
