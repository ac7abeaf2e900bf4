import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import PrivacyPolicyEn, { privacyUpdated } from '@/components/content/privacy-en';
import PrivacyPolicyNb from '@/components/content/privacy-nb';
import { LetterPage } from '@/components/layout/letter-page';
import { pageAlternates } from '@/i18n/alternates';
import type { Locale } from '@/i18n/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]/privacy'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Privacy' });
  return { title: t('title'), description: t('description'), alternates: pageAlternates('/privacy', locale as Locale) };
}

export default async function PrivacyPage({ params }: PageProps<'/[locale]/privacy'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Privacy' });
  const format = await getFormatter({ locale });
  const date = format.dateTime(new Date(`${privacyUpdated}T12:00:00Z`), { dateStyle: 'long' });
  return (
    <LetterPage title={t('title')} lead={t('updated', { date })}>
      {locale === 'nb' ? <PrivacyPolicyNb /> : <PrivacyPolicyEn />}
    </LetterPage>
  );
}
