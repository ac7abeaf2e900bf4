import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { RetentionSettingsForm } from '@/components/dashboard/retention-settings-form';
import { withLocalePrefix } from '@/i18n/paths';
import { retentionSettings } from '@/lib/retention/settings';
import { asMember, requireMember } from '@/lib/tenancy/member';
import { updateRetentionSettingsAction } from './actions';

type Props = PageProps<'/[locale]/dashboard/[tenant]/settings'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Retention' });
  return { title: t('settingsTitle') };
}

/** The tenant's settings: owners edit how long applications are kept; recruiters read it. */
export default async function SettingsPage({ params }: Props) {
  const { locale, tenant } = await params;
  setRequestLocale(locale);
  const member = await requireMember(tenant);
  const values = await asMember(member, (tx) => retentionSettings(tx, member));
  const t = await getTranslations({ locale, namespace: 'Retention' });
  const base = withLocalePrefix(locale, `/dashboard/${member.tenantSlug}`);

  return (
    <div className="flex flex-col gap-8">
      <header>
        <h1 className="text-2xl font-bold text-accent-strong">{t('settingsTitle')}</h1>
        <p className="mt-1 max-w-2xl text-muted">{t('settingsLead')}</p>
      </header>

      <section aria-labelledby="retention-heading" className="flex flex-col gap-3" data-testid="retention-settings">
        <h2 id="retention-heading" className="text-lg font-semibold">
          {t('retentionTitle')}
        </h2>
        {member.role === 'owner' ? (
          <RetentionSettingsForm
            action={updateRetentionSettingsAction}
            tenant={member.tenantSlug}
            values={values}
            labels={{
              retentionDays: t('retentionDays'),
              retentionDaysHint: t('retentionDaysHint'),
              unfilledCapDays: t('unfilledCapDays'),
              unfilledCapDaysHint: t('unfilledCapDaysHint'),
              save: t('save'),
            }}
          />
        ) : (
          <>
            <ul className="flex flex-col gap-1" data-testid="retention-read-only">
              <li>{t('currentRetention', { days: values.retentionDays })}</li>
              <li>{t('currentCap', { days: values.unfilledCapDays })}</li>
            </ul>
            <p className="text-sm text-muted">{t('readOnly')}</p>
          </>
        )}
      </section>

      {member.role === 'owner' ? (
        <section aria-labelledby="access-log-heading" className="flex flex-col gap-2">
          <h2 id="access-log-heading" className="text-lg font-semibold">
            {t('accessLogTitle')}
          </h2>
          <p className="text-muted">{t('accessLogLead')}</p>
          <p>
            <a href={`${base}/settings/access-log`} className="inline-flex min-h-11 items-center text-accent underline underline-offset-2">
              {t('accessLogLink')}
            </a>
          </p>
        </section>
      ) : null}
    </div>
  );
}
