import { getTranslations } from 'next-intl/server';
import { NotFoundView } from '@/components/layout/not-found-view';

/** Any page we do not have, in either language (see NotFoundView for why both are given). */
export default async function NotFound() {
  const [nb, en] = await Promise.all([getTranslations({ locale: 'nb', namespace: 'NotFound' }), getTranslations({ locale: 'en', namespace: 'NotFound' })]);
  const texts = (t: typeof nb) => ({ title: t('title'), body: t('body'), link: t('home') });
  return <NotFoundView texts={{ nb: texts(nb), en: texts(en) }} to="home" />;
}
