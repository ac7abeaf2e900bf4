import { describe, expect, it, vi } from 'vitest';
import { appUrl } from '../../lib/settings/env';
import { osloToday } from '../../lib/time/oslo';
import { makeJob, makeTenant, testDb } from './db';

// Next's data cache is not there outside the server: each cached read goes to the database.
vi.mock('next/cache', () => ({ revalidateTag: () => undefined, unstable_cache: <T>(fn: () => Promise<T>) => fn }));
const { default: sitemap } = await import('../../app/sitemap');
const { revalidateJobPages } = await import('../../lib/careers/cache');

const handle = testDb();
const origin = appUrl();
const urls = async () => (await sitemap()).map((entry) => entry.url);
const dayBefore = (day: string) => new Date(Date.parse(`${day}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

describe('the sitemap lists the public pages and every open job, and nothing that is not open', () => {
  it('lists both employers’ open jobs and career lists in both languages; closed, past-deadline, unpublished and draft jobs never', async () => {
    const acme = await makeTenant(handle, 'Acme AS');
    const fjord = await makeTenant(handle, 'Fjord AS');
    const quiet = await makeTenant(handle, 'Stille AS');
    const acmeOpen = await makeJob(handle, acme.id, 'Utvikler', { closesOn: osloToday() });
    const fjordOpen = await makeJob(handle, fjord.id, 'Data engineer', { closesOn: null });
    const closed = await makeJob(handle, acme.id, 'Lukket', { status: 'closed' });
    const pastDeadline = await makeJob(handle, acme.id, 'Utløpt', { closesOn: dayBefore(osloToday()) });
    const unpublished = await makeJob(handle, fjord.id, 'Tatt ned', { status: 'draft' }); // was public: publishedAt set
    const draft = await makeJob(handle, fjord.id, 'Kladd', { status: 'draft', publishedAt: null });
    const filled = await makeJob(handle, quiet.id, 'Besatt', { status: 'filled', filledAt: new Date() });

    const entries = await sitemap();
    const listed = entries.map((e) => e.url);
    for (const [tenant, job] of [[acme, acmeOpen], [fjord, fjordOpen]] as const) {
      expect(listed).toContain(`${origin}/careers/${tenant.slug}`);
      expect(listed).toContain(`${origin}/en/careers/${tenant.slug}`);
      const nb = `${origin}/careers/${tenant.slug}/${job.slug}`;
      const en = `${origin}/en/careers/${tenant.slug}/${job.slug}`;
      const entry = entries.find((e) => e.url === nb);
      expect(entry?.alternates?.languages).toEqual({ nb, en, 'x-default': nb });
      expect(entries.find((e) => e.url === en)?.alternates?.languages).toEqual({ nb, en, 'x-default': nb });
      expect(entry?.lastModified).toBe(job.updatedAt.toISOString());
    }
    for (const job of [closed, pastDeadline, unpublished, draft, filled]) {
      expect(listed.filter((url) => url.endsWith(`/${job.slug}`)), job.title).toEqual([]);
    }
    // An employer with nothing open has no career list in the sitemap either.
    expect(listed.filter((url) => url.includes(`/careers/${quiet.slug}`))).toEqual([]);
    // Absolute URLs on our public address only, each once.
    expect(listed.every((url) => url.startsWith(`${origin}/`))).toBe(true);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('lists the public pages in Norwegian and English with hreflang alternates', async () => {
    const entries = await sitemap();
    const pairs = [['/', '/en'], ['/om', '/en/about'], ['/personvern', '/en/privacy'], ['/personvern/innsyn', '/en/privacy/request']];
    for (const [nbPath, enPath] of pairs) {
      const nbUrl = `${origin}${nbPath}`;
      const languages = { nb: nbUrl, en: `${origin}${enPath}`, 'x-default': nbUrl };
      expect(entries.find((e) => e.url === nbUrl)?.alternates?.languages, nbPath).toEqual(languages);
      expect(entries.find((e) => e.url === `${origin}${enPath}`)?.alternates?.languages, enPath).toEqual(languages);
    }
    // Never the private areas robots.txt keeps crawlers out of.
    expect((await urls()).filter((url) => /\/(dashboard|admin|login|api|dev)(\/|$)/.test(url))).toEqual([]);
  });

  it('shows a newly published employer in the next sitemap once the dashboard revalidates its pages', async () => {
    await urls(); // the employers with open jobs are now memoised
    const fresh = await makeTenant(handle, 'Ny AS');
    const job = await makeJob(handle, fresh.id, 'Første jobb');
    revalidateJobPages(fresh.id, job.slug);
    expect(await urls()).toContain(`${origin}/careers/${fresh.slug}/${job.slug}`);
  });
});
