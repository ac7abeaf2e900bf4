import type { ComponentProps } from 'react';
import type { getPathname } from '@/i18n/navigation';
import { routing, type Locale } from '@/i18n/routing';

type Href = Parameters<typeof getPathname>[0]['href'];

/**
 * The visible path of one of our localised routes (e.g. /privacy → /personvern
 * or /en/privacy), from next-intl's pathname table. Deliberately not
 * next-intl's getPathname: importing i18n/navigation puts its client Link and
 * the ICU message parser (~10 KB gz) on every page that imports it.
 */
export function localePath(href: Href, locale: Locale): string {
  const pathname = typeof href === 'string' ? href : href.pathname;
  const params: Record<string, string | number> = typeof href === 'string' ? {} : ((href as { params?: Record<string, string | number> }).params ?? {});
  const entry = routing.pathnames[pathname as keyof typeof routing.pathnames] as string | Record<Locale, string> | undefined;
  const template = entry === undefined ? pathname : typeof entry === 'string' ? entry : entry[locale];
  const path = template.replace(/\[(\w+)\]/g, (_, key: string) => encodeURIComponent(String(params[key] ?? '')));
  return locale === routing.defaultLocale ? path : `/${locale}${path === '/' ? '' : path}`;
}

/**
 * A link to one of our localised routes, resolved on the server. A plain <a>:
 * public and candidate pages (a letter to read, a form to send) need no client
 * router, and nothing is prefetched that the visitor did not ask for.
 */
export function LocaleLink({ href, locale, ...rest }: { href: Href; locale: Locale } & Omit<ComponentProps<'a'>, 'href'>) {
  return <a href={localePath(href, locale)} {...rest} />;
}
