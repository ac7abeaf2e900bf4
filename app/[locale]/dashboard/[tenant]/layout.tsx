import { getTranslations, setRequestLocale } from 'next-intl/server';
import { withLocalePrefix } from '@/i18n/paths';
import { SubscriptionBanner } from '@/components/dashboard/subscription-banner';
import type { Locale } from '@/i18n/routing';
import { subscriptionStanding } from '@/lib/subscriptions/overview';
import { asMember, requireMember } from '@/lib/tenancy/member';

export default async function TenantLayout({ children, params }: LayoutProps<'/[locale]/dashboard/[tenant]'>) {
  const { locale, tenant } = await params;
  setRequestLocale(locale);
  const member = await requireMember(tenant);
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  const base = withLocalePrefix(locale, `/dashboard/${member.tenantSlug}`);
  const standing = await asMember(member, (tx) => subscriptionStanding(tx, member));
  const links = [
    { href: base, label: t('overview') },
    { href: `${base}/jobs`, label: t('jobs') },
    { href: `${base}/applications`, label: t('applications') },
    { href: `${base}/settings`, label: t('settings') },
    { href: `${base}/subscription`, label: t('subscription') },
    ...(member.role === 'owner'
      ? [
          { href: `${base}/team`, label: t('team') },
          { href: `${base}/audit`, label: t('audit') },
          { href: `${base}/settings/access-log`, label: t('accessLog') },
        ]
      : []),
  ];
  return (
    <div>
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">{member.tenantName}</p>
      <nav aria-label={t('nav')} className="mt-1 border-b border-line">
        <ul className="flex flex-wrap gap-x-1">
          {links.map((l) => (
            <li key={l.href}>
              <a href={l.href} className="inline-flex min-h-11 items-center px-3 font-medium text-accent hover:underline">
                {l.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <SubscriptionBanner standing={standing} locale={locale as Locale} href={`${base}/subscription`} />
      <div className="py-6">{children}</div>
    </div>
  );
}
