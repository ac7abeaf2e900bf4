import type { ComponentProps } from 'react';
import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { BillingContactForm, ConfirmedSubscriptionForm } from '@/components/dashboard/subscription-forms';
import { SubscriptionHistory } from '@/components/subscriptions/subscription-history';
import { nextPeriodEnd, subscriptionOverview } from '@/lib/subscriptions/overview';
import { isTrial, type Plan } from '@/lib/subscriptions/plans';
import { asMember, requireMember } from '@/lib/tenancy/member';
import { cancelSubscriptionAction, changePlanAction, extendSubscriptionAction, reactivateSubscriptionAction, updateBillingContactAction } from './actions';

type Props = PageProps<'/[locale]/dashboard/[tenant]/subscription'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Subscription' });
  return { title: t('title') };
}

function UsageBar({ label, used, max, id }: { label: string; used: number; max: number; id: string }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id}>{label}</label>
      <progress id={id} value={Math.min(used, max)} max={max} className="h-3 w-full max-w-md accent-accent" />
    </div>
  );
}

/** The plan, usage, billing contact and full history; owners change it, recruiters read it, other tenants get 404. */
export default async function SubscriptionPage({ params }: Props) {
  const { locale, tenant } = await params;
  setRequestLocale(locale);
  const member = await requireMember(tenant);
  const view = await asMember(member, (tx) => subscriptionOverview(tx, member));
  const t = await getTranslations({ locale, namespace: 'Subscription' });
  const format = await getFormatter({ locale });
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'long' });
  const planName = (id: string) => (t.has(`plans.${id}`) ? t(`plans.${id}` as 'plans.trial') : id);
  const statusName = (s: string) => (t.has(`status.${s}`) ? t(`status.${s}` as 'status.trial') : s);
  const owner = member.role === 'owner';
  const { subscription, plan } = view;

  const paidPlans = view.plans.filter((p) => !isTrial(p) && p.id !== subscription?.planId);
  const optionText = (p: Plan) => t('changeOption', { plan: planName(p.id), price: format.number(p.priceNok), months: p.periodMonths, jobs: p.maxPublishedJobs, members: p.maxMembers, days: p.maxRetentionDays });
  // One confirmed action: its heading, lead, box and button, all named after it in the messages.
  const step = (
    name: 'extend' | 'change' | 'reactivate' | 'cancel',
    action: ComponentProps<typeof ConfirmedSubscriptionForm>['action'],
    lead: string,
    more: Pick<ComponentProps<typeof ConfirmedSubscriptionForm>, 'plans' | 'tone'> = {},
  ) => (
    <div className="flex flex-col gap-1">
      <h3 className="font-semibold">{t(`${name}Title`)}</h3>
      <ConfirmedSubscriptionForm
        action={action}
        id={`subscription-${name}`}
        tenant={member.tenantSlug}
        lead={lead}
        confirmLabel={t(`${name}Confirm`)}
        submitLabel={t(`${name}Submit`)}
        {...more}
      />
    </div>
  );
  const canCancel = subscription && plan && !isTrial(plan) && subscription.status === 'active' && !subscription.cancelAtPeriodEnd;
  const canReactivate = subscription && plan && !isTrial(plan) && (subscription.cancelAtPeriodEnd || subscription.status === 'cancelled' || subscription.status === 'expired');

  return (
    <div className="flex flex-col gap-8">
      <header>
        <h1 className="text-2xl font-bold text-accent-strong">{t('title')}</h1>
        <p className="mt-1 max-w-2xl text-muted">{t('lead')}</p>
      </header>

      {!subscription || !plan ? (
        <p>{t('noSubscription')}</p>
      ) : (
        <>
          <section aria-labelledby="plan-heading" className="flex flex-col gap-2" data-testid="subscription-plan">
            <h2 id="plan-heading" className="text-lg font-semibold">
              {t('planTitle')}: {planName(plan.id)}
            </h2>
            <p>{t('statusLine', { status: statusName(subscription.status) })}</p>
            <p>{t('period', { start: day(subscription.periodStart), end: day(subscription.periodEnd) })}</p>
            <p data-testid="subscription-ends">
              {isTrial(plan) ? t('trialEndsOn', { date: day(subscription.periodEnd) }) : subscription.cancelAtPeriodEnd ? t('cancelledEndsOn', { date: day(subscription.periodEnd) }) : t('endsOn', { date: day(subscription.periodEnd) })}
            </p>
            <p className="text-sm text-muted">{t('lastChanged', { date: format.dateTime(subscription.updatedAt, { dateStyle: 'long', timeStyle: 'short' }) })}</p>
          </section>

          <section aria-labelledby="includes-heading" className="flex flex-col gap-2">
            <h2 id="includes-heading" className="text-lg font-semibold">
              {t('includesTitle')}
            </h2>
            <ul className="list-disc pl-5">
              <li>{t('includes.jobs', { n: plan.maxPublishedJobs })}</li>
              <li>{t('includes.members', { n: plan.maxMembers })}</li>
              <li>{t('includes.retention', { n: plan.maxRetentionDays })}</li>
              <li>{isTrial(plan) ? t('includes.priceTrial', { days: plan.trialDays ?? 0 }) : t('includes.price', { price: format.number(plan.priceNok), months: plan.periodMonths })}</li>
            </ul>
          </section>

          <section aria-labelledby="usage-heading" className="flex flex-col gap-3" data-testid="subscription-usage">
            <h2 id="usage-heading" className="text-lg font-semibold">
              {t('usageTitle')}
            </h2>
            <UsageBar id="usage-jobs" label={t('usageJobs', { used: view.usage.publishedJobs, max: plan.maxPublishedJobs })} used={view.usage.publishedJobs} max={plan.maxPublishedJobs} />
            <UsageBar id="usage-members" label={t('usageMembers', { used: view.usage.members, max: plan.maxMembers })} used={view.usage.members} max={plan.maxMembers} />
          </section>

          <section aria-labelledby="actions-heading" className="flex flex-col gap-4" data-testid="subscription-actions">
            <h2 id="actions-heading" className="text-lg font-semibold">
              {t('actionsTitle')}
            </h2>
            {owner ? (
              <>
                <p className="text-sm text-muted">{t('invoiceNote')}</p>
                {!isTrial(plan) ? step('extend', extendSubscriptionAction, t('extendLead', { months: plan.periodMonths, date: day(nextPeriodEnd(subscription, plan)) })) : null}
                {paidPlans.length > 0 ? step('change', changePlanAction, t('changeLead'), { plans: { label: t('changeLabel'), options: paidPlans.map((p) => [p.id, optionText(p)] as const) } }) : null}
                {canReactivate ? step('reactivate', reactivateSubscriptionAction, t('reactivateLead')) : null}
                {canCancel ? step('cancel', cancelSubscriptionAction, t('cancelLead', { date: day(subscription.periodEnd) }), { tone: 'danger' }) : null}
              </>
            ) : (
              <p className="text-sm text-muted">{t('readOnly')}</p>
            )}
          </section>

          <section aria-labelledby="billing-heading" className="flex flex-col gap-3" data-testid="subscription-billing">
            <h2 id="billing-heading" className="text-lg font-semibold">
              {t('billingTitle')}
            </h2>
            <p className="max-w-2xl text-muted">{t('billingLead')}</p>
            {owner ? (
              <BillingContactForm
                action={updateBillingContactAction}
                tenant={member.tenantSlug}
                values={{ billingName: subscription.billingName, billingEmail: subscription.billingEmail, invoiceReference: subscription.invoiceReference }}
                labels={{ billingName: t('billingName'), billingEmail: t('billingEmail'), invoiceReference: t('invoiceReference'), invoiceReferenceHint: t('invoiceReferenceHint'), save: t('billingSave') }}
              />
            ) : (
              <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                <dt className="font-medium">{t('billingName')}</dt>
                <dd className="break-all">{subscription.billingName || t('billingEmpty')}</dd>
                <dt className="font-medium">{t('billingEmail')}</dt>
                <dd className="break-all">{subscription.billingEmail || t('billingEmpty')}</dd>
                <dt className="font-medium">{t('invoiceReference')}</dt>
                <dd className="break-all">{subscription.invoiceReference || t('billingEmpty')}</dd>
              </dl>
            )}
          </section>
        </>
      )}

      <section aria-labelledby="history-heading" className="flex flex-col gap-3">
        <h2 id="history-heading" className="text-lg font-semibold">
          {t('historyTitle')}
        </h2>
        <p className="max-w-2xl text-muted">{t('historyLead')}</p>
        <SubscriptionHistory locale={locale} history={view.history} />
      </section>
    </div>
  );
}
