import NextLink from 'next/link';
import type { ComponentProps } from 'react';
import { getPathname } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';

type Href = Parameters<typeof getPathname>[0]['href'];

/**
 * A link to one of our localised routes (e.g. /privacy → /personvern or /en/privacy),
 * resolved on the server so no i18n code ships to the browser.
 */
export function LocaleLink({ href, locale, ...rest }: { href: Href; locale: Locale } & Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'>) {
  return <NextLink href={getPathname({ href, locale })} {...rest} />;
}
