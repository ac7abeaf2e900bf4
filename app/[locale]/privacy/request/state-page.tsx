import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { RequestPage, type RequestState } from '@/components/portal/request-page';
import { pageAlternates } from '@/i18n/alternates';
import { asLocale } from '@/i18n/paths';
import { requestPortalLinkAction } from './actions';

type Props = { params: Promise<{ locale: string }> };

/**
 * The request form and the pages it leads to (sent, expired link, bad address): one page each, each its own
 * address with nothing from the request in it, so all of them are served from cache.
 */
export function requestStatePage(state: RequestState) {
  return {
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const locale = asLocale((await params).locale);
      const t = await getTranslations({ locale, namespace: 'DataRequest' });
      return state === 'form'
        ? { title: t('title'), description: t('description'), alternates: pageAlternates('/privacy/request', locale) }
        : { title: t('title'), robots: { index: false } };
    },
    async Page({ params }: Props) {
      const locale = asLocale((await params).locale);
      setRequestLocale(locale);
      return <RequestPage locale={locale} state={state} action={requestPortalLinkAction} />;
    },
  };
}
