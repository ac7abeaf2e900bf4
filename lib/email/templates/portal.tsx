import { portalPaths } from '@/lib/candidate/links';
import { nameForEmail } from '@/lib/privacy/clean-text';
import { appUrl } from '@/lib/settings/env';
import { ButtonLink, EmailLayout, Paragraph, renderEmail } from './layout';
import { emailTexts, type EmailLanguage } from './texts';
import type { EmailTemplate, RenderedEmail } from './types';

// The candidate portal's emails (lib/candidate, drizzle/0032): the link, the deletion receipt, and the owners'
// notice of a withdrawal. The receipt and the link are blanked in the outbox once sent (lib/email/worker.ts BLANK_ONCE_SENT).

export type PortalLinkPayload = { url: string; minutes: number };

export type ErasureReceiptPayload = {
  jobTitle: string;
  employerName: string;
  submittedOn: string;
  erasedAt: string;
  reason: 'retention' | 'employer' | 'candidate';
  files: number;
  workflow: number;
  corrections: number;
  emails: number;
  backupsUntil: string;
};

export type ApplicationWithdrawnPayload = { jobTitle: string; count: number; employerName: string };

function render(language: EmailLanguage, subject: string, lines: string[], link: { label: string; url: string } | null, footer: string): Promise<RenderedEmail> {
  const html = (
    <EmailLayout lang={language} title={subject} footer={footer}>
      {lines.map((line) => (
        <Paragraph key={line}>{line}</Paragraph>
      ))}
      {link ? <ButtonLink href={link.url}>{link.label}</ButtonLink> : null}
    </EmailLayout>
  );
  return renderEmail(html, subject, [...lines, ...(link ? [`${link.label}: ${link.url}`] : []), '—', footer].join('\n\n'));
}

const portalLink: EmailTemplate<PortalLinkPayload> = (p, language) => {
  const t = emailTexts(language);
  return render(language, t('portalLink.subject'), [t('greeting'), t('portalLink.body'), t('linkLasts', { minutes: p.minutes })], { label: t('portalLink.button'), url: p.url }, t('portalLink.footer'));
};

function day(iso: string, language: EmailLanguage): string {
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(d);
}

const erasureReceipt: EmailTemplate<ErasureReceiptPayload> = (p, language) => {
  const t = emailTexts(language);
  const employer = nameForEmail(p.employerName);
  const job = nameForEmail(p.jobTitle, 120);
  return render(
    language,
    t('erasureReceipt.subject', { employer }),
    [
      t('greeting'),
      t('erasureReceipt.erased', { job, employer, submitted: day(p.submittedOn, language), erased: day(p.erasedAt, language), reason: p.reason }),
      t('erasureReceipt.removed', { files: p.files, workflow: p.workflow, corrections: p.corrections, emails: p.emails }),
      t('erasureReceipt.backups', { until: day(p.backupsUntil, language) }),
    ],
    { label: t('erasureReceipt.button'), url: `${appUrl()}${portalPaths.request(language)}` },
    t('erasureReceipt.footer'),
  );
};

// To the tenant's owners: which job, how many; never who.
const applicationWithdrawn: EmailTemplate<ApplicationWithdrawnPayload> = (p, language) => {
  const t = emailTexts(language);
  const job = nameForEmail(p.jobTitle, 120);
  return render(language, t('applicationWithdrawn.subject', { count: p.count, job }), [t('greeting'), t('applicationWithdrawn.body', { count: p.count, job })], null, t('applicationWithdrawn.footer'));
};

export const portalTemplates = {
  'candidate.portal-link': portalLink,
  'candidate.erasure-receipt': erasureReceipt,
  'employer.application-withdrawn': applicationWithdrawn,
} satisfies Record<string, EmailTemplate<never>>;
