'use client';

import { usePathname } from 'next/navigation';
import type { Locale } from '@/i18n/routing';

export interface NotFoundTexts {
  title: string;
  body: string;
  link: string;
}

/**
 * A not-found page's message in the visitor's language, with a way on. A not-found page gets no params and must
 * not read the request (that would make the cached pages around it dynamic), so it is given both languages and
 * picks one by the path, which the server knows when it renders the HTML: the message is there without
 * JavaScript. `to` is the front page, or the employer's open positions for a job address.
 */
export function NotFoundView({ texts, to }: { texts: Record<Locale, NotFoundTexts>; to: 'home' | 'employer' }) {
  const pathname = usePathname() ?? '/';
  const locale: Locale = pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'nb';
  const prefix = locale === 'en' ? '/en' : '';
  const employer = /^(?:\/en)?\/careers\/([a-z0-9-]+)(?:\/|$)/.exec(pathname)?.[1];
  const href = to === 'employer' && employer ? `${prefix}/careers/${employer}` : prefix || '/';
  const t = texts[locale];
  return (
    <div className="mx-auto max-w-5xl px-4 *:max-w-2xl py-12" lang={locale}>
      <h1 className="text-3xl font-bold tracking-tight text-accent-strong">{t.title}</h1>
      <p className="mt-4 text-lg">{t.body}</p>
      <a href={href} className="mt-8 inline-flex min-h-11 items-center rounded-md bg-accent px-5 py-2 font-semibold text-white hover:bg-accent-strong">
        {t.link}
      </a>
    </div>
  );
}
