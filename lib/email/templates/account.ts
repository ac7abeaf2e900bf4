import type { EmailTemplate } from './types';

// Employer account emails (password reset, invitations): owned by the sign-in area.

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function render(lines: { subject: string; greeting: string; body: string[]; button: string; url: string; after: string[] }) {
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.6;color:#1c2326;max-width:36rem">
<p>${escapeHtml(lines.greeting)}</p>
${lines.body.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
<p><a href="${escapeHtml(lines.url)}" style="display:inline-block;background:#0b5566;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none">${escapeHtml(lines.button)}</a></p>
<p style="font-size:14px;color:#4f5b60">${escapeHtml(lines.url)}</p>
${lines.after.map((l) => `<p style="font-size:14px;color:#4f5b60">${escapeHtml(l)}</p>`).join('\n')}
<p>SeeRecruit</p></body></html>`;
  const text = [lines.greeting, '', ...lines.body, '', `${lines.button}: ${lines.url}`, '', ...lines.after, '', 'SeeRecruit'].join('\n');
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
      })
    : render({
        subject: 'Velg et nytt passord for SeeRecruit',
        greeting: 'Hei,',
        body: ['Noen (forhåpentligvis du) ba om å tilbakestille passordet for denne adressen.'],
        button: 'Velg nytt passord',
        url: p.url,
        after: [`Lenken virker én gang og i ${p.minutes} minutter.`, 'Hvis det ikke var deg, kan du se bort fra denne e-posten. Passordet ditt er uendret.'],
      });

const invitation: EmailTemplate<InvitationPayload> = (p, language) =>
  language === 'en'
    ? render({
        subject: `${p.inviterName} invited you to ${p.tenantName} on SeeRecruit`,
        greeting: 'Hello,',
        body: [`${p.inviterName} has invited you to join ${p.tenantName} on SeeRecruit as ${p.role === 'owner' ? 'an owner' : 'a recruiter'}.`],
        button: 'Accept the invitation',
        url: p.url,
        after: [`The invitation is valid for ${p.days} days.`, 'Not expecting this? Just ignore the email.'],
      })
    : render({
        subject: `${p.inviterName} har invitert deg til ${p.tenantName} på SeeRecruit`,
        greeting: 'Hei,',
        body: [`${p.inviterName} har invitert deg til ${p.tenantName} på SeeRecruit som ${p.role === 'owner' ? 'eier' : 'rekrutterer'}.`],
        button: 'Godta invitasjonen',
        url: p.url,
        after: [`Invitasjonen gjelder i ${p.days} dager.`, 'Ventet du ikke denne? Da kan du se bort fra e-posten.'],
      });

export const accountTemplates = { passwordReset, invitation } satisfies Record<string, EmailTemplate<never>>;
