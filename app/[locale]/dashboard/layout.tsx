import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { IdleWarning } from '@/components/dashboard/idle-warning';
import { SignOutForm } from '@/components/dashboard/sign-out-form';
import { requireSession } from '@/lib/auth/session';
import { remainingAfterThisRequest } from '@/lib/auth/session-policy';
import { withLocalePrefix } from '@/i18n/paths';
import { signOutAction, staySignedInAction } from './actions';

// Personal pages: always rendered per request, never cached.
export const dynamic = 'force-dynamic';

// Every page below inherits this: nothing signed-in belongs in a search index.
export const metadata: Metadata = { robots: { index: false } };

export default async function DashboardLayout({ children, params }: LayoutProps<'/[locale]/dashboard'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const claims = await requireSession({ allowPendingMfa: true });
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  const tw = await getTranslations({ locale, namespace: 'IdleWarning' });
  const remainingMs = remainingAfterThisRequest(claims);
  return (
    <div className="mx-auto max-w-5xl px-4 py-6">
      <div className="mb-4 flex flex-wrap items-center justify-end gap-2 text-sm">
        <a href={withLocalePrefix(locale, '/dashboard/account/security')} className="inline-flex min-h-11 items-center px-2 text-accent underline underline-offset-2">
          {t('account')}
        </a>
        <SignOutForm action={signOutAction} label={t('signOut')} />
      </div>
      {children}
      <IdleWarning remainingMs={remainingMs} loginUrl={withLocalePrefix(locale, '/login')} stay={staySignedInAction} texts={{ title: tw('title'), body: tw('body'), stay: tw('stay') }} />
    </div>
  );
}
