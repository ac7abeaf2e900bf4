import type { Metadata, Viewport } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { alternatesFor, pathInLocale } from '@/i18n/alternates';
import { routing } from '@/i18n/routing';
import { appUrl } from '@/lib/settings/env';
import '../globals.css';

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b5566' };

async function currentPath(): Promise<string> {
  return (await headers()).get('x-pathname') ?? '/';
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Site' });
  return {
    metadataBase: new URL(appUrl()),
    title: { default: t('name'), template: `%s · ${t('name')}` },
    description: t('tagline'),
    alternates: alternatesFor(await currentPath()),
    openGraph: { siteName: 'SeeRecruit', locale: locale === 'nb' ? 'nb_NO' : 'en_GB', type: 'website' },
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Site' });
  const other = locale === 'nb' ? 'en' : 'nb';
  const otherLocaleHref = pathInLocale(await currentPath(), other);

  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2"
        >
          {t('skip')}
        </a>
        <SiteHeader locale={locale} otherLocaleHref={otherLocaleHref} />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
