import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SubmitButton } from '@/components/forms/field';
import { PostForm } from '@/components/forms/post-form';
import { LetterPage } from '@/components/layout/letter-page';
import { asLocale } from '@/i18n/paths';
import { openPortalAction } from '../../actions';

// Her own pages keep the per-request CSP nonce (lib/security/headers NONCE_PATHS): rendered per request, never cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/privacy/request/open/[token]'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Portal' });
  // No referrer meta: 'no-referrer' makes the browser post the form with Origin: null, which Next refuses.
  return { title: t('openTitle'), robots: { index: false, follow: false } };
}

/** Where the emailed link lands. Nothing is used up by looking: the button does it (see openPortalAction). */
export default async function OpenPortalPage({ params }: PageProps<'/[locale]/privacy/request/open/[token]'>) {
  const { locale: raw, token } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Portal' });
  return (
    <LetterPage title={t('openTitle')} lead={t('openLead')}>
      <PostForm action={openPortalAction} className="mt-6 flex flex-col gap-4">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={decodeURIComponent(token).slice(0, 200)} />
        <div>
          <SubmitButton>{t('openSubmit')}</SubmitButton>
        </div>
      </PostForm>
      <p className="text-sm text-muted">{t('openWhy')}</p>
    </LetterPage>
  );
}
