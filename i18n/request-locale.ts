import 'server-only';
import { headers } from 'next/headers';
import { splitLocale } from './paths';
import type { Locale } from './routing';

/**
 * The visible path of the current request (middleware sets x-pathname) and its
 * language, for server actions and route handlers that have no `params`.
 */
export async function localeOfRequest(): Promise<{ path: string; locale: Locale }> {
  const path = (await headers()).get('x-pathname') ?? '/';
  return { path, locale: splitLocale(path).locale };
}
