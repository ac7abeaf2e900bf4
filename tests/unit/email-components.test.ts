import { caniemail } from 'caniemail';
import { describe, expect, it } from 'vitest';
import enMessages from '../../messages/en/email.json';
import nbMessages from '../../messages/nb/email.json';
import { templates, type TemplateName } from '../../lib/email/templates';
import { renderApplicationReceived, type ApplicationReceivedPayload } from '../../lib/email/templates/candidate';
import { renderCandidateRejected } from '../../lib/email/templates/workflow';
import { emailPayloads } from '../fixtures/email-payloads';

const FAMILIES: Parameters<typeof caniemail>[0]['clients'] = ['gmail.*', 'outlook.*', 'apple-mail.*'];

/** caniemail's errors (a feature the client's latest version does not support), one line each. */
function unsupported(html: string): string[] {
  const { issues } = caniemail({ clients: FAMILIES, html });
  return [...issues.errors].flatMap(([client, list]) => list.map((issue) => `${client}: ${issue.title} (line ${issue.position?.start.line ?? '?'})`));
}

const render = (name: TemplateName, language: 'nb' | 'en') => (templates[name] as (p: unknown, l: 'nb' | 'en') => Promise<{ subject: string; html: string; text: string }>)(emailPayloads[name], language);

describe('every email is checked against caniemail for Gmail, Outlook and Apple Mail (issue 15, part 7)', () => {
  it('the check bites: the features the old layout used are errors there', () => {
    // What the string layout had: a styled <body>, role="presentation", rounded corners, system-ui, word-break.
    const old = '<html><body style="font-family:system-ui,sans-serif"><table role="presentation" style="border-radius:8px"><tr><td style="word-break:break-all">x</td></tr></table></body></html>';
    expect(unsupported(old).join('\n')).toMatch(/<body> element[\s\S]*role attribute[\s\S]*border-radius|border-radius[\s\S]*role attribute/);
    expect(unsupported(old).length).toBeGreaterThanOrEqual(5);
  });

  for (const name of Object.keys(templates) as TemplateName[]) {
    for (const language of ['nb', 'en'] as const) {
      it(`${name} (${language}) has no caniemail errors`, async () => {
        const { html } = await render(name, language);
        expect(unsupported(html)).toEqual([]);
      });
    }
  }
});

describe('the email texts live in messages/<locale>/email.json', () => {
  const keys = (value: unknown, prefix = ''): string[] =>
    value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`)) : [prefix.slice(0, -1)];

  it('nb and en have the same keys, under the Email namespace', () => {
    expect(keys(enMessages)).toEqual(keys(nbMessages));
    expect(Object.keys(nbMessages)).toEqual(['Email']);
  });

  it('the HTML and the plain text carry the same words, in the email’s language', async () => {
    for (const language of ['nb', 'en'] as const) {
      const mail = await render('retention-warning', language);
      const body = (language === 'nb' ? nbMessages : enMessages).Email.retentionWarning.hold;
      expect(mail.html).toContain(body);
      expect(mail.text).toContain(body);
    }
  });
});

const receipt = (patch: Partial<ApplicationReceivedPayload>): ApplicationReceivedPayload => ({
  fullName: 'Kari Nordmann',
  email: 'kari@example.no',
  jobTitle: 'Utvikler',
  employerName: 'Acme AS',
  reference: 'SR-ABCD-1234',
  retentionDays: 90,
  linkedToPrevious: false,
  ...patch,
});

describe('the confirmation says only what was received', () => {
  const received = async (patch: Partial<ApplicationReceivedPayload>, language: 'nb' | 'en' = 'nb') => (await renderApplicationReceived(receipt(patch), language)).text.split('\n\n')[1];

  it('names the cover letter only when she wrote one, and counts the attachments', async () => {
    expect(await received({ coverLetter: true, attachments: 2 })).toBe('Takk for søknaden på «Utvikler». Vi har mottatt navnet ditt, fødselsdatoen, e-postadressen, telefonnummeret, søknadsbrevet og 2 vedlegg.');
    expect(await received({ coverLetter: false, attachments: 1 })).toBe('Takk for søknaden på «Utvikler». Vi har mottatt navnet ditt, fødselsdatoen, e-postadressen, telefonnummeret og ett vedlegg.');
    expect(await received({ coverLetter: true, attachments: 0 })).toBe('Takk for søknaden på «Utvikler». Vi har mottatt navnet ditt, fødselsdatoen, e-postadressen, telefonnummeret og søknadsbrevet.');
    expect(await received({ coverLetter: false, attachments: 0 }, 'en')).toBe('Thank you for applying for “Utvikler”. We received your name, date of birth, email address and phone number.');
    expect(await received({ coverLetter: false, attachments: 3 }, 'en')).toBe('Thank you for applying for “Utvikler”. We received your name, date of birth, email address, phone number and 3 attachments.');
  });

  it('a row queued before the count renders from its file names, and claims no letter it cannot know of', async () => {
    const text = await received({ fileNames: ['cv.pdf', 'attest.pdf'] });
    expect(text).toBe('Takk for søknaden på «Utvikler». Vi har mottatt navnet ditt, fødselsdatoen, e-postadressen, telefonnummeret og 2 vedlegg.');
    const oldest = await renderApplicationReceived({ ...receipt({}), email: undefined } as ApplicationReceivedPayload, 'en');
    expect(oldest.text).toContain('We received your name, date of birth, email address and phone number.');
    expect(oldest.text).toContain('http://localhost:3000/en/privacy/request\n');
  });
});

describe('the rejection links to her page and says how long the application is kept', () => {
  const payload = { fullName: 'Kari Nordmann', jobTitle: 'Utvikler', employerName: 'Acme AS', reference: 'SR-ABCD-1234' };

  it('with the address and period queued since this change', async () => {
    const nb = await renderCandidateRejected({ ...payload, email: 'kari@example.no', retentionDays: 120 }, 'nb');
    expect(nb.text).toContain('Søknaden slettes 120 dager etter at stillingen er besatt.');
    expect(nb.text).toContain('/personvern/innsyn?email=kari%40example.no');
    expect(nb.html).toMatch(/<a href="[^"]*\/personvern\/innsyn\?email=kari%40example\.no"[^>]*>Be om innsyn eller sletting<\/a>/);
    const en = await renderCandidateRejected({ ...payload, email: 'kari@example.no', retentionDays: 120 }, 'en');
    expect(en.text).toContain('It is deleted 120 days after the position is filled.');
    expect(en.html).toContain('/en/privacy/request?email=kari%40example.no');
  });

  it('a rejection queued before still renders: the page without her address, and no period it does not know', async () => {
    const old = await renderCandidateRejected(payload, 'nb');
    expect(old.text).not.toContain('slettes');
    expect(old.text).toMatch(/\/personvern\/innsyn\n/);
    expect(old.subject).toBe('Svar på søknaden din til Acme AS (SR-ABCD-1234)');
  });
});
