import type { ReactNode } from 'react';
import { candidatePage } from './candidate';
import { EmailLayout, Paragraph, renderEmail } from './layout';
import { emailTexts, type EmailLanguage } from './texts';
import type { EmailTemplate, RenderedEmail } from './types';

// Stage notifications the employer chooses to send (the "notify the candidate" box): only rejected and hired.

// A type alias, not an interface: the outbox stores payloads as plain JSON records.
export type StageNotificationPayload = {
  fullName: string;
  jobTitle: string;
  employerName: string;
  reference: string;
  /** The address she applied with, for the link to her page (rejections queued before 2026-12 have none). */
  email?: string;
  /** The employer's retention period when the email was queued (older rejections have none and do not say it). */
  retentionDays?: number;
};

function render(language: EmailLanguage, subject: string, lines: string[], signoff: string, extra?: { html: ReactNode; text: string }): Promise<RenderedEmail> {
  const footer = emailTexts(language)('footer.candidate');
  const html = (
    <EmailLayout lang={language} title={subject} footer={footer}>
      {lines.map((line) => (
        <Paragraph key={line}>{line}</Paragraph>
      ))}
      {extra?.html}
      <Paragraph>{signoff}</Paragraph>
    </EmailLayout>
  );
  return renderEmail(html, subject, [...lines, ...(extra ? [extra.text] : []), signoff, '—', footer].join('\n\n'));
}

/** A rejection also says how long the application is kept and links to her page, where she can see or delete it. */
export const renderCandidateRejected: EmailTemplate<StageNotificationPayload> = (p, language) => {
  const t = emailTexts(language);
  const lines = [
    t('greetingName', { name: p.fullName }),
    t('stage.rejectedThanks', { job: p.jobTitle }),
    t('stage.rejectedOutcome'),
    t('stage.rejectedWish'),
    ...(typeof p.retentionDays === 'number' ? [t('candidatePage.kept', { days: p.retentionDays })] : []),
  ];
  return render(language, t('stage.rejectedSubject', { employer: p.employerName, reference: p.reference }), lines, t('stage.signoff', { employer: p.employerName }), candidatePage(t, language, p.email));
};

export const renderCandidateHired: EmailTemplate<StageNotificationPayload> = (p, language) => {
  const t = emailTexts(language);
  const lines = [t('greetingName', { name: p.fullName }), t('stage.hiredThanks', { job: p.jobTitle }), t('stage.hiredNext')];
  return render(language, t('stage.hiredSubject', { employer: p.employerName, reference: p.reference }), lines, t('stage.signoff', { employer: p.employerName }));
};

export const workflowTemplates = {
  'candidate-rejected': renderCandidateRejected,
  'candidate-hired': renderCandidateHired,
} satisfies Record<string, EmailTemplate<never>>;
