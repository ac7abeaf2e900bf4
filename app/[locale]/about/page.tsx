import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import AboutEn from '@/components/content/about-en';
import AboutNb from '@/components/content/about-nb';
import { LetterPage } from '@/components/layout/letter-page';
import { pageAlternates } from '@/i18n/alternates';
import type { Locale } from '@/i18n/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]/about'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'About' });
  return { title: t('title'), description: t('description'), alternates: pageAlternates('/about', locale as Locale) };
}

export default async function AboutPage({ params }: PageProps<'/[locale]/about'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'About' });
  return <LetterPage title={t('title')}>{locale === 'nb' ? <AboutNb /> : <AboutEn />}</LetterPage>;
}
