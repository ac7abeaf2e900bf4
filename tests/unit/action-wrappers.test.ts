import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

// The wrapper's collaborators, replaced so the order of its checks can be seen.
const calls: string[] = [];
const identity = { claims: { uid: 'u-1', sv: 1 }, person: { memberships: [] as Array<{ tenantId: string; tenantSlug: string; tenantName: string; role: 'owner' | 'recruiter' }> } };
vi.mock('@/lib/auth/session', () => ({
  requireIdentity: vi.fn(async () => {
    calls.push('session');
    return identity;
  }),
}));
vi.mock('@/i18n/request-locale', () => ({ localeOfRequest: async () => ({ path: '/dashboard/acme', locale: 'nb' }) }));
vi.mock('next-intl/server', () => ({
  getTranslations: async () => Object.assign((key: string) => `«${key}»`, { has: (key: string) => key !== 'unknownCode' }),
}));
class Interrupt extends Error {}
vi.mock('next/navigation', () => ({
  notFound: () => {
    calls.push('404');
    throw new Interrupt('404');
  },
  forbidden: () => {
    calls.push('403');
    throw new Interrupt('403');
  },
}));
vi.mock('next/cache', () => ({ revalidatePath: () => calls.push('revalidate') }));
vi.mock('@/db/doors', () => ({
  withTenant: async (ctx: unknown, fn: (tx: unknown) => Promise<unknown>) => {
    calls.push('door');
    return fn({ tx: true, ctx });
  },
}));

const { tenantAction } = await import('../../lib/actions/tenant-action');
const { Refused } = await import('../../lib/errors');

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};
const schema = z.object({ tenant: z.string(), title: z.string().min(3, { error: 'titleShort' }) });

beforeEach(() => {
  calls.length = 0;
  identity.person.memberships = [{ tenantId: 't-1', tenantSlug: 'acme', tenantName: 'Acme AS', role: 'recruiter' }];
});

describe('tenantAction: session, membership, role, input, then the body in the tenant door', () => {
  it('runs in that order and commits before the after-commit step', async () => {
    const action = tenantAction(schema, { okMessage: 'saved', then: () => void calls.push('then') }, async (input, member, tx) => {
      calls.push(`body:${input.title}:${member.tenantId}:${member.role}:${Boolean(tx)}`);
      return 1;
    });
    const state = await action({ status: 'idle' }, form({ tenant: 'acme', title: 'Utvikler' }));
    expect(calls).toEqual(['session', 'door', 'body:Utvikler:t-1:recruiter:true', 'revalidate', 'then']);
    expect(state).toEqual({ status: 'ok', message: '«saved»' });
  });

  it('a tenant the person is not a member of is the ordinary 404, before the input is looked at', async () => {
    const body = vi.fn();
    const action = tenantAction(schema, {}, body);
    await expect(action({ status: 'idle' }, form({ tenant: 'fjord', title: 'x' }))).rejects.toThrow('404');
    expect(calls).toEqual(['session', '404']);
    expect(body).not.toHaveBeenCalled();
  });

  it('too little role is 403, before the input and the body', async () => {
    const body = vi.fn();
    const action = tenantAction(schema, { role: 'owner' }, body);
    await expect(action({ status: 'idle' }, form({ tenant: 'acme', title: 'x' }))).rejects.toThrow('403');
    expect(calls).toEqual(['session', '403']);
    expect(body).not.toHaveBeenCalled();
  });

  it('invalid input answers field errors in words and never opens the door', async () => {
    const body = vi.fn();
    const state = await tenantAction(schema, {}, body)({ status: 'idle' }, form({ tenant: 'acme', title: 'x' }));
    expect(state).toEqual({ status: 'invalid', fieldErrors: { title: '«titleShort»' }, message: '«invalid»' });
    expect(calls).toEqual(['session']);
    expect(body).not.toHaveBeenCalled();
  });

  it('maps Refused in one place: not_found → 404, forbidden → 403, a code → its message on its field', async () => {
    const refusing = (error: Error) => tenantAction(schema, {}, async () => Promise.reject(error));
    await expect(refusing(new Refused('not_found'))({ status: 'idle' }, form({ tenant: 'acme', title: 'Utvikler' }))).rejects.toThrow('404');
    await expect(refusing(new Refused('forbidden'))({ status: 'idle' }, form({ tenant: 'acme', title: 'Utvikler' }))).rejects.toThrow('403');
    expect(await refusing(new Refused('alreadyMember', 'email'))({ status: 'idle' }, form({ tenant: 'acme', title: 'Utvikler' }))).toEqual({
      status: 'invalid',
      fieldErrors: { email: '«alreadyMember»' },
      message: '«alreadyMember»',
    });
    expect(await refusing(new Refused('unknownCode'))({ status: 'idle' }, form({ tenant: 'acme', title: 'Utvikler' }))).toEqual({ status: 'error', message: '«failed»' });
    // Anything else is not a refusal: it is thrown on, never turned into a message, and nothing is revalidated.
    calls.length = 0;
    await expect(refusing(new Error('boom'))({ status: 'idle' }, form({ tenant: 'acme', title: 'Utvikler' }))).rejects.toThrow('boom');
    expect(calls).not.toContain('revalidate');
  });

  it("door 'none' hands the checked member to the body without a tenant transaction", async () => {
    const action = tenantAction(schema, { door: 'none' }, async (_input, member) => {
      calls.push(`body:${member.tenantSlug}`);
    });
    await action({ status: 'idle' }, form({ tenant: 'acme', title: 'Utvikler' }));
    expect(calls).toEqual(['session', 'body:acme', 'revalidate']);
  });
});
