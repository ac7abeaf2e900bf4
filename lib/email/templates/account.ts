import { looksLikeLink, nameForEmail } from '@/lib/privacy/clean-text';
import { button, emailLayout, linkLine, paragraph, quiet } from './layout';
import type { EmailTemplate } from './types';

// Employer account emails (password reset, invitations, sign-up): owned by the sign-in area.

function render(lines: { subject: string; greeting: string; body: string[]; button: string; url: string; secondary?: { label: string; url: string }; after: string[] }, language: 'nb' | 'en') {
  const secondary = lines.secondary;
  const footer = language === 'en' ? 'You get this email because this address was entered on SeeRecruit. We never send advertising.' : 'Du får denne e-posten fordi denne adressen ble skrevet inn hos SeeRecruit. Vi sender ikke reklame.';
  // The same layout as every other email (layout.ts): one escaping function, lang set, the brand in the header.
  const html = emailLayout({
    lang: language,
    title: lines.subject,
    body: [paragraph(lines.greeting), ...lines.body.map(paragraph), button(lines.button, lines.url), ...(secondary ? [linkLine(secondary.url, secondary.label)] : []), ...lines.after.map(quiet)].join('\n'),
    footer,
  });
  const text = [lines.greeting, '', ...lines.body, '', `${lines.button}: ${lines.url}`, ...(secondary ? ['', `${secondary.label}: ${secondary.url}`] : []), '', ...lines.after, '', 'SeeRecruit', '—', footer].join('\n');
  return { subject: lines.subject, html, text };
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

const passwordReset: EmailTemplate<PasswordResetPayload> = (p, language) =>
  language === 'en'
    ? render({
        subject: 'Choose a new password for SeeRecruit',
        greeting: 'Hello,',
        body: ['Someone (hopefully you) asked to reset the password for this address.'],
        button: 'Choose a new password',
        url: p.url,
        after: [`The link works once and for ${p.minutes} minutes.`, 'If you did not ask, ignore this email: your password stays as it is.'],
      }, 'en')
    : render({
        subject: 'Velg et nytt passord for SeeRecruit',
        greeting: 'Hei,',
        body: ['Noen (forhåpentligvis du) ba om å tilbakestille passordet for denne adressen.'],
        button: 'Velg nytt passord',
        url: p.url,
        after: [`Lenken virker én gang og i ${p.minutes} minutter.`, 'Hvis det ikke var deg, kan du se bort fra denne e-posten. Passordet ditt er uendret.'],
      }, 'nb');

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
const signupVerify: EmailTemplate<SignupVerifyPayload> = (p, language) =>
  language === 'en'
    ? render({
        subject: 'Confirm your email to create your SeeRecruit account',
        greeting: 'Hello,',
        body: ['Someone (hopefully you) asked to create an employer account on SeeRecruit with this address. Open the link to confirm it is yours; the account is created then, not before.'],
        button: 'Confirm and create the account',
        url: p.url,
        after: [`The link works once and for ${p.minutes} minutes.`, 'If it was not you, ignore this email: nothing is created.'],
      }, 'en')
    : render({
        subject: 'Bekreft e-posten din for å opprette kontoen i SeeRecruit',
        greeting: 'Hei,',
        body: ['Noen (forhåpentligvis du) ba om å opprette en arbeidsgiverkonto i SeeRecruit med denne adressen. Åpne lenken for å bekrefte at den er din. Kontoen opprettes først da.'],
        button: 'Bekreft og opprett kontoen',
        url: p.url,
        after: [`Lenken virker én gang og i ${p.minutes} minutter.`, 'Hvis det ikke var deg, kan du se bort fra denne e-posten. Ingenting blir opprettet.'],
      }, 'nb');

const signupExisting: EmailTemplate<SignupExistingPayload> = (p, language) =>
  language === 'en'
    ? render({
        subject: 'You already have a SeeRecruit account',
        greeting: 'Hello,',
        body: ['Someone (hopefully you) tried to create an employer account on SeeRecruit with this address. There already is an account for it, so nothing new was created.', 'Sign in as usual. To start another employer area, ask us or an owner of that employer for an invitation.'],
        button: 'Sign in',
        url: p.loginUrl,
        secondary: { label: 'Forgotten your password? Choose a new one', url: p.resetUrl },
        after: ['If it was not you, ignore this email: your account is unchanged.'],
      }, 'en')
    : render({
        subject: 'Du har allerede en konto i SeeRecruit',
        greeting: 'Hei,',
        body: ['Noen (forhåpentligvis du) prøvde å opprette en arbeidsgiverkonto i SeeRecruit med denne adressen. Adressen har allerede en konto, så ingenting nytt ble opprettet.', 'Logg inn som vanlig. Vil du ha et nytt arbeidsgiverområde, kan du be oss eller en eier hos den arbeidsgiveren om en invitasjon.'],
        button: 'Logg inn',
        url: p.loginUrl,
        secondary: { label: 'Glemt passordet? Velg et nytt', url: p.resetUrl },
        after: ['Hvis det ikke var deg, kan du se bort fra denne e-posten. Kontoen din er uendret.'],
      }, 'nb');

// The tenant and inviter names are chosen by whoever signed up: cleaned and
// shortened here, whatever the caller passed, so a subject cannot carry a message,
// and left out when they carry a web address (sign-up refuses those; older rows may not).
const shownName = (value: string, fallback: string) => {
  if (looksLikeLink(value)) return fallback;
  return nameForEmail(value) || fallback;
};

const invitation: EmailTemplate<InvitationPayload> = (payload, language) => {
  const en = language === 'en';
  const p = { ...payload, tenantName: shownName(payload.tenantName, en ? 'a team' : 'et team'), inviterName: shownName(payload.inviterName, en ? 'A colleague' : 'En kollega') };
  return language === 'en'
    ? render({
        subject: `${p.inviterName} invited you to ${p.tenantName} on SeeRecruit`,
        greeting: 'Hello,',
        body: [`${p.inviterName} has invited you to join ${p.tenantName} on SeeRecruit as ${p.role === 'owner' ? 'an owner' : 'a recruiter'}.`],
        button: 'Accept the invitation',
        url: p.url,
        after: [`The invitation is valid for ${p.days} days.`, 'Not expecting this? Just ignore the email.'],
      }, 'en')
    : render({
        subject: `${p.inviterName} har invitert deg til ${p.tenantName} på SeeRecruit`,
        greeting: 'Hei,',
        body: [`${p.inviterName} har invitert deg til ${p.tenantName} på SeeRecruit som ${p.role === 'owner' ? 'eier' : 'rekrutterer'}.`],
        button: 'Godta invitasjonen',
        url: p.url,
        after: [`Invitasjonen gjelder i ${p.days} dager.`, 'Ventet du ikke denne? Da kan du se bort fra e-posten.'],
      }, 'nb');
};

export const accountTemplates = { passwordReset, invitation, signupVerify, signupExisting } satisfies Record<string, EmailTemplate<never>>;
