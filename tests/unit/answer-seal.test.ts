import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAnswer, sealAnswer } from '../../lib/applications/answer-seal';
import type { ApplyState } from '../../lib/applications/form-state';
import { forgetSettings } from '../../lib/settings/env';

const saved = process.env.AUTH_SECRET;
beforeAll(() => {
  process.env.AUTH_SECRET = 'answer-seal-test-secret-0123456789abcdef';
  forgetSettings();
});
afterAll(() => {
  if (saved === undefined) delete process.env.AUTH_SECRET;
  else process.env.AUTH_SECRET = saved;
  forgetSettings();
});

const state: ApplyState = {
  values: { fullName: 'Kari Nordmann', birthDate: '2020-01-01', email: 'kari@example.no', phone: '912 34 567', coverLetter: 'Hei!', consent: true },
  errors: { birthDate: 'Du må være mellom 15 og 100 år.' },
  attempt: 1,
  filesDropped: true,
};

describe('a refused plain post comes back to the page only in a sealed, short-lived state (M6 endpoint)', () => {
  it('opens what it sealed, within a minute', () => {
    const now = Date.now();
    expect(openAnswer(sealAnswer(state, now), now + 59_000)).toEqual(state);
  });

  it('refuses a state that is forged, changed, expired or absent, so nobody can make the form show their text', () => {
    const now = Date.now();
    const sealed = sealAnswer(state, now);
    const [body, mac] = sealed.split('.');
    const forged = sealAnswer({ ...state, formError: 'Ring 800 12 345 for å fullføre søknaden' }, now).split('.')[0];
    expect(openAnswer(`${forged}.${mac}`, now)).toBeNull();
    expect(openAnswer(`${body}.${mac!.slice(0, -2)}AA`, now)).toBeNull();
    expect(openAnswer(sealed, now + 61_000)).toBeNull();
    expect(openAnswer(null, now)).toBeNull();
    expect(openAnswer('garbage', now)).toBeNull();
  });

  it('stays under the request-header limit with the longest letter that does not compress, by leaving the letter out', () => {
    const letter = Array.from({ length: 5000 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20000))).join('');
    const sealed = sealAnswer({ ...state, values: { ...state.values, coverLetter: letter } });
    expect(sealed.length).toBeLessThanOrEqual(12_000);
    expect(openAnswer(sealed)?.values).toEqual({ ...state.values, coverLetter: '' });
  });
});
