import { getTranslations } from 'next-intl/server';
import { NotFoundView } from '@/components/layout/not-found-view';

/**
 * A job ad (or its form) that is not there: taken down after it was public, never published, or a mistyped
 * address. The same 404 for all three (a draft cannot be told from nothing), never stored in the cache
 * (lib/server/route-cache.js), with no job data and no JobPosting, and a way on to the employer's open positions.
 */
export default async function JobNotFound() {
  const [nb, en] = await Promise.all([getTranslations({ locale: 'nb', namespace: 'Job' }), getTranslations({ locale: 'en', namespace: 'Job' })]);
  const texts = (t: typeof nb) => ({ title: t('goneTitle'), body: t('goneBody'), link: t('goneMore') });
  return <NotFoundView texts={{ nb: texts(nb), en: texts(en) }} to="employer" />;
}
