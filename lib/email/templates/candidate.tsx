import { portalPaths } from '@/lib/candidate/links';
import { looksLikeLink, nameForEmail } from '@/lib/privacy/clean-text';
import { appUrl } from '@/lib/settings/env';
import { EmailLayout, Paragraph, ReferenceBox, TextLink, renderEmail } from './layout';
import { emailTexts, listOf, type EmailLanguage, type EmailTexts } from './texts';
import type { EmailTemplate, RenderedEmail } from './types';

// Candidate emails (application received, stage changes): owned by the candidate area.

/**
 * Anyone can apply with any address, so this email goes to an address nobody has verified (review L10).
 * It quotes nothing the sender typed except her own name, cleaned, shortened and escaped (and left out if it
 * carries a web address): no letter, no file names. The employer's and the job's names are the employer's.
 */
export const NAME_IN_EMAIL_MAX = 40;

function greetingName(fullName: string): string | null {
  if (looksLikeLink(fullName)) return null;
  return nameForEmail(fullName, NAME_IN_EMAIL_MAX) || null;
}

// A type alias, not an interface: the outbox stores payloads as plain JSON records.
export type ApplicationReceivedPayload = {
  fullName: string;
  /** The address she applied with: the request page opens with it filled in (older rows have none). */
  email?: string;
  jobTitle: string;
  employerName: string;
  reference: string;
  retentionDays: number;
  /** How many files came with it (older rows have fileNames instead). */
  attachments?: number;
  /** Whether she wrote a cover letter. Older rows do not say, and their email names no letter. */
  coverLetter?: boolean;
  /** Older rows only: the files' names, of which only the number is shown. */
  fileNames?: string[];
  /** Only this email (to that address) says she applied before; the receipt never does (review M5). */
  linkedToPrevious: boolean;
  /** Personprofilen's signed link for this application (older rows have none, and say nothing of it). */
  profileUrl?: string;
};

/** The candidate's page (the request page, her address filled in): one click less, and no other page to find. */
export function candidatePageUrl(language: EmailLanguage, email: string | undefined): string {
  return `${appUrl()}${portalPaths.request(language)}${email ? `?${new URLSearchParams({ email })}` : ''}`;
}

/** How long it is kept and where she sees or deletes it: the receipt and the rejection both end with it. */
export function candidatePage(t: EmailTexts, language: EmailLanguage, email: string | undefined) {
  const url = candidatePageUrl(language, email);
  return {
    html: (
      <>
        <Paragraph>{t('candidatePage.request')}</Paragraph>
        <Paragraph>
          <TextLink href={url}>{t('candidatePage.link')}</TextLink>
        </Paragraph>
      </>
    ),
    text: `${t('candidatePage.request')}\n${url}`,
  };
}

/** Only what came with it: the four fields always, the letter if she wrote one, the files if any. */
function receivedItems(t: EmailTexts, language: EmailLanguage, p: { coverLetter?: boolean; attachments: number }): string {
  const items = [t('applicationReceived.items.name'), t('applicationReceived.items.birthDate'), t('applicationReceived.items.email'), t('applicationReceived.items.phone')];
  if (p.coverLetter === true) items.push(t('applicationReceived.items.letter'));
  if (p.attachments > 0) items.push(t('applicationReceived.items.attachments', { count: p.attachments }));
  return listOf(items, language);
}

export const renderApplicationReceived: EmailTemplate<ApplicationReceivedPayload> = (payload, language): Promise<RenderedEmail> => {
  const t = emailTexts(language);
  // Older payloads may lack a field: an empty string rather than a failed render.
  const employer = nameForEmail(payload.employerName ?? '');
  const job = nameForEmail(payload.jobTitle ?? '', 120);
  const attachments = payload.attachments ?? payload.fileNames?.length ?? 0;
  const name = greetingName(payload.fullName ?? '');
  const subject = t('applicationReceived.subject', { employer, reference: payload.reference });
  const lines = [
    name ? t('greetingName', { name }) : t('greeting'),
    t('applicationReceived.received', { job, items: receivedItems(t, language, { coverLetter: payload.coverLetter, attachments }) }),
    ...(payload.linkedToPrevious ? [t('applicationReceived.linked')] : []),
    t('applicationReceived.who', { employer }),
    t('candidatePage.kept', { days: payload.retentionDays }),
  ];
  const page = candidatePage(t, language, payload.email);
  const profile = payload.profileUrl ? { text: t('applicationReceived.invite', { employer }), link: t('applicationReceived.inviteLink'), url: payload.profileUrl } : null;
  const reference = t('applicationReceived.reference', { reference: payload.reference });
  const signoff = t('applicationReceived.signoff', { employer });
  const footer = t('footer.candidate');
  const html = (
    <EmailLayout lang={language} title={subject} footer={footer}>
      {lines.map((line) => (
        <Paragraph key={line}>{line}</Paragraph>
      ))}
      {profile ? (
        <>
          <Paragraph>{profile.text}</Paragraph>
          <Paragraph>
            <TextLink href={profile.url}>{profile.link}</TextLink>
          </Paragraph>
        </>
      ) : null}
      {page.html}
      <ReferenceBox>{reference}</ReferenceBox>
      <Paragraph>{signoff}</Paragraph>
    </EmailLayout>
  );
  return renderEmail(html, subject, [...lines, ...(profile ? [`${profile.text}\n${profile.link}: ${profile.url}`] : []), page.text, reference, signoff, '—', footer].join('\n\n'));
};

export const candidateTemplates = {
  'application-received': renderApplicationReceived,
} satisfies Record<string, EmailTemplate<never>>;
