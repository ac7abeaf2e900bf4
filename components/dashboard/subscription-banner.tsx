import { getFormatter, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { SubscriptionStanding } from '@/lib/subscriptions/overview';

/**
 * On every dashboard page of the tenant while the subscription ends within 30 days, during the 14 days of grace
 * and once it has expired (lib/subscriptions/phase.ts), with a link to the subscription page.
 */
export async function SubscriptionBanner({ standing, locale, href }: { standing: SubscriptionStanding | null; locale: Locale; href: string }) {
  if (!standing || standing.phase === 'running') return null;
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  const format = await getFormatter({ locale });
  const values = { end: format.dateTime(standing.periodEnd, { dateStyle: 'long', timeZone: 'Europe/Oslo' }), grace: format.dateTime(standing.graceEnd, { dateStyle: 'long', timeZone: 'Europe/Oslo' }) };
  const text = standing.phase === 'ending' ? t('bannerEnding', values) : standing.phase === 'grace' ? t('bannerGrace', values) : t('bannerExpired');
  const strong = standing.phase !== 'ending';
  return (
    <div
      role="status"
      data-testid="subscription-banner"
      data-phase={standing.phase}
      className={`mt-4 rounded-md border-l-4 px-4 py-3 ${strong ? 'border-danger bg-white' : 'border-accent bg-accent-soft text-accent-strong'}`}
    >
      <p>{text}</p>
      <a href={href} className="mt-1 inline-flex min-h-11 items-center font-semibold text-accent underline underline-offset-2">
        {t('bannerLink')}
      </a>
    </div>
  );
}
