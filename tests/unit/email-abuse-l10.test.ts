import { describe, expect, it } from 'vitest';
import en from '../../messages/en/dashboard.json';
import nb from '../../messages/nb/dashboard.json';
import { invitationName } from '../../lib/auth/invitation-name';
import { accountTemplates } from '../../lib/email/templates/account';
import { NAME_IN_EMAIL_MAX, renderApplicationReceived, type ApplicationReceivedPayload } from '../../lib/email/templates/candidate';
import { looksLikeLink } from '../../lib/privacy/clean-text';
import { INVITATION_LIMITS } from '../../lib/tenancy/team';

const received = (patch: Partial<ApplicationReceivedPayload> = {}): ApplicationReceivedPayload => ({
  fullName: 'Kari Nordmann',
  email: 'kari@example.no',
  jobTitle: 'Utvikler',
  employerName: 'Acme AS',
  reference: 'SR-ABCD-1234',
  retentionDays: 90,
  fileNames: ['Kari CV.pdf'],
  linkedToPrevious: false,
  ...patch,
});

const all = (mail: { subject: string; html: string; text: string }) => `${mail.subject}\n${mail.html}\n${mail.text}`;

describe('emails that carry nothing a stranger typed (review L10)', () => {
  it('L10: the confirmation quotes her name only, shortened and escaped, and no file names', async () => {
    for (const language of ['nb', 'en'] as const) {
      const mail = await renderApplicationReceived(received({ fileNames: ['Your password expires - visit evil.example.pdf', 'faktura.pdf'] }), language);
      expect(all(mail)).not.toContain('evil.example');
      expect(all(mail)).not.toContain('faktura');
      expect(mail.text).toContain(language === 'nb' ? 'Hei Kari Nordmann,' : 'Hello Kari Nordmann,');
      expect(mail.text).toContain(language === 'nb' ? '2 vedlegg' : '2 attachments');

      const long = await renderApplicationReceived(received({ fullName: `<b>Kari</b>\r\nBcc: x ${'y'.repeat(80)}` }), language);
      const greeting = long.text.split('\n')[0]!;
      const name = greeting.replace(/^(Hei|Hello) /, '').replace(/,$/, '');
      expect(Array.from(name).length).toBeLessThanOrEqual(NAME_IN_EMAIL_MAX);
      expect(name.endsWith('…')).toBe(true);
      expect(long.html).not.toContain('<b>Kari');
      expect(long.html).toContain('&lt;b&gt;Kari');
      expect(all(long)).not.toMatch(/Kari<\/b>\r?\nBcc/);
    }
  });

  it('L10: a name that carries a web address is left out of the confirmation ("Hei,")', async () => {
    for (const [name, greeting] of [
      ['Your M365 password expires – visit evil.example', 'Hei,'],
      ['https://evil.example/login', 'Hei,'],
      ['Kari www.evil', 'Hei,'],
      ['Kari evil\u0000.exa\u200bmple', 'Hei,'],
    ] as const) {
      const mail = await renderApplicationReceived(received({ fullName: name }), 'nb');
      expect(mail.text.split('\n')[0]).toBe(greeting);
      expect(all(mail)).not.toContain('evil');
    }
  });

  it('L10: names with web addresses are refused where they become email text, and left out of invitations stored before', async () => {
    for (const name of ['Ola www.evil.no', 'Visit https://x.example', 'Acme.no support', 'Ola Nordmann evil.example']) {
      expect(looksLikeLink(name), name).toBe(true);
      expect(invitationName(name)).toEqual({ ok: false, reason: 'nameLink' });
    }
    for (const name of ['Ola Nordmann', 'J.R.R. Tolkien', 'St.Olav Hansen', 'Åse Ødegård-Berg']) expect(looksLikeLink(name), name).toBe(false);

    const mail = await accountTemplates.invitation({ url: 'https://app.example/login/invitation?token=x', tenantName: 'Your password expires: evil.example', inviterName: 'IT at https://evil.example', role: 'recruiter', days: 7 }, 'en');
    expect(mail.subject).toBe('A colleague invited you to a team on SeeRecruit');
    expect(all(mail)).not.toContain('evil');
    const nbMail = await accountTemplates.invitation({ url: 'https://app.example/login/invitation?token=x', tenantName: 'Acme AS', inviterName: 'Kari Nordmann', role: 'owner', days: 7 }, 'nb');
    expect(nbMail.subject).toBe('Kari Nordmann har invitert deg til Acme AS på SeeRecruit');
  });

  it('L10: the team page names the invitation limits the server applies, in both languages', () => {
    for (const text of [nb.DashboardErrors.invitationsThrottled, en.DashboardErrors.invitationsThrottled]) {
      expect(text).toContain(String(INVITATION_LIMITS.perTenantPerDay));
      expect(text).toContain(String(INVITATION_LIMITS.perInviterPerHour));
    }
  });
});
