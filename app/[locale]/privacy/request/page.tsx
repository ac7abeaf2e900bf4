import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LetterPage } from '@/components/layout/letter-page';
import type { Locale } from '@/i18n/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]/privacy/request'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'DataRequest' });
  return { title: t('title'), description: t('description') };
}

/**
 * How a candidate asks for a copy or erasure today: by email from the address
 * used in the application, confirmed by a link to that address. The self-service
 * form with the signed, expiring link is a later piece of work.
 */
export default async function DataRequestPage({ params }: PageProps<'/[locale]/privacy/request'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'DataRequest' });
  return (
    <LetterPage title={t('title')} lead={t('lead')}>
      <h2>{t('howTitle')}</h2>
      <ol>
        <li>{t('how1')}</li>
        <li>{t('how2')}</li>
        <li>{t('how3')}</li>
        <li>{t('how4')}</li>
      </ol>
      <p>{t('soon')}</p>
      <h2>{t('whyTitle')}</h2>
      <p>{t('why')}</p>
      <h2>{t('correctTitle')}</h2>
      <p>{t('correct')}</p>
    </LetterPage>
  );
}
