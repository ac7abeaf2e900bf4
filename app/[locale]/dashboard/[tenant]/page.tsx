import { getTranslations, setRequestLocale } from 'next-intl/server';
import { withLocalePrefix } from '@/lib/auth/session-policy';
import { requireMember } from '@/lib/tenancy/guard';

export default async function TenantOverview({ params }: PageProps<'/[locale]/dashboard/[tenant]'>) {
  const { locale, tenant } = await params;
  setRequestLocale(locale);
  const member = await requireMember(tenant);
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  const base = withLocalePrefix(locale, `/dashboard/${member.tenantSlug}`);
  return (
    <section className="flex flex-col gap-3">
      <h1 className="text-2xl font-bold text-accent-strong">{member.tenantName}</h1>
      <p>{t('overviewLead', { tenant: member.tenantName })}</p>
      <p className="text-muted">{t('overviewSoon')}</p>
      <p className="text-sm">{t('yourRole', { role: t(`roles.${member.role}`) })}</p>
      <ul className="flex flex-wrap gap-2">
        {member.role === 'owner' ? (
          <li>
            <a href={`${base}/team`} className="inline-flex min-h-11 items-center rounded-md border border-line bg-white px-4 hover:border-accent">
              {t('team')}
            </a>
          </li>
        ) : null}
        <li>
          <a href={withLocalePrefix(locale, '/dashboard/account/security')} className="inline-flex min-h-11 items-center rounded-md border border-line bg-white px-4 hover:border-accent">
            {t('account')}
          </a>
        </li>
      </ul>
    </section>
  );
}
