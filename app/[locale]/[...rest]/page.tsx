import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ServedNotFound } from '@/components/layout/served-not-found';
import { asLocale } from '@/i18n/paths';
import NotFound from '../not-found';

export async function generateMetadata({ params }: PageProps<'/[locale]/[...rest]'>): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: 'NotFound' });
  return { title: t('title') }; // Next adds noindex to a 404 itself
}

// Rendered like a cached page (the 404 itself is never stored: lib/server/route-cache.js), so the whole page is
// ready before the status is sent and ServedNotFound can make it 404.
export const dynamic = 'force-static';

// Unknown paths inside a language (and the middleware's 404 for a tenant one is not a member of): that language's
// not-found page, as HTML, with status 404.
export default async function CatchAll({ params }: PageProps<'/[locale]/[...rest]'>) {
  setRequestLocale(asLocale((await params).locale));
  return (
    <ServedNotFound>
      <NotFound />
    </ServedNotFound>
  );
}
