import { describe, it, expect } from 'vitest';
import type { z } from 'zod';
import { openApplicationInput } from '../../lib/admin/reason';
import { applicationSchema } from '../../lib/applications/schema';
import { invitationName } from '../../lib/auth/invitation-name';
import { correctionSchema } from '../../lib/candidate/correction';
import { jobInput } from '../../lib/jobs/input';
import { noteBody } from '../../lib/pipeline/note-input';
import { legalHoldInput } from '../../lib/retention/input';
import { inviteInput } from '../../lib/tenancy/invite-input';

/** A test fødselsnummer (1 Jan 1990) with both mod-11 check digits: generated, never a real person's committed number. */
function testNationalId(): string {
  const check = (digits: string, weights: number[]) => {
    const k = 11 - (weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0) % 11);
    return k === 11 ? 0 : k === 10 ? null : k;
  };
  for (let n = 100; ; n++) {
    const nine = `010190${n}`;
    const k1 = check(nine, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
    const k2 = k1 === null ? null : check(nine + k1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if (k1 !== null && k2 !== null) return `${nine}${k1}${k2}`;
  }
}

const FNR = testNationalId();
/** The review's dodges at once: full-width digits, a zero-width space and two spaces between the groups. */
const DISGUISED = [...FNR].map((d) => String.fromCodePoint(0xff10 + Number(d))).join('\u200b').replace(/^((?:.\u200b){6})/u, '$1  ');
const UUID = '00000000-0000-4000-8000-000000000000';

function fieldError(schema: z.ZodType, value: unknown, field: string): string | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return undefined;
  return parsed.error.issues.find((issue) => issue.path[0] === field)?.message;
}

describe('L6: every free-text field refuses a disguised national identity number', () => {
  it('L6: the disguise is one the old guard missed and the new one catches', async () => {
    const { findSensitiveNumber } = await import('../../lib/privacy/sensitive-numbers');
    expect(DISGUISED).not.toMatch(/\d/);
    expect(findSensitiveNumber(`nr ${DISGUISED}`)).not.toBeNull();
  });

  const job = { title: 'Butikkmedarbeider', place: 'Oslo', employmentType: 'permanent', description: 'Vi søker en blid medarbeider.', language: 'nb', closesOn: '' };

  it('L6: job title, description and place refuse it with sensitiveNumber', () => {
    expect(jobInput.safeParse(job).success, JSON.stringify(jobInput.safeParse(job).error?.issues)).toBe(true);
    expect(fieldError(jobInput, { ...job, title: `Kasse ${DISGUISED}` }, 'title')).toBe('sensitiveNumber');
    expect(fieldError(jobInput, { ...job, description: `Send fnr ${DISGUISED} til oss` }, 'description')).toBe('sensitiveNumber');
    expect(fieldError(jobInput, { ...job, place: `Oslo ${DISGUISED}` }, 'place')).toBe('sensitiveNumber');
  });

  it('L6: a note refuses it with sensitiveNumber', () => {
    expect(noteBody.safeParse('Ring tilbake mandag').success).toBe(true);
    expect(noteBody.safeParse(`Fnr ${DISGUISED}`).error?.issues[0]?.message).toBe('sensitiveNumber');
  });

  it('L6: the name typed when accepting an invitation refuses it with sensitiveNumber', () => {
    expect(invitationName('Kari Nordmann')).toEqual({ ok: true, name: 'Kari Nordmann' });
    expect(invitationName(`Kari ${DISGUISED}`)).toEqual({ ok: false, reason: 'sensitiveNumber' });
  });

  it('L6: an invitation address refuses it with sensitiveNumber', () => {
    expect(inviteInput.safeParse({ email: 'kari@example.no', role: 'recruiter' }).success).toBe(true);
    expect(fieldError(inviteInput, { email: `${FNR}@example.no`, role: 'recruiter' }, 'email')).toBe('sensitiveNumber');
  });

  it('L6: a legal hold reason refuses it with sensitiveNumber', () => {
    expect(legalHoldInput.safeParse({ reason: 'Tvist, sak 2024/17', until: '2027-01-01' }).success).toBe(true);
    expect(fieldError(legalHoldInput, { reason: `Tvist om ${DISGUISED}`, until: '2027-01-01' }, 'reason')).toBe('sensitiveNumber');
  });

  it('L6: a staff reason refuses it with sensitiveNumber', () => {
    expect(fieldError(openApplicationInput, { tenantId: UUID, applicationId: UUID, reason: `Kunden oppga ${DISGUISED}` }, 'reason')).toBe('sensitiveNumber');
  });

  it('L6: a candidate correction refuses it with sensitive', () => {
    expect(fieldError(correctionSchema, { tenantId: UUID, applicationId: UUID, body: `Riktig nummer er ${DISGUISED}` }, 'body')).toBe('sensitive');
  });

  it('L6: the application form refuses it in name, email, phone and letter with sensitive', () => {
    const base = { fullName: 'Kari Nordmann', birthDate: '1990-01-01', email: 'kari@example.no', phone: '912 34 567', coverLetter: 'Hei!', consent: true };
    expect(applicationSchema.safeParse(base).success).toBe(true);
    expect(fieldError(applicationSchema, { ...base, fullName: `Kari ${DISGUISED}` }, 'fullName')).toBe('sensitive');
    expect(fieldError(applicationSchema, { ...base, email: `${FNR}@example.no` }, 'email')).toBe('sensitive');
    expect(fieldError(applicationSchema, { ...base, phone: DISGUISED }, 'phone')).toBe('sensitive');
    expect(fieldError(applicationSchema, { ...base, coverLetter: `Mitt nummer: ${DISGUISED}` }, 'coverLetter')).toBe('sensitive');
  });
});
