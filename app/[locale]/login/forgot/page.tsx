import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Field, FormMessage, SubmitButton } from '@/components/forms/field';
import { withLocalePrefix } from '@/i18n/paths';
import { requestResetAction } from '../actions';
import { PostForm } from '@/components/forms/post-form';

export async function generateMetadata({ params }: PageProps<'/[locale]/login/forgot'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Auth' });
  return { title: t('forgot.title'), robots: { index: false } };
}

export default async function ForgotPasswordPage({ params, searchParams }: PageProps<'/[locale]/login/forgot'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: 'Auth' });
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6 px-4 py-12">
      <h1 className="text-3xl font-bold text-accent-strong">{t('forgot.title')}</h1>
      {query.sent ? (
        <FormMessage tone="ok">{t('forgot.sent')}</FormMessage>
      ) : (
        <>
          <p className="text-muted">{t('forgot.lead')}</p>
          <PostForm action={requestResetAction} className="flex flex-col gap-5">
            <input type="hidden" name="locale" value={locale} />
            <Field name="email" type="email" label={t('fields.email')} autoComplete="email" required error={query.error ? t('errors.email') : undefined} />
            <SubmitButton>{t('forgot.submit')}</SubmitButton>
          </PostForm>
        </>
      )}
      <p>
        <a href={withLocalePrefix(locale, '/login')} className="inline-flex min-h-11 items-center text-accent underline underline-offset-2">
          {t('backToLogin')}
        </a>
      </p>
    </div>
  );
}
