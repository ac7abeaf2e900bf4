import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { StaffExtendForm, StaffPlanForm } from '@/components/admin/subscription-adjust-forms';
import { SubscriptionHistory } from '@/components/subscriptions/subscription-history';
import { withLocalePrefix } from '@/i18n/paths';
import { REASON_MAX, REASON_MIN } from '@/lib/admin/reason';
import { requireStaff } from '@/lib/admin/staff';
import { Refused } from '@/lib/errors';
import { isTrial } from '@/lib/subscriptions/plans';
import { subscriptionForStaff } from '@/lib/subscriptions/staff';
import { STAFF_EXTEND_MAX_DAYS } from '@/lib/subscriptions/staff-input';
import { staffChangePlanAction, staffExtendAction } from '../../actions';

type Props = PageProps<'/[locale]/admin/subscriptions/[tenantId]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'AdminSubscriptions' });
  return { title: t('title') };
}

/**
 * One employer's subscription for staff: plan, period, usage (counts), the whole history as the employer reads it,
 * and the two adjustments, each with a reason the employer sees. No people: not the billing contact, not members.
 */
export default async function AdminTenantSubscriptionPage({ params, searchParams }: Props) {
  const { locale, tenantId } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff();
  const view = await subscriptionForStaff(staff, tenantId).catch((error: unknown) => {
    if (error instanceof Refused && error.code === 'not_found') notFound();
    throw error;
  });
  const adjusted = (await searchParams).adjusted;
  const t = await getTranslations({ locale, namespace: 'AdminSubscriptions' });
  const ts = await getTranslations({ locale, namespace: 'Subscription' });
  const format = await getFormatter({ locale });
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'long' });
  const planName = (id: string) => (ts.has(`plans.${id}`) ? ts(`plans.${id}` as 'plans.trial') : id);
  const { tenant } = view;
  const { subscription, plan, usage } = view.overview;
  const reasonTexts = { reason: t('reasonLabel'), reasonHint: t('reasonHint') };
  const otherPlans = view.overview.plans.filter((p) => !isTrial(p) && p.id !== subscription?.planId);

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-1">
        <a href={withLocalePrefix(locale, '/admin/subscriptions')} className="inline-flex min-h-11 items-center text-accent underline underline-offset-2">
          {t('back')}
        </a>
        <h1 className="text-2xl font-bold text-accent-strong">{t('tenantTitle', { name: tenant.name })}</h1>
        <p className="text-muted">
          <span className="font-mono">{tenant.slug}</span> · {t('orgNumber', { number: tenant.orgNumber ?? t('none') })}
        </p>
      </header>

      {adjusted === 'extend' || adjusted === 'plan' ? (
        <p role="status" className="rounded-md border-l-4 border-accent bg-accent-soft px-4 py-3 text-accent-strong">
          {t(adjusted === 'extend' ? 'extendedNotice' : 'planNotice')}
        </p>
      ) : null}

      {!subscription || !plan ? (
        <p>{t('noSubscription')}</p>
      ) : (
        <>
          <section aria-labelledby="plan-heading" className="flex flex-col gap-2" data-testid="staff-subscription">
            <h2 id="plan-heading" className="text-lg font-semibold">
              {ts('planTitle')}: {planName(plan.id)}
            </h2>
            <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
              <dt className="font-medium">{t('colStatus')}</dt>
              <dd>
                {ts.has(`status.${subscription.status}`) ? ts(`status.${subscription.status}` as 'status.trial') : subscription.status}
                {subscription.cancelAtPeriodEnd ? ` (${t('cancelling')})` : null}
              </dd>
              <dt className="font-medium">{t('period')}</dt>
              <dd data-testid="period">{t('periodValue', { start: day(subscription.periodStart), end: day(subscription.periodEnd) })}</dd>
              <dt className="font-medium">{t('colJobs')}</dt>
              <dd>{t('usedOf', { used: usage.publishedJobs, max: plan.maxPublishedJobs })}</dd>
              <dt className="font-medium">{t('colMembers')}</dt>
              <dd>{t('usedOf', { used: usage.members, max: plan.maxMembers })}</dd>
              <dt className="font-medium">{t('lastChanged')}</dt>
              <dd>{format.dateTime(subscription.updatedAt, { dateStyle: 'long', timeStyle: 'short' })}</dd>
            </dl>
          </section>

          <section aria-labelledby="adjust-heading" className="flex flex-col gap-4">
            <h2 id="adjust-heading" className="text-lg font-semibold">
              {t('adjustTitle')}
            </h2>
            <p className="max-w-2xl text-muted">{t('adjustLead')}</p>
            <div className="flex flex-col gap-1">
              <h3 className="font-semibold">{t('extendTitle')}</h3>
              <StaffExtendForm
                action={staffExtendAction}
                tenantId={tenant.id}
                min={REASON_MIN}
                max={REASON_MAX}
                maxDays={STAFF_EXTEND_MAX_DAYS}
                texts={{ ...reasonTexts, days: t('days'), daysHint: t('daysHint', { max: STAFF_EXTEND_MAX_DAYS }), until: t('until'), untilHint: t('untilHint'), submit: t('extendSubmit') }}
              />
            </div>
            {otherPlans.length > 0 ? (
              <div className="flex flex-col gap-1">
                <h3 className="font-semibold">{t('planChangeTitle')}</h3>
                <StaffPlanForm
                  action={staffChangePlanAction}
                  tenantId={tenant.id}
                  min={REASON_MIN}
                  max={REASON_MAX}
                  options={otherPlans.map((p) => [p.id, t('planOption', { plan: planName(p.id), jobs: p.maxPublishedJobs, members: p.maxMembers, months: p.periodMonths })] as const)}
                  texts={{ ...reasonTexts, plan: t('planLabel'), planHint: t('planHint'), submit: t('planSubmit') }}
                />
              </div>
            ) : null}
          </section>
        </>
      )}

      <section aria-labelledby="history-heading" className="flex flex-col gap-3">
        <h2 id="history-heading" className="text-lg font-semibold">
          {ts('historyTitle')}
        </h2>
        <p className="max-w-2xl text-muted">{t('historyLead')}</p>
        <SubscriptionHistory locale={locale} history={view.overview.history} />
      </section>
    </div>
  );
}
