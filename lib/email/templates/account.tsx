import { looksLikeLink, nameForEmail } from '@/lib/privacy/clean-text';
import { formatOrgNumber } from '@/lib/tenancy/org-number';
import { ButtonLink, EmailLayout, Paragraph, Quiet, TextLink, renderEmail } from './layout';
import { emailTexts, type EmailLanguage } from './texts';
import type { EmailTemplate } from './types';

// Employer account emails (password reset, invitations, sign-up): owned by the sign-in area.

type Lines = { subject: string; body: string[]; button: string; url: string; secondary?: { label: string; url: string }; after: string[] };

function render(lines: Lines, language: EmailLanguage) {
  const t = emailTexts(language);
  const { secondary } = lines;
  const greeting = t('greeting');
  const footer = t('footer.account');
  const html = (
    <EmailLayout lang={language} title={lines.subject} footer={footer}>
      <Paragraph>{greeting}</Paragraph>
      {lines.body.map((line) => (
        <Paragraph key={line}>{line}</Paragraph>
      ))}
      <ButtonLink href={lines.url}>{lines.button}</ButtonLink>
      {secondary ? (
        <Paragraph>
          <TextLink href={secondary.url}>{secondary.label}</TextLink>
        </Paragraph>
      ) : null}
      {lines.after.map((line) => (
        <Quiet key={line}>{line}</Quiet>
      ))}
    </EmailLayout>
  );
  const text = [greeting, '', ...lines.body, '', `${lines.button}: ${lines.url}`, ...(secondary ? ['', `${secondary.label}: ${secondary.url}`] : []), '', ...lines.after, '', 'SeeRecruit', '—', footer].join('\n');
  return renderEmail(html, lines.subject, text);
}

export type PasswordResetPayload = {
  url: string;
  minutes: number;
};

export type InvitationPayload = {
  url: string;
  tenantName: string;
  inviterName: string;
  role: 'owner' | 'recruiter';
  days: number;
};

const passwordReset: EmailTemplate<PasswordResetPayload> = (p, language) => {
  const t = emailTexts(language);
  return render(
    { subject: t('passwordReset.subject'), body: [t('passwordReset.body')], button: t('passwordReset.button'), url: p.url, after: [t('linkLasts', { minutes: p.minutes }), t('passwordReset.notYou')] },
    language,
  );
};

export type SignupVerifyPayload = {
  url: string;
  minutes: number;
};

export type SignupExistingPayload = {
  loginUrl: string;
  resetUrl: string;
};

// Sign-up emails go to an address nobody has proved yet: they carry none of the
// text the sender typed (no company or person name), only our own words and links.
const signupVerify: EmailTemplate<SignupVerifyPayload> = (p, language) => {
  const t = emailTexts(language);
  return render(
    { subject: t('signupVerify.subject'), body: [t('signupVerify.body')], button: t('signupVerify.button'), url: p.url, after: [t('linkLasts', { minutes: p.minutes }), t('signupVerify.notYou')] },
    language,
  );
};

const signupExisting: EmailTemplate<SignupExistingPayload> = (p, language) => {
  const t = emailTexts(language);
  return render(
    {
      subject: t('signupExisting.subject'),
      body: [t('signupExisting.body'), t('signupExisting.signIn')],
      button: t('signupExisting.button'),
      url: p.loginUrl,
      secondary: { label: t('signupExisting.reset'), url: p.resetUrl },
      after: [t('signupExisting.notYou')],
    },
    language,
  );
};

export type SignupOrgTakenPayload = {
  /** Nine digits, checked at sign-up: the only thing typed by the sender that this email repeats. */
  orgNumber: string;
};

/** Where someone who cannot reach their organisation's owner writes: we pass the request on, never the owner's name. */
export const SUPPORT_ADDRESS = 'support@seerecruit.com';

// The organisation already has an employer area: how to reach the people who manage it, not who they are.
const signupOrgTaken: EmailTemplate<SignupOrgTakenPayload> = (p, language) => {
  const t = emailTexts(language);
  const orgNumber = /^\d{9}$/.test(p.orgNumber) ? formatOrgNumber(p.orgNumber) : '';
  return render(
    {
      subject: t('signupOrgTaken.subject'),
      body: [t('signupOrgTaken.body', { orgNumber }), t('signupOrgTaken.invite'), t('signupOrgTaken.support', { support: SUPPORT_ADDRESS })],
      button: t('signupOrgTaken.button'),
      url: `mailto:${SUPPORT_ADDRESS}`,
      after: [t('signupOrgTaken.notYou')],
    },
    language,
  );
};

// The tenant and inviter names are chosen by whoever signed up: cleaned and
// shortened here, whatever the caller passed, so a subject cannot carry a message,
// and left out when they carry a web address (sign-up refuses those; older rows may not).
const shownName = (value: string, fallback: string) => {
  if (looksLikeLink(value)) return fallback;
  return nameForEmail(value) || fallback;
};

const invitation: EmailTemplate<InvitationPayload> = (p, language) => {
  const t = emailTexts(language);
  const names = { team: shownName(p.tenantName, t('invitation.someTeam')), inviter: shownName(p.inviterName, t('invitation.someColleague')) };
  return render(
    {
      subject: t('invitation.subject', names),
      body: [t('invitation.body', { ...names, role: p.role })],
      button: t('invitation.button'),
      url: p.url,
      after: [t('invitation.valid', { days: p.days }), t('invitation.notExpected')],
    },
    language,
  );
};

export const accountTemplates = { passwordReset, invitation, signupVerify, signupExisting, signupOrgTaken } satisfies Record<string, EmailTemplate<never>>;
