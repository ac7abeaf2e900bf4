import { describe, expect, it } from 'vitest';
import { templates, type TemplateName } from '../../lib/email/templates';

// Markup in every free-text field: each must arrive escaped, whichever template it passes through.
const HOSTILE = '<b onmouseover="x">Ola</b> & Co';
const url = 'https://app.example/login/reset?token=abc&x=1';

const payloads: { [T in TemplateName]: Parameters<(typeof templates)[T]>[0] } = {
  'application-received': { fullName: HOSTILE, email: 'kari@example.no', jobTitle: HOSTILE, employerName: HOSTILE, reference: 'SR-ABCD-1234', retentionDays: 90, fileNames: ['cv.pdf'], linkedToPrevious: false },
  passwordReset: { url, minutes: 30 },
  invitation: { url, tenantName: HOSTILE, inviterName: HOSTILE, role: 'recruiter', days: 7 },
  signupVerify: { url, minutes: 30 },
  signupExisting: { loginUrl: url, resetUrl: url },
  signupOrgTaken: { orgNumber: '123456785' },
  'candidate-rejected': { fullName: HOSTILE, jobTitle: HOSTILE, employerName: HOSTILE, reference: 'SR-ABCD-1234' },
  'candidate-hired': { fullName: HOSTILE, jobTitle: HOSTILE, employerName: HOSTILE, reference: 'SR-ABCD-1234' },
  'retention-warning': { employerName: HOSTILE, jobTitle: HOSTILE, applications: 3, purgeOn: '2026-12-24', cause: 'filled', url },
  'candidate.portal-link': { url, minutes: 30 },
  'candidate.erasure-receipt': { jobTitle: HOSTILE, employerName: HOSTILE, submittedOn: '2026-11-02', erasedAt: '2026-12-01T10:00:00Z', reason: 'retention', files: 1, workflow: 2, corrections: 0, emails: 1, backupsUntil: '2027-01-05' },
  'employer.application-withdrawn': { jobTitle: HOSTILE, count: 1, employerName: HOSTILE },
  'subscription-notice': { kind: 'ended', employerName: HOSTILE, periodEnd: '2026-12-24T10:00:00Z', graceEnd: '2027-01-07T10:00:00Z', url },
  'profile-completed': { fullName: HOSTILE, employerName: HOSTILE, jobTitle: HOSTILE, reference: 'SR-ABCD-1234', scores: { structure: 1, curiosity: 2.5, drive: 3.5, collaboration: 4.9, steadiness: 5 }, resultUrl: url },
};

describe('one layout for every email (dependency review 2026-12, finding 6)', () => {
  for (const name of Object.keys(templates) as TemplateName[]) {
    for (const language of ['nb', 'en'] as const) {
      it(`DEP6: ${name} (${language}) uses the shared layout, says its language and escapes what others typed`, async () => {
        const render = templates[name] as (p: unknown, l: 'nb' | 'en') => ReturnType<(typeof templates)[TemplateName]>;
        const email = await render(payloads[name], language);
        // react-email's doctype (XHTML 1.0 Transitional, the one Outlook renders most predictably) and its <html>.
        expect(email.html).toMatch(/^<!doctype html/i);
        expect(email.html).toMatch(new RegExp(`<html[^>]* lang="${language}"`));
        expect(email.html).toContain('max-width:560px');
        expect(email.html).toContain('>SeeRecruit</td>');
        expect(email.html).not.toMatch(/<b[\s>]|onmouseover="/);
        expect(email.subject).not.toMatch(/[\r\n]/);
        expect(email.text.length).toBeGreaterThan(20);
      });
    }
  }
});
