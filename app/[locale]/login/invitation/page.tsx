import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NewPasswordField } from '@/components/auth/new-password-field';
import { Field, FormMessage, SubmitButton } from '@/components/forms/field';
import { withLocalePrefix } from '@/i18n/paths';
import { INVITATION_NAME_PROBLEMS, type InvitationNameProblem } from '@/lib/auth/invitation-name';
import { findInvitation } from '@/lib/auth/invitations';
import { currentIdentity, loginUrl } from '@/lib/auth/session';
import { acceptInvitationAction } from '../actions';
import { PostForm } from '@/components/forms/post-form';

export async function generateMetadata({ params }: PageProps<'/[locale]/login/invitation'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Auth' });
  // 'same-origin': the token in this address reaches no other site, and the form's plain post still carries its
  // Origin ('no-referrer' sends Origin: null, which Next refuses as a cross-site action: the no-JS confirm failed).
  return { title: t('invitation.title'), robots: { index: false }, referrer: 'same-origin' };
}

export default async function InvitationPage({ params, searchParams }: PageProps<'/[locale]/login/invitation'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: 'Auth' });
  const token = typeof query.token === 'string' ? query.token : '';
  const identity = await currentIdentity();
  const invitation = await findInvitation(token, identity.ok ? identity.claims.uid : null);
  // An existing account accepts only from its own session: sign in, and the login page sends the person back here.
  const signInHere = loginUrl(locale, { callbackUrl: `${withLocalePrefix(locale, '/login/invitation')}?${new URLSearchParams({ token })}` });
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6 px-4 py-12">
      <h1 className="text-3xl font-bold text-accent-strong">{t('invitation.title')}</h1>
      {invitation ? (
        <>
          <p>{t('invitation.lead', { tenant: invitation.tenantName, role: t(`roles.${invitation.role}`) })}</p>
          {invitation.hasAccount && invitation.viewer !== 'invitee' ? (
            <>
              <FormMessage tone="info">{t(invitation.viewer === 'other' ? 'invitation.wrongAccount' : 'invitation.signInFirst', { email: invitation.email })}</FormMessage>
              <p>
                <a href={signInHere} className="inline-flex min-h-11 items-center font-semibold text-accent underline underline-offset-2">
                  {t('invitation.signInLink', { email: invitation.email })}
                </a>
              </p>
            </>
          ) : (
            <PostForm action={acceptInvitationAction} className="flex flex-col gap-5">
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="token" value={token} />
              {invitation.hasAccount ? (
                <p className="text-muted">{t('invitation.existing', { email: invitation.email })}</p>
              ) : (
                <>
                  <p className="text-muted">{t('invitation.newAccount', { email: invitation.email })}</p>
                  <Field name="name" label={t('fields.name')} autoComplete="name" required error={typeof query.error === 'string' && (INVITATION_NAME_PROBLEMS as readonly string[]).includes(query.error) ? t(`errors.${query.error as InvitationNameProblem}`) : undefined} />
                  <NewPasswordField locale={locale} error={query.error} />
                </>
              )}
              <SubmitButton>{t('invitation.submit')}</SubmitButton>
            </PostForm>
          )}
        </>
      ) : (
        <FormMessage tone="error">{t('invitation.invalid')}</FormMessage>
      )}
    </div>
  );
}
