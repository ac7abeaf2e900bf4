import type { ComponentProps } from 'react';
import { localePath } from '@/i18n/alternates';
import type { AppPathname, Locale } from '@/i18n/routing';

/**
 * A link to one of our localised routes (e.g. /privacy → /personvern or /en/privacy),
 * resolved on the server. A plain <a>: candidate pages do not need client-side
 * navigation, and next/link or next-intl's Link would cost them JavaScript.
 */
export function LocaleLink({
  href,
  locale,
  params,
  ...rest
}: { href: AppPathname; locale: Locale; params?: Record<string, string> } & Omit<ComponentProps<'a'>, 'href'>) {
  return <a href={localePath(href, locale, params)} {...rest} />;
}
