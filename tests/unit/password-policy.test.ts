import { describe, expect, it } from 'vitest';
import { passwordProblem } from '../../lib/auth/password-policy';

describe('password policy: long and not guessable', () => {
  it('refuses passwords shorter than 12 characters', () => {
    expect(passwordProblem('Kx9!mQ2#vL')).toBe('tooShort');
  });
  it('refuses long but common or patterned passwords', () => {
    expect(passwordProblem('passwordpassword')).toBe('tooWeak');
    expect(passwordProblem('qwertyuiop123')).toBe('tooWeak');
    expect(passwordProblem('111111111111')).toBe('tooWeak');
  });
  it('refuses a password built from the person’s own email', () => {
    expect(passwordProblem('anna.berg@acme.test', ['anna.berg@acme.test'])).toBe('tooWeak');
    expect(passwordProblem('anna.berg@acme.test')).not.toBe('tooShort');
  });
  it('accepts a long passphrase that is not in any list', () => {
    expect(passwordProblem('blåbær-sykkel-fjellet-19')).toBeNull();
    expect(passwordProblem('Tr4ktor og kanel i mai')).toBeNull();
  });
});
