import { describe, expect, it } from 'vitest';
import { withTenant } from '../../db/doors';
import { moveJob } from '../../lib/jobs/jobs';
import { recentActivity } from '../../lib/pipeline/activity';
import { addNote, moveToStage } from '../../lib/pipeline/workflow';
import { makeJob, makeTenant, testDb } from './db';
import { makeApplication, makeMember } from './fixtures/applications';

const handle = testDb();
const asTenant = <T>(ctx: { tenantId: string; userId?: string }, fn: Parameters<typeof withTenant<T>>[1]) => withTenant(ctx, fn);

describe('recent activity on the overview', () => {
  it('lists received applications, stage moves, notes and job changes newest first, without note text or email', async () => {
    const tenant = await makeTenant(handle);
    const member = await makeMember(handle, tenant.id);
    const t0 = Date.now() - 3_600_000;
    const job = await makeJob(handle, tenant.id, 'Sjåfør', { publishedAt: new Date(t0) });
    const app = await makeApplication(handle, tenant.id, job.id, { fullName: 'Kari Aktiv', email: 'kari.aktiv@example.no', submittedAt: new Date(t0 + 1000) });
    await asTenant(member, (tx) => moveToStage(tx, member, app.id, 'interview', { notify: false }));
    await asTenant(member, (tx) => addNote(tx, member, app.id, 'Hemmelig notattekst'));
    await asTenant(member, (tx) => moveJob(tx, member, job.id, 'filled'));

    const events = await asTenant(member, (tx) => recentActivity(tx, member));
    expect(events.map((e) => e.kind)).toEqual(['filled', 'note', 'stage', 'received', 'published']);
    expect(events[2]).toMatchObject({ kind: 'stage', applicationId: app.id, name: 'Kari Aktiv', by: 'Member', from: 'new', to: 'interview' });
    expect(events[3]).toMatchObject({ kind: 'received', applicationId: app.id, job: 'Sjåfør' });
    expect(events[0]).toMatchObject({ kind: 'filled', jobId: job.id });
    const text = JSON.stringify(events);
    expect(text).not.toContain('Hemmelig');
    expect(text).not.toContain('kari.aktiv@');
  });

  it('keeps to the limit, newest first', async () => {
    const tenant = await makeTenant(handle);
    const member = await makeMember(handle, tenant.id);
    const job = await makeJob(handle, tenant.id, 'Mange søkere', { publishedAt: new Date(Date.now() - 86_400_000) });
    for (let i = 0; i < 12; i++) await makeApplication(handle, tenant.id, job.id, { fullName: `Person ${i}`, submittedAt: new Date(Date.now() - 60_000 + i * 1000) });
    const events = await asTenant(member, (tx) => recentActivity(tx, member));
    expect(events).toHaveLength(10);
    expect(events.map((e) => ('name' in e ? e.name : e.kind))).toEqual(Array.from({ length: 10 }, (_, i) => `Person ${11 - i}`));
  });

  it('never shows another tenant’s events, even when asked for them by id', async () => {
    const mine = await makeTenant(handle);
    const other = await makeTenant(handle);
    const member = await makeMember(handle, mine.id);
    const otherMember = await makeMember(handle, other.id);
    const otherJob = await makeJob(handle, other.id, 'Fremmed stilling');
    const otherApp = await makeApplication(handle, other.id, otherJob.id, { fullName: 'Fremmed Person' });
    await asTenant(otherMember, (tx) => moveToStage(tx, otherMember, otherApp.id, 'rejected', { notify: false }));
    await asTenant(otherMember, (tx) => addNote(tx, otherMember, otherApp.id, 'Fremmed notat'));

    expect(await asTenant(member, (tx) => recentActivity(tx, member))).toEqual([]);
    // The tenant's own filter pointed at the other one: RLS in this member's door still returns nothing.
    expect(await asTenant(member, (tx) => recentActivity(tx, { tenantId: other.id }))).toEqual([]);
    expect((await asTenant(otherMember, (tx) => recentActivity(tx, otherMember))).map((e) => e.kind).sort()).toEqual(['note', 'published', 'received', 'stage']);
  });
});
