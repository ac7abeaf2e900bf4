import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NewPasswordField } from '@/components/auth/new-password-field';
import { FormMessage, SubmitButton } from '@/components/forms/field';
import { resetTokenIsUsable } from '@/lib/auth/password-reset';
import { withLocalePrefix } from '@/i18n/paths';
import { resetPasswordAction } from '../actions';
import { PostForm } from '@/components/forms/post-form';

export async function generateMetadata({ params }: PageProps<'/[locale]/login/reset'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Auth' });
  // 'same-origin': the token in this address reaches no other site, and the form's plain post still carries its
  // Origin ('no-referrer' sends Origin: null, which Next refuses as a cross-site action: the no-JS confirm failed).
  return { title: t('reset.title'), robots: { index: false }, referrer: 'same-origin' };
}

export default async function ResetPasswordPage({ params, searchParams }: PageProps<'/[locale]/login/reset'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: 'Auth' });
  const token = typeof query.token === 'string' ? query.token : '';
  const usable = await resetTokenIsUsable(token);
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6 px-4 py-12">
      <h1 className="text-3xl font-bold text-accent-strong">{t('reset.title')}</h1>
      {usable ? (
        <PostForm action={resetPasswordAction} className="flex flex-col gap-5">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="token" value={token} />
          <NewPasswordField locale={locale} error={query.error} />
          <SubmitButton>{t('reset.submit')}</SubmitButton>
        </PostForm>
      ) : (
        <>
          <FormMessage tone="error">{t('reset.invalid')}</FormMessage>
          <p>
            <a href={withLocalePrefix(locale, '/login/forgot')} className="inline-flex min-h-11 items-center text-accent underline underline-offset-2">
              {t('reset.again')}
            </a>
          </p>
        </>
      )}
    </div>
  );
}
