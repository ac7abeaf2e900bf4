import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { jobPostingJsonLd } from '../../lib/careers/json-ld';
import type { PublicJob } from '../../lib/careers/jobs';
import { JobDescription, plainText } from '../../lib/careers/markdown';

const html = (source: string) => renderToStaticMarkup(JobDescription({ source }));

describe('job descriptions: a small Markdown subset, never raw HTML', () => {
  it('renders paragraphs, bold, italic and lists', () => {
    expect(html('Hei **du** og *deg*\n\n- en\n- to\n\n1. først')).toBe(
      '<p>Hei <strong>du</strong> og <em>deg</em></p><ul><li>en</li><li>to</li></ul><ol><li>først</li></ol>',
    );
  });
  it('shows HTML from employers as text', () => {
    const out = html('<script>alert(1)</script><img src=x onerror=alert(1)>');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;script&gt;');
  });
  it('links only http(s) and mailto, with nofollow', () => {
    expect(html('[Les mer](https://acme.no/om)')).toBe('<p><a href="https://acme.no/om" rel="nofollow noopener noreferrer ugc">Les mer</a></p>');
    expect(html('[klikk](javascript:alert(1))')).not.toContain('href');
  });
  it('gives plain text for meta descriptions: markup gone, link labels kept', () => {
    expect(plainText('Vi **søker**\n\n[deg](https://x.no) og *deg*')).toBe('Vi søker. deg og deg');
  });
  it('keeps list items and paragraphs apart in the plain text instead of running them together', () => {
    const source = 'Vi søker en **utvikler** som vil bygge tjenestene våre.\n\n- TypeScript og Postgres\n- Fleksibel hjemmekontorordning\n\nVi tilbyr:\n1. God pensjon\n2. Fri lunsj.\n3. Hytte\n\nSøk innen fredag';
    expect(plainText(source, 5000)).toBe(
      'Vi søker en utvikler som vil bygge tjenestene våre. TypeScript og Postgres; Fleksibel hjemmekontorordning. ' +
        'Vi tilbyr: God pensjon; Fri lunsj. Hytte. Søk innen fredag',
    );
    // Lines of one paragraph are one sentence, as the page shows them; a list item is never glued to the next.
    expect(plainText('Første linje\nandre linje\n- a\n- b')).toBe('Første linje andre linje. a; b');
    expect(plainText('- en\n- to\n- tre')).not.toContain('en to');
  });
});

describe('JobPosting JSON-LD', () => {
  const job: PublicJob = { id: '0b6c3f1e-3d5e-4c8a-9a51-7f2d8e1c4b90', slug: 'backend-utvikler', title: 'Backend-utvikler', place: 'Oslo', employmentType: 'permanent', description: 'Vi søker deg.\n\n- TypeScript\n- Postgres', language: 'nb', status: 'published', closesOn: '2026-12-01', publishedAt: null, updatedAt: '2026-11-01T00:00:00.000Z' };
  const tenant = { id: '5a1d2c3b-0000-4000-8000-000000000001', slug: 'acme', name: 'Acme AS', intro: '', retentionDays: 90, takingApplications: true };
  const jsonLd = (overrides: Partial<PublicJob> = {}) =>
    jobPostingJsonLd({ job: { ...job, ...overrides }, tenant, url: 'https://x/careers/acme/backend-utvikler', appUrl: 'https://x' });

  it('cannot close its script tag', () => {
    const json = jsonLd({ title: '</script><script>alert(1)</script>', description: '</script><!-- & -->' });
    expect(json).not.toContain('</script');
    expect(json).not.toContain('<');
    expect(json).not.toContain('&');
    expect(JSON.parse(json)).toMatchObject({ '@type': 'JobPosting', title: '</script><script>alert(1)</script>', validThrough: '2026-12-01T23:59:59+01:00' });
  });

  it('names the job with a stable identifier: the employer and its public slug, never the internal id', () => {
    const data = JSON.parse(jsonLd());
    expect(data.identifier).toEqual({ '@type': 'PropertyValue', name: 'Acme AS', value: 'backend-utvikler' });
    expect(jsonLd()).not.toContain(job.id);
    expect(jsonLd()).not.toContain(tenant.id);
    // The same job keeps its identifier when its text changes.
    expect(JSON.parse(jsonLd({ title: 'Senior backend-utvikler', description: 'Ny tekst' })).identifier).toEqual(data.identifier);
  });

  it('describes the job in plain text with its list items apart', () => {
    expect(JSON.parse(jsonLd()).description).toBe('Vi søker deg. TypeScript; Postgres');
  });
});
