import type { EmailTemplate, RenderedEmail } from './types';
import { button, emailLayout, paragraph } from './layout';

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

function longDate(iso: string, language: 'nb' | 'en'): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(language === 'nb' ? 'nb-NO' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y!, m! - 1, d!));
}

const texts = {
  nb: (p: RetentionWarningPayload) => ({
    subject: `${p.applications} søknader til «${p.jobTitle}» slettes ${longDate(p.purgeOn, 'nb')}`,
    lines: [
      `Hei,`,
      `${p.applications === 1 ? 'Én søknad' : `${p.applications} søknader`} til «${p.jobTitle}» hos ${p.employerName} slettes automatisk ${longDate(p.purgeOn, 'nb')}, med filer, notater, vurderinger og e-poster.`,
      p.cause === 'filled' ? 'Det er så lenge dere har valgt å beholde søknader etter at en stilling er besatt.' : 'Stillingen ble aldri markert som besatt, og fristen for å beholde søknadene er nådd.',
      'Trenger dere å beholde dem lenger, for eksempel på grunn av en klage eller tvist, kan en eier sette et rettslig hold på stillingen.',
    ],
    button: 'Åpne stillingen',
    footer: 'Du får denne e-posten fordi du er eier hos arbeidsgiveren på SeeRecruit.',
  }),
  en: (p: RetentionWarningPayload) => ({
    subject: `${p.applications} applications to “${p.jobTitle}” will be deleted on ${longDate(p.purgeOn, 'en')}`,
    lines: [
      `Hello,`,
      `${p.applications === 1 ? 'One application' : `${p.applications} applications`} to “${p.jobTitle}” at ${p.employerName} will be deleted automatically on ${longDate(p.purgeOn, 'en')}, with their files, notes, ratings and emails.`,
      p.cause === 'filled' ? 'That is how long you chose to keep applications after a position is filled.' : 'The position was never marked filled, and the limit for keeping its applications has been reached.',
      'If you need to keep them longer, for example because of a complaint or dispute, an owner can set a legal hold on the job.',
    ],
    button: 'Open the job',
    footer: 'You get this email because you are an owner of the employer on SeeRecruit.',
  }),
};

export const renderRetentionWarning: EmailTemplate<RetentionWarningPayload> = (payload, language): RenderedEmail => {
  const t = texts[language](payload);
  const html = emailLayout({ lang: language, title: t.subject, body: [...t.lines.map(paragraph), button(t.button, payload.url)].join('\n'), footer: t.footer });
  return { subject: t.subject, html, text: [...t.lines, `${t.button}: ${payload.url}`, '—', t.footer].join('\n\n') };
};

export const retentionTemplates = {
  'retention-warning': renderRetentionWarning,
} satisfies Record<string, EmailTemplate<never>>;
