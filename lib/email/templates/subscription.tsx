import { renderLinesWithButton } from './layout';
import { emailTexts, type EmailLanguage } from './texts';
import type { EmailTemplate, RenderedEmail } from './types';

// The subscription's reminders and notices to a tenant's owners (lib/subscriptions/lifecycle.ts): 30 and 7 days
// before the period ends, when it has ended (grace begins), and when grace is over (expired). Dates only, no
// billing details.

export type SubscriptionNoticePayload = {
  kind: 'ends_in_30' | 'ends_in_7' | 'ended' | 'expired';
  employerName: string;
  /** ISO instants. */
  periodEnd: string;
  graceEnd: string;
  /** The subscription page. */
  url: string;
};

const longDate = (iso: string, language: EmailLanguage) =>
  new Intl.DateTimeFormat(language === 'nb' ? 'nb-NO' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(new Date(iso));

export const renderSubscriptionNotice: EmailTemplate<SubscriptionNoticePayload> = (p, language): Promise<RenderedEmail> => {
  const t = emailTexts(language);
  const args = { employer: p.employerName, end: longDate(p.periodEnd, language), grace: longDate(p.graceEnd, language) };
  const key = { ends_in_30: 'endsSoon', ends_in_7: 'endsSoon', ended: 'ended', expired: 'expired' }[p.kind] as 'endsSoon' | 'ended' | 'expired';
  const subject = t(`subscriptionNotice.${key}Subject`, args);
  const lines = [t('greeting'), t(`subscriptionNotice.${key}Body`, args), t(`subscriptionNotice.${key}Then`, args), t('subscriptionNotice.keep')];
  return renderLinesWithButton({ language, subject, lines, button: t('subscriptionNotice.button'), url: p.url, footer: t('subscriptionNotice.footer') });
};

export const subscriptionTemplates = {
  'subscription-notice': renderSubscriptionNotice,
} satisfies Record<string, EmailTemplate<never>>;
