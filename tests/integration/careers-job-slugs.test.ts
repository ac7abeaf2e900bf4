import { describe, expect, it } from 'vitest';
import { loadJob, loadJobSlugs } from '../../lib/careers/jobs';
import { makeJob, makeTenant, testDb } from './db';

const handle = testDb();

describe('L8: the careers cache knows which job pages can exist', () => {
  it('L8: the slug list holds every job of the employer whatever its status, and no other employer’s', async () => {
    const acme = await makeTenant(handle);
    const fjord = await makeTenant(handle);
    const open = await makeJob(handle, acme.id);
    const draft = await makeJob(handle, acme.id, 'Kladd', { status: 'draft', publishedAt: null });
    const archived = await makeJob(handle, acme.id, 'Arkivert', { status: 'archived' });
    const foreign = await makeJob(handle, fjord.id);
    const slugs = await loadJobSlugs({ tenantId: acme.id });
    expect(slugs.sort()).toEqual([open.slug, draft.slug, archived.slug].sort());
    expect(slugs).not.toContain(foreign.slug);
    // Every slug on the list is one loadJob finds (the page then decides what to show).
    for (const slug of slugs) expect(await loadJob({ tenantId: acme.id }, slug)).not.toBeNull();
  });
});
