import { nameForEmail } from '@/lib/privacy/clean-text';
import { DIMENSIONS } from '@/lib/profile/instrument';
import { band, type ProfileScores } from '@/lib/profile/score';
import { formatScore, instrumentTexts } from '@/lib/profile/texts';
import { ButtonLink, EmailLayout, Paragraph, renderEmail } from './layout';
import { emailTexts } from './texts';
import type { EmailTemplate, RenderedEmail } from './types';

// Personprofilen's email on completion (lib/profile/candidate.ts queues it in the completing transaction): her
// five results with their descriptions, and the link back to the result page where she chooses about sharing.

export type ProfileCompletedPayload = {
  fullName: string;
  employerName: string;
  jobTitle: string;
  /** The application's reference: the purge deletes this email with the application (purge_erase). */
  reference: string;
  scores: ProfileScores;
  resultUrl: string;
};

export const renderProfileCompleted: EmailTemplate<ProfileCompletedPayload> = (p, language): Promise<RenderedEmail> => {
  const t = emailTexts(language);
  const ti = instrumentTexts(language);
  const employer = nameForEmail(p.employerName ?? '');
  const job = nameForEmail(p.jobTitle ?? '', 120);
  const subject = t('profileCompleted.subject');
  const results = DIMENSIONS.map((d) =>
    t('profileCompleted.line', { name: ti(`dimensions.${d}.name`), score: formatScore(p.scores[d], language), description: ti(`dimensions.${d}.${band(p.scores[d])}`) }),
  );
  const lines = [t('greeting'), t('profileCompleted.thanks', { job }), ...results, t('profileCompleted.method'), t('profileCompleted.choice', { employer })];
  const button = t('profileCompleted.button');
  const footer = t('footer.candidate');
  const html = (
    <EmailLayout lang={language} title={subject} footer={footer}>
      {lines.map((line) => (
        <Paragraph key={line}>{line}</Paragraph>
      ))}
      <ButtonLink href={p.resultUrl}>{button}</ButtonLink>
    </EmailLayout>
  );
  return renderEmail(html, subject, [...lines, `${button}: ${p.resultUrl}`, '—', footer].join('\n\n'));
};

export const profileTemplates = {
  'profile-completed': renderProfileCompleted,
} satisfies Record<string, EmailTemplate<never>>;
