import { getTranslations } from 'next-intl/server';
import { cookies } from 'next/headers';
import { LocaleLink } from '@/components/ui/locale-link';
import type { Locale } from '@/i18n/routing';
import { SESSION_COOKIE_NAME } from '@/lib/auth/session-policy';

export async function SiteHeader({ locale, otherLocaleHref }: { locale: Locale; otherLocaleHref: string }) {
  const t = await getTranslations({ locale, namespace: 'Nav' });
  const other = locale === 'nb' ? 'en' : 'nb';
  // Only whether the cookie is there (nothing is decoded or set here): someone signed in is offered
  // their dashboard instead of the sign-in page; the dashboard itself checks the session properly.
  const signedIn = (await cookies()).getAll().some((c) => SESSION_COOKIE_NAME.test(c.name));
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <LocaleLink href="/" locale={locale} className="inline-flex min-h-11 items-center text-lg font-bold tracking-tight text-accent">
          SeeRecruit
        </LocaleLink>
        <nav aria-label={t('label')}>
          <ul className="flex flex-wrap items-center gap-x-1 text-[0.9375rem]">
            <li>
              <LocaleLink href="/about" locale={locale} className="inline-flex min-h-11 items-center px-2 hover:underline">
                {t('about')}
              </LocaleLink>
            </li>
            <li>
              <LocaleLink href="/privacy" locale={locale} className="inline-flex min-h-11 items-center px-2 hover:underline">
                {t('privacy')}
              </LocaleLink>
            </li>
            <li>
              <LocaleLink href={signedIn ? '/dashboard' : '/login'} locale={locale} className="inline-flex min-h-11 items-center px-2 hover:underline">
                {t(signedIn ? 'dashboard' : 'login')}
              </LocaleLink>
            </li>
            <li>
              {/* A plain link: the other language's URL is the switch, nothing is stored. */}
              <a
                href={otherLocaleHref}
                hrefLang={other}
                lang={other}
                aria-label={t('switchLanguageLabel')}
                className="ml-1 inline-flex min-h-11 items-center rounded border border-line px-3 font-medium hover:border-accent"
              >
                {t('switchLanguage')}
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
