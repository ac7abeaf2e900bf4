import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LoginForm } from '@/components/auth/login-form';
import { FormMessage } from '@/components/forms/field';
import { safeCallbackUrl } from '@/lib/auth/session-policy';
import { withLocalePrefix } from '@/i18n/paths';
import { signInAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/login'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Auth' });
  return { title: t('login.title'), robots: { index: false } };
}

const REASONS = ['idle', 'expired', 'revoked', 'signedOut', 'reset', 'joined'] as const;

export default async function LoginPage({ params, searchParams }: PageProps<'/[locale]/login'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: 'Auth' });
  const callbackUrl = safeCallbackUrl(typeof query.callbackUrl === 'string' ? query.callbackUrl : null) ?? '';
  const reason = REASONS.find((r) => r === query.reason);

  return (
    <div className="mx-auto flex max-w-md flex-col gap-6 px-4 py-12">
      <h1 className="text-3xl font-bold text-accent-strong">{t('login.title')}</h1>
      {reason ? <FormMessage tone="info">{t(`reason.${reason}`)}</FormMessage> : <p className="text-muted">{t('login.lead')}</p>}
      <LoginForm
        action={signInAction}
        callbackUrl={callbackUrl}
        locale={locale}
        texts={{
          email: t('fields.email'),
          password: t('fields.password'),
          code: t('fields.code'),
          codeHint: t('login.codeHint'),
          submit: t('login.submit'),
          submitCode: t('login.submitCode'),
          codeIntro: t('login.codeIntro'),
          errors: {
            missing: t('errors.missing'),
            invalid: t('errors.invalid'),
            // Raw: the form fills in {minutes} once the server says how long to wait.
            throttled: t.raw('errors.throttled') as string,
            codeInvalid: t('errors.codeInvalid'),
          },
        }}
      />
      <p>
        <a href={withLocalePrefix(locale, '/login/forgot')} className="inline-flex min-h-11 items-center text-accent underline underline-offset-2">
          {t('login.forgot')}
        </a>
      </p>
    </div>
  );
}
