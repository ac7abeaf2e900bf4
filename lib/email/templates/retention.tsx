import { renderLinesWithButton } from './layout';
import { emailTexts, type EmailLanguage } from './texts';
import type { EmailTemplate, RenderedEmail } from './types';

// The 7-day warning to a tenant's owners before retention erases a job's applications. It names the job and how
// many applications go, never a candidate (no personal data leaves in it).

export type RetentionWarningPayload = {
  employerName: string;
  jobTitle: string;
  /** How many applications are due (at the time of the warning). */
  applications: number;
  /** YYYY-MM-DD, Europe/Oslo. */
  purgeOn: string;
  cause: 'filled' | 'unfilled_cap';
  /** The job page, where the owner can set a legal hold. */
  url: string;
};

function longDate(iso: string, language: EmailLanguage): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(language === 'nb' ? 'nb-NO' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y!, m! - 1, d!));
}

export const renderRetentionWarning: EmailTemplate<RetentionWarningPayload> = (p, language): Promise<RenderedEmail> => {
  const t = emailTexts(language);
  const args = { count: p.applications, job: p.jobTitle, employer: p.employerName, date: longDate(p.purgeOn, language) };
  const subject = t('retentionWarning.subject', args);
  const lines = [t('greeting'), t('retentionWarning.body', args), p.cause === 'filled' ? t('retentionWarning.causeFilled') : t('retentionWarning.causeUnfilled'), t('retentionWarning.hold')];
  return renderLinesWithButton({ language, subject, lines, button: t('retentionWarning.button'), url: p.url, footer: t('retentionWarning.footer') });
};

export const retentionTemplates = {
  'retention-warning': renderRetentionWarning,
} satisfies Record<string, EmailTemplate<never>>;
