'use client';

import { usePathname } from 'next/navigation';
import { pathInLocale } from '@/i18n/alternates';
import type { Locale } from '@/i18n/routing';

/**
 * The same page in the other language: a plain link, nothing stored. The path comes from the router (in the HTML
 * of a prerendered page too), so the layout needs no request header and public pages stay cacheable.
 */
export function LanguageSwitch({ other, label, text }: { other: Locale; label: string; text: string }) {
  const pathname = usePathname() ?? '/';
  return (
    <a
      href={pathInLocale(pathname, other)}
      hrefLang={other}
      lang={other}
      aria-label={label}
      className="ml-1 inline-flex min-h-11 items-center rounded border border-line px-3 font-medium hover:border-accent"
    >
      {text}
    </a>
  );
}
