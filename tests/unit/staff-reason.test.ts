import { describe, expect, it } from 'vitest';
import { openApplicationInput } from '../../lib/admin/reason';

const ids = { tenantId: '00000000-0000-4000-8000-000000000001', applicationId: '00000000-0000-4000-8000-000000000002' };
const problem = (reason: unknown) => {
  const parsed = openApplicationInput.safeParse({ ...ids, reason });
  return parsed.success ? 'ok' : parsed.error.issues[0]!.message;
};

describe('the written reason that opens an application to staff', () => {
  it('is trimmed to one clean line of 10 to 500 characters, as the database checks again', () => {
    expect(openApplicationInput.parse({ ...ids, reason: '  Sak 4711:\n\tkandidaten\u202e ba om hjelp  ' }).reason).toBe('Sak 4711: kandidaten ba om hjelp');
    expect(problem(undefined)).toBe('reasonShort');
    expect(problem('')).toBe('reasonShort');
    expect(problem('     kort     ')).toBe('reasonShort');
    expect(problem('x'.repeat(10))).toBe('ok');
    expect(problem('x'.repeat(500))).toBe('ok');
    expect(problem('x'.repeat(501))).toBe('reasonLong');
  });

  it('keeps national identity, account numbers and email addresses out: the audit line outlives an erasure', () => {
    expect(problem('Refusjon til konto 8601 11 17947, sak 4711')).toBe('sensitiveNumber');
    expect(problem('Kort 4111 1111 1111 1111 ble belastet, sak 4711')).toBe('sensitiveNumber');
    expect(problem('Kandidaten skrev fra kari@example.no og ba om hjelp')).toBe('reasonEmail');
  });

  it('needs both ids to be ids', () => {
    expect(openApplicationInput.safeParse({ tenantId: 'acme', applicationId: ids.applicationId, reason: 'Sak 4711: sjekk' }).success).toBe(false);
  });
});
