import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { requireIdentity } from '@/lib/auth/session';
import { withLocalePrefix } from '@/i18n/paths';

export async function generateMetadata({ params }: PageProps<'/[locale]/dashboard'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  return { title: t('chooserTitle') };
}

/** /dashboard: straight to the person's employer, or a chooser when there are several. */
export default async function DashboardHome({ params }: PageProps<'/[locale]/dashboard'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  // The person's tenants come with the request's one identity query, already sorted by name.
  const { person } = await requireIdentity();
  const mine = person.memberships;
  // Platform staff belong to no employer: their place is /admin (requireIdentity sent those without TOTP to enrol).
  if (mine.length === 0 && person.staff) redirect(withLocalePrefix(locale, '/admin'));
  if (mine.length === 1) redirect(withLocalePrefix(locale, `/dashboard/${mine[0]!.tenantSlug}`));
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  if (mine.length === 0) {
    return (
      <section>
        <h1 className="text-2xl font-bold text-accent-strong">{t('noTenantTitle')}</h1>
        <p className="mt-2">{t('noTenantLead')}</p>
      </section>
    );
  }
  return (
    <section>
      <h1 className="text-2xl font-bold text-accent-strong">{t('chooserTitle')}</h1>
      <p className="mt-2">{t('chooserLead')}</p>
      <ul className="mt-4 flex flex-col gap-2">
        {mine.map((m) => (
          <li key={m.tenantSlug}>
            <a href={withLocalePrefix(locale, `/dashboard/${m.tenantSlug}`)} className="flex min-h-11 items-center justify-between rounded-md border border-line bg-white px-4 hover:border-accent">
              <span className="font-semibold">{m.tenantName}</span>
              <span className="text-sm text-muted">{t(`roles.${m.role}`)}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
