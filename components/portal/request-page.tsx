import { getTranslations } from 'next-intl/server';
import { Field, FormMessage, SubmitButton } from '@/components/forms/field';
import { PostForm } from '@/components/forms/post-form';
import { LetterPage } from '@/components/layout/letter-page';
import { PrefillFromQuery } from '@/components/forms/prefill-from-query';
import type { Locale } from '@/i18n/routing';
import { portalPaths } from '@/lib/candidate/links';

/** What the request page says: the form, the form after a used-up link or a bad address, or "sent". */
export type RequestState = 'form' | 'expired' | 'check' | 'sent';

/**
 * The candidate's way in: one field, the address she applied with. The answer after sending is the same
 * whether we hold anything or not (lib/candidate/request-link). Each state is its own address with nothing
 * from the request in it, so every one of them is served from cache; the confirmation email's `?email=` is
 * filled in by the browser (PrefillFromQuery), and without JavaScript she types it.
 */
export async function RequestPage({ locale, state, action }: { locale: Locale; state: RequestState; action: (prev: void, form: FormData) => Promise<void> }) {
  const t = await getTranslations({ locale, namespace: 'Portal' });
  const title = (await getTranslations({ locale, namespace: 'DataRequest' }))('title');
  const sent = state === 'sent';
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
          {state === 'expired' ? <FormMessage tone="info">{t('expired')}</FormMessage> : null}
          <PostForm action={action} className="flex flex-col gap-5">
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
              error={state === 'check' ? t('emailError') : undefined}
            />
            {state === 'form' ? <PrefillFromQuery name="email" /> : null}
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
