import { getFormatter, getTranslations } from 'next-intl/server';
import type { SubscriptionEvent } from '@/lib/subscriptions/history';

/**
 * A subscription's history as its owners read it (the dashboard's subscription page) and as staff read it
 * (/admin/subscriptions): every event with its time, who made it, before and after, and a staff member's reason.
 * Staff are shown as SeeRecruit support, never by name.
 */
export async function SubscriptionHistory({ locale, history }: { locale: string; history: SubscriptionEvent[] }) {
  const t = await getTranslations({ locale, namespace: 'Subscription' });
  const format = await getFormatter({ locale });
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'long' });
  const planName = (id: string) => (t.has(`plans.${id}`) ? t(`plans.${id}` as 'plans.trial') : id);
  const statusName = (s: string) => (t.has(`status.${s}`) ? t(`status.${s}` as 'status.trial') : s);

  const describe = (state: unknown): string | null => {
    if (!state || typeof state !== 'object') return null;
    const s = state as { plan?: string; status?: string; periodEnd?: string; cancelAtPeriodEnd?: boolean };
    if (!s.plan || !s.status || !s.periodEnd) return null;
    const values = { plan: planName(s.plan), status: statusName(s.status), end: day(new Date(s.periodEnd)) };
    if (s.cancelAtPeriodEnd) return t('stateCancelling', values);
    // A trial's plan and status have one name: say it once.
    return values.plan === values.status ? t('stateOneName', values) : t('state', values);
  };
  const change = (e: SubscriptionEvent): string[] => {
    if (e.kind === 'billing_changed') {
      const fields = Array.isArray(e.after.fields) ? (e.after.fields as string[]) : [];
      return [t('billingFields', { fields: fields.map((f) => (t.has(`fieldNames.${f}`) ? t(`fieldNames.${f}` as 'fieldNames.billingName') : f)).join(', ') })];
    }
    const before = describe(e.before);
    const after = describe(e.after);
    return [before ? t('before', { state: before }) : null, after ? t('after', { state: after }) : null, e.reason ? t('reason', { reason: e.reason }) : null].filter((x): x is string => x !== null);
  };
  const actor = (e: SubscriptionEvent) => (e.actorKind === 'system' ? t('actorSystem') : e.actorKind === 'staff' ? t('actorStaff') : e.actorName || t('actorUnknown'));

  return (
    <ol className="divide-y divide-line rounded-md border border-line bg-white text-sm" data-testid="subscription-history">
      {history.map((e) => (
        <li key={e.id} className="grid gap-x-4 gap-y-0.5 p-3 md:grid-cols-[12rem_12rem_1fr]" data-kind={e.kind}>
          <time dateTime={e.at.toISOString()} className="text-muted">
            {format.dateTime(e.at, { dateStyle: 'long', timeStyle: 'short' })}
          </time>
          <span>
            <span className="block font-medium">{t.has(`kinds.${e.kind}`) ? t(`kinds.${e.kind}` as 'kinds.created') : e.kind}</span>
            <span className="block break-all" data-testid="history-actor">
              {actor(e)}
            </span>
          </span>
          <span>
            {change(e).map((line) => (
              <span key={line} className="block break-words">
                {line}
              </span>
            ))}
          </span>
        </li>
      ))}
    </ol>
  );
}
