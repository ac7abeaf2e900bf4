import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { jobPostingJsonLd } from '../../lib/careers/json-ld';
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
  it('gives plain text for meta descriptions', () => {
    expect(plainText('Vi **søker**\n- [deg](https://x.no)')).toBe('Vi søker deg');
  });
  it('JSON-LD cannot close its script tag', () => {
    const json = jobPostingJsonLd({
      job: { id: '1', slug: 's', title: '</script><script>alert(1)</script>', place: 'Oslo', employmentType: 'permanent', description: '', language: 'nb', status: 'published', closesOn: '2026-12-01', publishedAt: null, updatedAt: '2026-11-01T00:00:00.000Z' },
      tenant: { id: 't', slug: 'acme', name: 'Acme', intro: '', retentionDays: 90 },
      url: 'https://x/careers/acme/s',
      appUrl: 'https://x',
    });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json)).toMatchObject({ '@type': 'JobPosting', validThrough: '2026-12-01T23:59:59+01:00' });
  });
});
