import { describe, expect, it } from 'vitest';
import { careersPageStatus } from '../../lib/edge/page-status';

const at = (path: string) => new URL(path, 'http://visitor.example');

describe('careersPageStatus (decided from the URL alone)', () => {
  it('answers the busy page 429 with Retry-After from the wait, bounded to a day', () => {
    expect(careersPageStatus(at('/careers/acme/job/apply/busy?minutes=7'), 'GET')).toEqual({
      status: 429,
      headers: { 'Retry-After': '420', 'Cache-Control': 'no-store' },
    });
    expect(careersPageStatus(at('/en/careers/acme/job/apply/busy?minutes=99999'), 'GET')?.headers['Retry-After']).toBe('86400');
    expect(careersPageStatus(at('/careers/acme/job/apply/busy?minutes=nonsense'), 'HEAD')?.headers['Retry-After']).toBe('60');
  });

  it('leaves job ads, forms, lists, posts and odd paths to the page (200, or its own 404 for a job taken down)', () => {
    for (const path of ['/careers/acme/old-job', '/en/careers/acme/job/apply', '/careers/acme', '/careers/acme/job/opengraph-image', '/careers/ACME/..%2Fadmin/apply/busy']) {
      expect(careersPageStatus(at(path), 'GET')).toBeNull();
    }
    expect(careersPageStatus(at('/careers/acme/job/apply/busy'), 'POST')).toBeNull();
  });
});
