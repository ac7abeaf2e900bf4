import { appUrl } from '@/lib/settings/env';
import { nameForEmail } from '@/lib/privacy/clean-text';
import { button, emailLayout, paragraph } from './layout';
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

function render(lang: 'nb' | 'en', subject: string, lines: string[], link: { label: string; url: string } | null, footer: string): RenderedEmail {
  const html = emailLayout({
    lang,
    title: subject,
    body: [
      ...lines.map(paragraph),
      link ? button(link.label, link.url) : '',
    ].join('\n'),
    footer,
  });
  const text = [...lines, ...(link ? [`${link.label}: ${link.url}`] : []), '—', footer].join('\n\n');
  return { subject, html, text };
}

const portalLink: EmailTemplate<PortalLinkPayload> = (p, language) =>
  language === 'en'
    ? render(
        'en',
        'Your link to what SeeRecruit holds about you',
        ['Hello,', 'Someone (hopefully you) asked to see the applications sent through SeeRecruit with this email address. Open the link to see them, download a copy, correct, withdraw or erase them.', `The link works once and for ${p.minutes} minutes.`],
        { label: 'Open my page', url: p.url },
        'If it was not you, ignore this email: nobody sees anything without this link.',
      )
    : render(
        'nb',
        'Lenken din til det SeeRecruit har om deg',
        ['Hei,', 'Noen (forhåpentligvis du) ba om å se søknadene som er sendt gjennom SeeRecruit med denne e-postadressen. Åpne lenken for å se dem, laste ned en kopi, rette, trekke eller slette dem.', `Lenken virker én gang og i ${p.minutes} minutter.`],
        { label: 'Åpne siden min', url: p.url },
        'Hvis det ikke var deg, kan du se bort fra denne e-posten. Ingen ser noe uten denne lenken.',
      );

function day(iso: string, language: 'nb' | 'en'): string {
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(d);
}

const erasureReceipt: EmailTemplate<ErasureReceiptPayload> = (p, language) => {
  const employer = nameForEmail(p.employerName);
  const job = nameForEmail(p.jobTitle, 120);
  if (language === 'en') {
    const why = { retention: `${employer}’s retention period after the position was filled ran out`, employer: `${employer} deleted it`, candidate: 'you asked us to' }[p.reason];
    return render(
      'en',
      `Your application to ${employer} has been deleted`,
      [
        'Hello,',
        `Your application for “${job}” at ${employer} (sent ${day(p.submittedOn, 'en')}) was deleted on ${day(p.erasedAt, 'en')}, because ${why}.`,
        `What was removed: the application with your name, date of birth, email address, phone number and cover letter; ${p.files === 1 ? 'one attachment' : `${p.files} attachments`}; the employer’s notes, ratings and stage history (${p.workflow}); ${p.corrections === 1 ? 'one correction' : `${p.corrections} corrections`}; and ${p.emails === 1 ? 'one email' : `${p.emails} emails`} about it.`,
        `Our backups age out by themselves: the last copy is gone by ${day(p.backupsUntil, 'en')}. What is left is an anonymous note that an application existed, so the employer’s counts stay right.`,
      ],
      { label: 'See what we still hold about you', url: `${appUrl()}/en/privacy/request` },
      'You get this receipt because an application of yours was deleted. Once it is sent, we keep no copy of it.',
    );
  }
  const why = { retention: `${employer} sin lagringstid etter at stillingen ble besatt, er ute`, employer: `${employer} slettet den`, candidate: 'du ba om det' }[p.reason];
  return render(
    'nb',
    `Søknaden din til ${employer} er slettet`,
    [
      'Hei,',
      `Søknaden din på «${job}» hos ${employer} (sendt ${day(p.submittedOn, 'nb')}) ble slettet ${day(p.erasedAt, 'nb')}, fordi ${why}.`,
      `Dette ble fjernet: søknaden med navnet ditt, fødselsdatoen, e-postadressen, telefonnummeret og søknadsbrevet; ${p.files === 1 ? 'ett vedlegg' : `${p.files} vedlegg`}; arbeidsgiverens notater, vurderinger og historikk (${p.workflow}); ${p.corrections === 1 ? 'én rettelse' : `${p.corrections} rettelser`}; og ${p.emails === 1 ? 'én e-post' : `${p.emails} e-poster`} om den.`,
      `Sikkerhetskopiene våre slettes av seg selv: den siste kopien er borte senest ${day(p.backupsUntil, 'nb')}. Igjen står bare en anonym merknad om at en søknad fantes, så arbeidsgiverens tall stemmer.`,
    ],
    { label: 'Se hva vi fortsatt har om deg', url: `${appUrl()}/personvern/innsyn` },
    'Du får denne kvitteringen fordi en søknad fra deg ble slettet. Når den er sendt, beholder vi ingen kopi av den.',
  );
};

// To the tenant's owners: which job, how many; never who.
const applicationWithdrawn: EmailTemplate<ApplicationWithdrawnPayload> = (p, language) => {
  const job = nameForEmail(p.jobTitle, 120);
  return language === 'en'
    ? render(
        'en',
        p.count === 1 ? `An application to ${job} was withdrawn` : `${p.count} applications to ${job} were withdrawn`,
        ['Hello,', `${p.count === 1 ? 'An application' : `${p.count} applications`} to “${job}” ${p.count === 1 ? 'was' : 'were'} withdrawn by the candidate and erased with ${p.count === 1 ? 'its' : 'their'} files, notes, ratings and history. The counts on the job keep an anonymous note of ${p.count === 1 ? 'it' : 'them'}.`],
        null,
        'SeeRecruit tells the owners of an employer when a candidate withdraws. The email says nothing about who.',
      )
    : render(
        'nb',
        p.count === 1 ? `En søknad på ${job} er trukket` : `${p.count} søknader på ${job} er trukket`,
        ['Hei,', `${p.count === 1 ? 'En søknad' : `${p.count} søknader`} på «${job}» er trukket av kandidaten og slettet med vedlegg, notater, vurderinger og historikk. Tallene på stillingen har en anonym merknad om ${p.count === 1 ? 'den' : 'dem'}.`],
        null,
        'SeeRecruit sier fra til eierne hos en arbeidsgiver når en kandidat trekker en søknad. E-posten sier ingenting om hvem.',
      );
};

export const portalTemplates = {
  'candidate.portal-link': portalLink,
  'candidate.erasure-receipt': erasureReceipt,
  'employer.application-withdrawn': applicationWithdrawn,
} satisfies Record<string, EmailTemplate<never>>;
