import { getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/components/ui/locale-link';
import type { Locale } from '@/i18n/routing';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Footer' });
  return (
    <footer className="mt-16 border-t border-line bg-white" aria-label={t('label')}>
      <div className="mx-auto grid max-w-5xl gap-4 px-4 py-8 text-sm text-muted sm:grid-cols-2">
        <ul className="space-y-1">
          <li>
            <LocaleLink href="/about" locale={locale} className="inline-flex min-h-11 items-center underline-offset-2 hover:underline">
              {t('about')}
            </LocaleLink>
          </li>
          <li>
            <LocaleLink href="/privacy" locale={locale} className="inline-flex min-h-11 items-center underline-offset-2 hover:underline">
              {t('privacy')}
            </LocaleLink>
          </li>
          <li>
            <LocaleLink href="/privacy/request" locale={locale} className="inline-flex min-h-11 items-center underline-offset-2 hover:underline">
              {t('request')}
            </LocaleLink>
          </li>
        </ul>
        <div className="space-y-2 sm:text-right">
          <p>{t('contact')}</p>
          <p>{t('cookies')}</p>
          <p>© {new Date().getFullYear()} SeeRecruit</p>
        </div>
      </div>
    </footer>
  );
}
