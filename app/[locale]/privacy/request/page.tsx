import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Field, FormMessage, SubmitButton } from '@/components/forms/field';
import { PostForm } from '@/components/forms/post-form';
import { LetterPage } from '@/components/layout/letter-page';
import { asLocale } from '@/i18n/paths';
import { portalPaths } from '@/lib/candidate/links';
import { requestPortalLinkAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/privacy/request'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'DataRequest' });
  return { title: t('title'), description: t('description') };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

/**
 * The candidate's way in: one field, the address she applied with. The answer after sending is the same
 * whether we hold anything or not (lib/candidate/request-link). The confirmation email links here with the
 * address filled in (?email=).
 */
export default async function DataRequestPage({ params, searchParams }: PageProps<'/[locale]/privacy/request'>) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: 'Portal' });
  const title = (await getTranslations({ locale, namespace: 'DataRequest' }))('title');
  const sent = one(query.sent) === '1';
  const prefill = one(query.email).slice(0, 320);
  return (
    <LetterPage title={sent ? t('sentTitle') : title} lead={sent ? undefined : t('requestLead')}>
      {sent ? (
        <div className="mt-6 flex flex-col gap-4">
          <FormMessage tone="ok">{t('sent')}</FormMessage>
          <p>{t('sentNothing')}</p>
          <p>
            <a href={portalPaths.request(locale)} className="inline-flex min-h-11 items-center text-accent underline underline-offset-2">
              {t('again')}
            </a>
          </p>
        </div>
      ) : (
        <div className="mt-6 flex max-w-md flex-col gap-4">
          {one(query.expired) === '1' ? <FormMessage tone="info">{t('expired')}</FormMessage> : null}
          <PostForm action={requestPortalLinkAction} className="flex flex-col gap-5">
            <input type="hidden" name="locale" value={locale} />
            <Field
              name="email"
              type="email"
              label={t('emailLabel')}
              hint={t('emailHint')}
              autoComplete="email"
              inputMode="email"
              required
              maxLength={320}
              defaultValue={prefill}
              error={one(query.error) === 'email' ? t('emailError') : undefined}
            />
            <div>
              <SubmitButton>{t('submit')}</SubmitButton>
            </div>
          </PostForm>
        </div>
      )}
      <h2>{t('whyTitle')}</h2>
      <p>{t('why')}</p>
      <h2>{t('supportTitle')}</h2>
      <p>{t('support')}</p>
    </LetterPage>
  );
}
