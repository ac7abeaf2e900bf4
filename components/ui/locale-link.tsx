import type { ComponentProps } from 'react';
import { localePath } from '@/i18n/alternates';
import type { AppPathname, Locale } from '@/i18n/routing';

type Href = AppPathname | { pathname: AppPathname | (string & {}); params?: Record<string, string> };

/**
 * A link to one of our localised routes (e.g. /privacy → /personvern or /en/privacy),
 * resolved on the server. A plain <a>: candidate pages do not need client-side
 * navigation, and next/link or next-intl's Link would cost them JavaScript
 * (next-intl's pulls its ICU message parser, ~10 KB gz, into every page).
 */
export function LocaleLink({ href, locale, ...rest }: { href: Href; locale: Locale } & Omit<ComponentProps<'a'>, 'href'>) {
  const target = typeof href === 'string' ? localePath(href, locale) : localePath(href.pathname, locale, href.params);
  return <a href={target} {...rest} />;
}
