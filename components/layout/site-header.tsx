import { getTranslations } from 'next-intl/server';
import { LanguageSwitch } from '@/components/layout/language-switch';
import { LocaleLink } from '@/components/ui/locale-link';
import type { Locale } from '@/i18n/routing';

/**
 * The same header for everyone, so public pages can be served from cache: no cookie is read here. "Sign in" goes
 * to the dashboard, which sends someone signed out to the sign-in page and someone signed in straight in.
 */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Nav' });
  const other = locale === 'nb' ? 'en' : 'nb';
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
              <LocaleLink href="/dashboard" locale={locale} className="inline-flex min-h-11 items-center px-2 hover:underline">
                {t('login')}
              </LocaleLink>
            </li>
            <li>
              <LanguageSwitch other={other} label={t('switchLanguageLabel')} text={t('switchLanguage')} />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
