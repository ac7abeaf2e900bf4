import { describe, expect, it } from 'vitest';
import { renderCandidateHired, renderCandidateRejected } from '@/lib/email/templates/workflow';

const payload = { fullName: 'Kari <Nordmann>', jobTitle: 'Lager & logistikk', employerName: 'Acme AS', reference: 'SR-ABCD-1234' };

describe('stage notification emails', () => {
  it('tells a rejected candidate politely, in their language, with the reference', async () => {
    const nb = await renderCandidateRejected(payload, 'nb');
    const en = await renderCandidateRejected(payload, 'en');
    expect(nb.subject).toBe('Svar på søknaden din til Acme AS (SR-ABCD-1234)');
    expect(nb.text).toContain('Takk for at du søkte på «Lager & logistikk»');
    expect(en.text).toContain('Thank you for applying for “Lager & logistikk”');
    expect(en.html).toContain('lang="en"');
  });

  it('never lets the candidate’s name or the job title become markup in the HTML', async () => {
    const { html } = await renderCandidateHired(payload, 'nb');
    expect(html).not.toContain('<Nordmann>');
    expect(html).toContain('Kari &lt;Nordmann&gt;');
    expect(html).toContain('Lager &amp; logistikk');
  });
});
