import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { openApplicationInput } from '../../lib/admin/reason';
import { validateApplication } from '../../lib/applications/schema';
import { invitationName } from '../../lib/auth/invitation-name';
import { correctionSchema } from '../../lib/candidate/correction';
import { jobInput } from '../../lib/jobs/input';
import { noteBody } from '../../lib/pipeline/note-input';
import { hasControlCharacters } from '../../lib/privacy/clean-text';
import { CONTROL_CHARACTERS } from '../../lib/privacy/text-input';
import { legalHoldInput } from '../../lib/retention/input';

const application = {
  fullName: 'Kari Nordmann',
  birthDate: '1991-04-12',
  email: 'kari@example.no',
  phone: '912 34 567',
  coverLetter: 'Jeg vil gjerne jobbe hos dere.',
  consent: true as const,
};

/** The first issue's code per field, as the forms show them. */
function fieldCodes(schema: z.ZodType, value: unknown): Record<string, string> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return {};
  const out: Record<string, string> = {};
  for (const issue of parsed.error.issues) out[String(issue.path[0] ?? '')] ??= issue.message;
  return out;
}

describe('free text refuses control characters before any query (review M7)', () => {
  it('M7: the application form refuses NUL in every text field with that field\'s error', () => {
    for (const field of ['fullName', 'birthDate', 'email', 'phone', 'coverLetter'] as const) {
      const value = field === 'coverLetter' ? 'Hei\u0000' : `${application[field]}\u0000`;
      const result = validateApplication({ ...application, [field]: value });
      expect(result.ok, field).toBe(false);
      if (!result.ok) expect(result.errors[field], field).toBe(CONTROL_CHARACTERS);
    }
    // Other C0 controls, DEL and C1 too; ordinary letters of any language pass.
    for (const bad of ['\u0001', '\u001b[31m', '\u007f', '\u0085', '\u009b']) {
      const result = validateApplication({ ...application, fullName: `Kari${bad}Nordmann` });
      expect(result.ok ? null : result.errors.fullName).toBe(CONTROL_CHARACTERS);
    }
    expect(validateApplication({ ...application, fullName: 'Åse Ødegård-Sámi 🌲' }).ok).toBe(true);
  });

  it('M7: a letter keeps its tabs and line breaks (a textarea sends CR LF); a name keeps none', () => {
    expect(validateApplication({ ...application, coverLetter: 'Hei,\r\n\r\n\tjeg søker.\n' }).ok).toBe(true);
    const name = validateApplication({ ...application, fullName: 'Kari\r\nBcc: x' });
    expect(name.ok ? null : name.errors.fullName).toBe(CONTROL_CHARACTERS);
    expect(hasControlCharacters('a\tb', true)).toBe(false);
    expect(hasControlCharacters('a\tb')).toBe(true);
    expect(hasControlCharacters('a\u000bb', true)).toBe(true);
  });

  it('M7: the employer side and the portal refuse NUL too: job, note, legal hold, staff reason, correction, invitation name', () => {
    const job = { title: 'Utvikler', place: 'Oslo', employmentType: 'permanent', description: 'Om jobben', language: 'nb', closesOn: '' };
    expect(fieldCodes(jobInput, job)).toEqual({});
    expect(fieldCodes(jobInput, { ...job, title: 'Utvikler\u0000' })).toEqual({ title: CONTROL_CHARACTERS });
    expect(fieldCodes(jobInput, { ...job, place: 'Oslo\u0000' })).toEqual({ place: CONTROL_CHARACTERS });
    expect(fieldCodes(jobInput, { ...job, description: 'Om\u0000jobben' })).toEqual({ description: CONTROL_CHARACTERS });
    expect(fieldCodes(jobInput, { ...job, description: 'Om jobben\r\n\r\n- kode' })).toEqual({});

    expect(noteBody.safeParse('Ringte\u0000 henne').error?.issues[0]?.message).toBe(CONTROL_CHARACTERS);
    expect(noteBody.safeParse('Ringte henne.\nHun ringer tilbake.').success).toBe(true);

    expect(fieldCodes(legalHoldInput, { reason: 'Tvist\u0000', until: '2027-01-01' })).toEqual({ reason: CONTROL_CHARACTERS });

    const ids = { tenantId: randomUUID(), applicationId: randomUUID() };
    expect(fieldCodes(openApplicationInput, { ...ids, reason: 'Support case 4411\u0000 asks' })).toEqual({ reason: CONTROL_CHARACTERS });
    expect(fieldCodes(openApplicationInput, { ...ids, reason: 'Support case asks us to look' })).toEqual({});

    expect(fieldCodes(correctionSchema, { ...ids, body: 'Ny adresse\u0000' })).toEqual({ body: CONTROL_CHARACTERS });
    expect(fieldCodes(correctionSchema, { ...ids, body: 'Ny adresse:\r\nStorgata 1' })).toEqual({});

    expect(invitationName('Ola\u0000 Nordmann')).toEqual({ ok: false, reason: 'controlCharacters' });
    expect(invitationName('Ola\r\nNordmann')).toEqual({ ok: false, reason: 'controlCharacters' });
    expect(invitationName('Ola Nordmann')).toEqual({ ok: true, name: 'Ola Nordmann' });
  });
});
