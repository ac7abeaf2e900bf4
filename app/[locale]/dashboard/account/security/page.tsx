import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { TotpConfirmForm } from '@/components/account/totp-confirm-form';
import { ActionForm } from '@/components/dashboard/action-form';
import { FormMessage, SubmitButton } from '@/components/forms/field';
import { accountOverview } from '@/lib/auth/account';
import { requireSession } from '@/lib/auth/session';
import { totpQrDataUrl } from '@/lib/auth/totp';
import { changePasswordAction, confirmTotpAction, disableTotpAction, signOutEverywhereAction, startTotpAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/dashboard/account/security'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Account' });
  return { title: t('title') };
}

const inputClass = 'min-h-11 rounded-md border border-muted bg-white px-3';

function Labelled({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {children}
    </div>
  );
}

export default async function SecurityPage({ params }: PageProps<'/[locale]/dashboard/account/security'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const claims = await requireSession({ allowPendingMfa: true });
  const account = await accountOverview(claims.uid);
  if (!account) notFound();
  const t = await getTranslations({ locale, namespace: 'Account' });
  const ta = await getTranslations({ locale, namespace: 'Auth' });
  const qr = account.pendingSecret ? await totpQrDataUrl(account.pendingSecret, account.email) : null;
  const justEnabled = account.totpJustEnabled;

  return (
    <div className="flex max-w-2xl flex-col gap-10">
      <h1 className="text-2xl font-bold text-accent-strong">{t('title')}</h1>
      {claims.mustEnrolMfa ? <FormMessage tone="info">{t('mfaRequired')}</FormMessage> : null}

      <section aria-labelledby="mfa-heading" className="flex flex-col gap-3">
        <h2 id="mfa-heading" className="text-lg font-semibold">
          {t('mfaTitle')}
        </h2>
        {account.totpEnabledAt && !justEnabled ? (
          <>
            <p>{t('mfaOn', { count: account.recoveryCodesLeft })}</p>
            {!account.isStaff ? (
              <ActionForm action={disableTotpAction} id="mfa-disable" className="flex flex-col gap-3">
                <Labelled id="mfa-disable-password" label={ta('fields.password')}>
                  <input id="mfa-disable-password" name="password" type="password" autoComplete="current-password" required className={inputClass} />
                </Labelled>
                <div>
                  <SubmitButton tone="danger">{t('mfaDisable')}</SubmitButton>
                </div>
              </ActionForm>
            ) : null}
          </>
        ) : qr || justEnabled ? (
          <TotpConfirmForm action={confirmTotpAction} codesLabel={t('recoveryCodes')}>
            {qr ? (
              <>
                <p>{t('mfaScan')}</p>
                {/* eslint-disable-next-line @next/next/no-img-element -- a data URL rendered on the server */}
                <img src={qr.dataUrl} alt={t('mfaQrAlt')} width={200} height={200} className="rounded-md border border-line bg-white" />
                <p className="text-sm">
                  {t('mfaSecret')} <code className="break-all font-mono" data-testid="totp-secret">{account.pendingSecret}</code>
                </p>
                <Labelled id="mfa-code" label={ta('fields.code')}>
                  <input id="mfa-code" name="code" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9 ]*" required className={inputClass} />
                </Labelled>
                <Labelled id="mfa-confirm-password" label={ta('fields.currentPassword')}>
                  <input id="mfa-confirm-password" name="password" type="password" autoComplete="current-password" required aria-describedby="mfa-confirm-password-why" className={inputClass} />
                </Labelled>
                <p id="mfa-confirm-password-why" className="text-sm text-muted">
                  {t('mfaPasswordWhy')}
                </p>
                <div>
                  <SubmitButton>{t('mfaConfirm')}</SubmitButton>
                </div>
              </>
            ) : null}
          </TotpConfirmForm>
        ) : (
          <>
            <p>{t('mfaOff')}</p>
            <ActionForm action={startTotpAction} id="mfa-start">
              <SubmitButton>{t('mfaStart')}</SubmitButton>
            </ActionForm>
          </>
        )}
      </section>

      <section aria-labelledby="password-heading" className="flex flex-col gap-3">
        <h2 id="password-heading" className="text-lg font-semibold">
          {t('passwordTitle')}
        </h2>
        <p className="text-muted">{t('passwordLead')}</p>
        <ActionForm action={changePasswordAction} id="password" className="flex flex-col gap-3">
          <Labelled id="password-current" label={ta('fields.currentPassword')}>
            <input id="password-current" name="current" type="password" autoComplete="current-password" required className={inputClass} />
          </Labelled>
          <Labelled id="password-new" label={ta('fields.newPassword')}>
            <input id="password-new" name="password" type="password" autoComplete="new-password" required aria-describedby="password-rules" className={inputClass} />
          </Labelled>
          <p id="password-rules" className="text-sm text-muted">
            {ta('passwordRules')}
          </p>
          <div>
            <SubmitButton>{t('passwordSubmit')}</SubmitButton>
          </div>
        </ActionForm>
      </section>

      <section aria-labelledby="sessions-heading" className="flex flex-col gap-3">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          {t('sessionsTitle')}
        </h2>
        <p className="text-muted">{t('sessionsLead')}</p>
        <ActionForm action={signOutEverywhereAction} id="sessions">
          <SubmitButton tone="danger">{t('signOutEverywhere')}</SubmitButton>
        </ActionForm>
      </section>
    </div>
  );
}
