import { getLocale, getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/components/ui/locale-link';
import type { Locale } from '@/i18n/routing';

export default async function NotFound() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <div className="mx-auto max-w-5xl px-4 py-16">
      <h1 className="text-3xl font-bold text-accent-strong">{t('title')}</h1>
      <p className="mt-4 max-w-xl text-lg">{t('body')}</p>
      <LocaleLink href="/" locale={locale} className="mt-8 inline-flex min-h-11 items-center rounded-md bg-accent px-5 font-semibold text-white">
        {t('home')}
      </LocaleLink>
    </div>
  );
}
