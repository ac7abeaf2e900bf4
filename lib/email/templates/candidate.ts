import type { EmailTemplate, RenderedEmail } from './types';
import { looksLikeLink, nameForEmail } from '@/lib/privacy/clean-text';
import { appUrl } from '@/lib/settings/env';
import { emailLayout, escapeHtml, linkLine, paragraph } from './layout';

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
  /** Kept in older rows; only their number is shown. */
  fileNames: string[];
  /** Only this email (to that address) says she applied before; the receipt never does (review M5). */
  linkedToPrevious: boolean;
};

/** The request page with her address filled in: one click less, and no other page to find. */
function requestUrl(path: string, email: string | undefined): string {
  return `${appUrl()}${path}${email ? `?${new URLSearchParams({ email })}` : ''}`;
}

const texts = {
  nb: (p: ApplicationReceivedPayload, name: string | null) => ({
    subject: `Søknaden din til ${p.employerName} er mottatt (${p.reference})`,
    greeting: name ? `Hei ${name},` : 'Hei,',
    received: `Takk for søknaden på «${p.jobTitle}». Vi har mottatt navnet ditt, fødselsdatoen, e-postadressen, telefonnummeret, søknadsbrevet og ${p.fileNames.length === 1 ? 'ett vedlegg' : `${p.fileNames.length} vedlegg`}.`,
    linked: 'Du har søkt på denne stillingen før. Denne søknaden er lagret som en ny innsending, koblet til den forrige.',
    who: `Bare ${p.employerName} kan lese søknaden. Ingen andre arbeidsgivere ser den, og ingen kan endre den etter at den er sendt.`,
    kept: `Søknaden slettes ${p.retentionDays} dager etter at stillingen er besatt.`,
    request: 'Vil du se hva vi har lagret om deg, eller få det slettet? Be om innsyn eller sletting her:',
    requestUrl: requestUrl('/personvern/innsyn', p.email),
    reference: `Referanse: ${p.reference}`,
    signoff: 'Vennlig hilsen SeeRecruit, på vegne av ' + p.employerName,
    footer: 'Du får denne e-posten fordi du sendte en søknad. Vi sender ikke reklame.',
  }),
  en: (p: ApplicationReceivedPayload, name: string | null) => ({
    subject: `Your application to ${p.employerName} is received (${p.reference})`,
    greeting: name ? `Hello ${name},` : 'Hello,',
    received: `Thank you for applying for “${p.jobTitle}”. We received your name, date of birth, email address, phone number, cover letter and ${p.fileNames.length === 1 ? 'one attachment' : `${p.fileNames.length} attachments`}.`,
    linked: 'You have applied for this job before. This application is stored as a new submission, linked to the earlier one.',
    who: `Only ${p.employerName} can read your application. No other employer sees it, and nobody can change it once it is sent.`,
    kept: `It is deleted ${p.retentionDays} days after the position is filled.`,
    request: 'Would you like a copy of what we hold about you, or have it deleted? Ask here:',
    requestUrl: requestUrl('/en/privacy/request', p.email),
    reference: `Reference: ${p.reference}`,
    signoff: 'Kind regards, SeeRecruit, on behalf of ' + p.employerName,
    footer: 'You get this email because you sent an application. We never send advertising.',
  }),
};

export const renderApplicationReceived: EmailTemplate<ApplicationReceivedPayload> = (payload, language): RenderedEmail => {
  // Older payloads may lack a field: an empty string rather than a failed render.
  const p = { ...payload, employerName: nameForEmail(payload.employerName ?? ''), jobTitle: nameForEmail(payload.jobTitle ?? '', 120), fileNames: payload.fileNames ?? [] };
  const t = texts[language](p, greetingName(payload.fullName ?? ''));
  const lines = [t.greeting, t.received, ...(payload.linkedToPrevious ? [t.linked] : []), t.who, t.kept];
  const html = emailLayout({
    lang: language,
    title: t.subject,
    body: [
      ...lines.map(paragraph),
      paragraph(t.request),
      linkLine(t.requestUrl),
      `<p style="margin:24px 0 16px;padding:12px 16px;background:#e6f1f3;border-radius:6px;font-family:ui-monospace,Menlo,monospace">${escapeHtml(t.reference)}</p>`,
      paragraph(t.signoff),
    ].join('\n'),
    footer: t.footer,
  });
  const text = [...lines, `${t.request}\n${t.requestUrl}`, t.reference, t.signoff, '—', t.footer].join('\n\n');
  return { subject: t.subject, html, text };
};

export const candidateTemplates = {
  'application-received': renderApplicationReceived,
} satisfies Record<string, EmailTemplate<never>>;
