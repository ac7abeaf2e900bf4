import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { IdleWarning } from '@/components/dashboard/idle-warning';
import { SignOutForm } from '@/components/dashboard/sign-out-form';
import { withLocalePrefix } from '@/i18n/paths';
import { requireStaff } from '@/lib/admin/staff';
import { remainingAfterThisRequest } from '@/lib/auth/session-policy';
import { requireSession } from '@/lib/auth/session';
import { signOutAction, staySignedInAction } from '../dashboard/actions';

// Personal pages: always rendered per request, never cached, never indexed.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false } };

/** /admin: platform staff with a second factor only; anyone else gets the ordinary 404 (lib/admin/staff). */
export default async function AdminLayout({ children, params }: LayoutProps<'/[locale]/admin'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireStaff();
  const claims = await requireSession();
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const ts = await getTranslations({ locale, namespace: 'AdminSubscriptions' });
  const td = await getTranslations({ locale, namespace: 'Dashboard' });
  const tw = await getTranslations({ locale, namespace: 'IdleWarning' });
  return (
    <div className="mx-auto max-w-5xl px-4 py-6">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2 text-sm">
        <nav aria-label={t('nav')} className="flex flex-wrap items-center">
          <a href={withLocalePrefix(locale, '/admin')} className="inline-flex min-h-11 items-center px-2 font-semibold text-accent-strong underline underline-offset-2">
            {t('title')}
          </a>
          <a href={withLocalePrefix(locale, '/admin/subscriptions')} className="inline-flex min-h-11 items-center px-2 text-accent underline underline-offset-2">
            {ts('nav')}
          </a>
        </nav>
        <div className="flex flex-wrap items-center gap-2">
          <a href={withLocalePrefix(locale, '/dashboard/account/security')} className="inline-flex min-h-11 items-center px-2 text-accent underline underline-offset-2">
            {td('account')}
          </a>
          <SignOutForm action={signOutAction} label={td('signOut')} />
        </div>
      </div>
      {children}
      <IdleWarning remainingMs={remainingAfterThisRequest(claims)} loginUrl={withLocalePrefix(locale, '/login')} stay={staySignedInAction} texts={{ title: tw('title'), body: tw('body'), stay: tw('stay') }} />
    </div>
  );
}
