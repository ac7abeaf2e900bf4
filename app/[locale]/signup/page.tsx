import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SignupForm } from '@/components/auth/signup-form';
import { signUpAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/signup'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Signup' });
  return { title: t('title') };
}

export default async function SignupPage({ params }: PageProps<'/[locale]/signup'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Signup' });
  const ta = await getTranslations({ locale, namespace: 'Auth' });
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6 px-4 py-12">
      <h1 className="text-3xl font-bold text-accent-strong">{t('title')}</h1>
      <p className="text-muted">{t('lead')}</p>
      <SignupForm
        action={signUpAction}
        locale={locale}
        texts={{
          labels: { companyName: t('companyName'), orgNumber: t('orgNumber'), slug: t('slug'), name: t('name'), email: ta('fields.email'), password: ta('fields.password') },
          hints: { orgNumber: t('orgNumberHint'), slug: t('slugHint'), password: ta('passwordRules') },
          problems: {
            required: t('problems.required'),
            sensitiveNumber: t('problems.sensitiveNumber'),
            slugShape: t('problems.slugShape'),
            slugReserved: t('problems.slugReserved'),
            orgNumberShape: t('problems.orgNumberShape'),
            orgNumberCheck: t('problems.orgNumberCheck'),
            slugTaken: t('problems.slugTaken'),
            controlCharacters: t('problems.controlCharacters'),
            link: t('problems.link'),
            emailShape: ta('errors.email'),
            tooShort: ta('password.tooShort'),
            tooLong: ta('password.tooLong'),
            tooWeak: ta('password.tooWeak'),
          },
          submit: t('submit'),
          throttled: t('throttled'),
          sent: { title: t('sent.title'), body: t('sent.body') },
        }}
      />
    </div>
  );
}
