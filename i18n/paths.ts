import type { Locale } from './routing';

/**
 * Locale in visible URL paths: Norwegian at the root, English under /en. Pure and
 * edge-safe: middleware, pages, actions and emails all build and read paths here.
 */

/** The optional English prefix, for route patterns: `new RegExp(`^${LOCALE_PREFIX}/dashboard`)`. */
export const LOCALE_PREFIX = '(?:/en)?';

/** The locale a visible URL path belongs to, and the path without its /en prefix. */
export function splitLocale(pathname: string): { locale: Locale; rest: string } {
  if (pathname === '/en' || pathname.startsWith('/en/')) return { locale: 'en', rest: pathname.slice(3) || '/' };
  return { locale: 'nb', rest: pathname || '/' };
}

/** A path of ours in a language: ('en', '/login') → '/en/login'; Norwegian keeps the path as it is. */
export function withLocalePrefix(locale: string, path: string): string {
  if (locale !== 'en') return path;
  return path === '/' ? '/en' : `/en${path}`;
}

/** Anything that may name a language (a form field, a bound argument) as one of ours, Norwegian otherwise. */
export function asLocale(value: unknown): Locale {
  return value === 'en' ? 'en' : 'nb';
}
