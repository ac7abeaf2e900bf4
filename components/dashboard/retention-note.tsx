import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { ActiveHold, ApplicationRetention, JobRetention } from '@/lib/retention/schedule';
import { formatDay, osloToday } from '@/lib/time/oslo';

/** The Oslo calendar day of an instant, long form ("12. mars 2027" / "12 March 2027"). */
export function purgeDay(at: Date, locale: Locale): string {
  return formatDay(osloToday(at), locale);
}

async function holdText(hold: ActiveHold, locale: Locale, short = false): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'Retention' });
  const date = formatDay(hold.until, locale);
  return short ? t('heldUntilShort', { date }) : t('heldUntil', { date, reason: hold.reason });
}

/** The job page's sentence: how many applications go when, and why; or the hold that keeps them. */
export async function JobRetentionNote({ retention, locale }: { retention: JobRetention; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Retention' });
  let text: string;
  if (retention.hold) text = await holdText(retention.hold, locale);
  else if (!retention.purgeAt) text = t('jobKept', { days: retention.retentionDays, cap: retention.unfilledCapDays });
  else if (retention.due && retention.applications > 0) text = t('jobDueNow', { count: retention.applications });
  else {
    const key = retention.cause === 'filled' ? 'jobFilled' : 'jobCap';
    const days = retention.cause === 'filled' ? retention.retentionDays : retention.unfilledCapDays;
    text = t(key, { count: retention.applications, date: purgeDay(retention.purgeAt, locale), days });
  }
  return (
    <p className="max-w-2xl" data-testid="job-retention" data-held={retention.hold ? 'yes' : undefined}>
      {text}
    </p>
  );
}

/** One application's date, for the list (short) and the detail page (with the hold's reason). */
export async function ApplicationRetentionNote({ retention, locale, short = false }: { retention: ApplicationRetention | undefined; locale: Locale; short?: boolean }) {
  const t = await getTranslations({ locale, namespace: 'Retention' });
  let text: string;
  if (!retention) text = t('appKept');
  else if (retention.hold) text = await holdText(retention.hold, locale, short);
  else if (!retention.purgeAt) text = t('appKept');
  else if (retention.due) text = t('appDueNow');
  else text = t('appDeletes', { date: purgeDay(retention.purgeAt, locale) });
  return (
    <span data-testid="application-retention" data-held={retention?.hold ? 'yes' : undefined}>
      {text}
    </span>
  );
}
