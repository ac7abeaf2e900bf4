import type { EmailTemplate, RenderedEmail } from './types';
import { emailLayout, paragraph } from './layout';

// Stage notifications the employer chooses to send (the "notify the candidate" box): only rejected and hired.

// A type alias, not an interface: the outbox stores payloads as plain JSON records.
export type StageNotificationPayload = {
  fullName: string;
  jobTitle: string;
  employerName: string;
  reference: string;
};

type Texts = { subject: string; lines: string[]; signoff: string; footer: string };

const rejected: Record<'nb' | 'en', (p: StageNotificationPayload) => Texts> = {
  nb: (p) => ({
    subject: `Svar på søknaden din til ${p.employerName} (${p.reference})`,
    lines: [
      `Hei ${p.fullName},`,
      `Takk for at du søkte på «${p.jobTitle}» og for tiden du brukte på søknaden.`,
      `Vi har nå gått videre med andre kandidater, og du er dessverre ikke med videre denne gangen.`,
      `Vi ønsker deg lykke til videre.`,
    ],
    signoff: `Vennlig hilsen ${p.employerName}, via SeeRecruit`,
    footer: 'Du får denne e-posten fordi du sendte en søknad. Vi sender ikke reklame.',
  }),
  en: (p) => ({
    subject: `About your application to ${p.employerName} (${p.reference})`,
    lines: [
      `Hello ${p.fullName},`,
      `Thank you for applying for “${p.jobTitle}” and for the time you put into your application.`,
      `We have now moved on with other candidates, and we are sorry to say you are not among them this time.`,
      `We wish you all the best.`,
    ],
    signoff: `Kind regards, ${p.employerName}, via SeeRecruit`,
    footer: 'You get this email because you sent an application. We never send advertising.',
  }),
};

const hired: Record<'nb' | 'en', (p: StageNotificationPayload) => Texts> = {
  nb: (p) => ({
    subject: `Gode nyheter om søknaden din til ${p.employerName} (${p.reference})`,
    lines: [`Hei ${p.fullName},`, `Takk for søknaden på «${p.jobTitle}». Vi er glade for å fortelle at vi ønsker å ansette deg.`, `Vi tar kontakt med deg om det praktiske.`],
    signoff: `Vennlig hilsen ${p.employerName}, via SeeRecruit`,
    footer: 'Du får denne e-posten fordi du sendte en søknad. Vi sender ikke reklame.',
  }),
  en: (p) => ({
    subject: `Good news about your application to ${p.employerName} (${p.reference})`,
    lines: [`Hello ${p.fullName},`, `Thank you for applying for “${p.jobTitle}”. We are glad to tell you that we would like to hire you.`, `We will be in touch about the practical details.`],
    signoff: `Kind regards, ${p.employerName}, via SeeRecruit`,
    footer: 'You get this email because you sent an application. We never send advertising.',
  }),
};

function render(t: Texts, language: 'nb' | 'en'): RenderedEmail {
  const html = emailLayout({ lang: language, title: t.subject, body: [...t.lines, t.signoff].map(paragraph).join('\n'), footer: t.footer });
  return { subject: t.subject, html, text: [...t.lines, t.signoff, '—', t.footer].join('\n\n') };
}

export const renderCandidateRejected: EmailTemplate<StageNotificationPayload> = (payload, language) => render(rejected[language](payload), language);
export const renderCandidateHired: EmailTemplate<StageNotificationPayload> = (payload, language) => render(hired[language](payload), language);

export const workflowTemplates = {
  'candidate-rejected': renderCandidateRejected,
  'candidate-hired': renderCandidateHired,
} satisfies Record<string, EmailTemplate<never>>;
