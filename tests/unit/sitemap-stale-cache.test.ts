import { describe, expect, it, vi } from 'vitest';
import type { PublicJob } from '../../lib/careers/jobs';
import { appUrl } from '../../lib/settings/env';
import { osloToday } from '../../lib/time/oslo';

/**
 * The careers cache may be minutes old: a job cached as open can have passed its closing day since, and the
 * employer list is memoised for a minute. The sitemap decides again, now, as the career list page does.
 */
const today = osloToday();
const yesterday = new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const job = (slug: string, extra: Partial<PublicJob> = {}): PublicJob => ({
  id: `id-${slug}`, slug, title: slug, place: 'Oslo', employmentType: 'permanent', description: '', language: 'nb',
  status: 'published', closesOn: null, publishedAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-02T00:00:00.000Z', ...extra,
});
const cached: Record<string, PublicJob[]> = {
  acme: [job('open-today', { closesOn: today }), job('passed-yesterday', { closesOn: yesterday }), job('closed-since', { status: 'closed' })],
  gone: [job('only-one-passed', { closesOn: yesterday })],
};
vi.mock('../../lib/careers/cache', () => ({ cachedOpenJobs: async (tenantId: string) => cached[tenantId] ?? [] }));
vi.mock('../../lib/careers/tenants', () => ({
  listTenantsWithOpenJobsMemo: async () => [{ id: 'acme', slug: 'acme' }, { id: 'gone', slug: 'gone' }],
}));
const { careersSitemap } = await import('../../lib/careers/sitemap');

describe('the sitemap never lists a job the cache still holds as open after it closed', () => {
  it('drops jobs past their closing day or closed since they were cached, and an employer left with none', async () => {
    const urls = (await careersSitemap()).map((e) => e.url);
    expect(urls).toContain(`${appUrl()}/careers/acme/open-today`);
    expect(urls).toContain(`${appUrl()}/en/careers/acme/open-today`);
    for (const slug of ['passed-yesterday', 'closed-since', 'only-one-passed']) expect(urls.filter((u) => u.endsWith(`/${slug}`)), slug).toEqual([]);
    expect(urls.filter((u) => u.includes('/careers/gone'))).toEqual([]);
  });
});
