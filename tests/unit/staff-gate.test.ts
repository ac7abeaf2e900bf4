import { describe, expect, it } from 'vitest';
import { staffState } from '../../lib/admin/staff';
import type { Person } from '../../lib/auth/session';
import { mustEnrolAfterRefresh } from '../../lib/auth/session-policy';

const person = (over: Partial<Person> = {}): Person => ({ sv: 1, sessionRevoked: false, staff: true, totpEnabled: true, memberships: [], ...over });

describe('who may use /admin (lib/admin/staff, the check every admin page, action and route makes)', () => {
  it('staff whose second factor is on, in a session that passed it', () => {
    expect(staffState(person(), { mustEnrolMfa: false })).toBe('staff');
  });

  it('staff without TOTP, or a session that signed in before TOTP was enrolled elsewhere: enrol first', () => {
    expect(staffState(person({ totpEnabled: false }), { mustEnrolMfa: true })).toBe('enrol');
    expect(staffState(person({ totpEnabled: false }), { mustEnrolMfa: false })).toBe('enrol');
    expect(staffState(person(), { mustEnrolMfa: true })).toBe('enrol');
  });

  it('anyone else, with or without TOTP, signed in or not: none (the ordinary 404)', () => {
    expect(staffState(person({ staff: false }), { mustEnrolMfa: false })).toBe('none');
    expect(staffState(person({ staff: false, totpEnabled: false }), { mustEnrolMfa: false })).toBe('none');
    expect(staffState(null, null)).toBe('none');
    expect(staffState(person(), null)).toBe('none');
  });
});

describe('a session records its second factor (lib/auth/session-policy mustEnrolAfterRefresh, auth.ts)', () => {
  it('a session that had to enrol is let off only by enrolling in it, not by a refresh after enrolling elsewhere', () => {
    expect(mustEnrolAfterRefresh(true, false, false)).toBe(true);
    expect(mustEnrolAfterRefresh(true, false, true)).toBe(false);
    // The database saying "no second factor" always wins.
    expect(mustEnrolAfterRefresh(false, true, false)).toBe(true);
    expect(mustEnrolAfterRefresh(true, true, true)).toBe(true);
    expect(mustEnrolAfterRefresh(false, false, false)).toBe(false);
  });
});
