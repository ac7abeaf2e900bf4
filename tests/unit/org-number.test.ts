import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactOrgNumber, formatOrgNumber, isValidOrgNumber, orgNumberProblem } from '../../lib/tenancy/org-number';
import { oracleSaysValid } from '../fixtures/org-numbers';

// Issue 15 part 1: the organisation number's mod-11 check is our own small function,
// judged by a maintained validator (stdnum's Norwegian orgnr, a devDependency only).

const digitString = (length: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(''));

describe('organisation number (mod-11, weights 3 2 7 6 5 4 3 2)', () => {
  it('agrees with the maintained validator on every random nine-digit string', () => {
    fc.assert(
      fc.property(digitString(9), (digits) => {
        expect(isValidOrgNumber(digits)).toBe(oracleSaysValid(digits));
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees with the validator on valid numbers too (random ones are valid only one time in eleven)', () => {
    // Eight random digits and each possible last digit: exactly the oracle's valid one passes, if any.
    fc.assert(
      fc.property(digitString(8), (eight) => {
        const verdicts = Array.from({ length: 10 }, (_, d) => `${eight}${d}`).map((n) => [isValidOrgNumber(n), oracleSaysValid(n)]);
        for (const [ours, theirs] of verdicts) expect(ours).toBe(theirs);
        expect(verdicts.filter(([ours]) => ours).length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 3_000 },
    );
  });

  it('refuses every single-digit change of a valid number (what the check digit is for)', () => {
    for (const valid of ['100000008', '200000005', '123456785']) {
      expect(isValidOrgNumber(valid)).toBe(true);
      for (let i = 0; i < 9; i++) {
        for (let d = 0; d < 10; d++) {
          const changed = valid.slice(0, i) + d + valid.slice(i + 1);
          if (changed !== valid) expect(isValidOrgNumber(changed), changed).toBe(false);
        }
      }
    }
  });

  it('refuses eight digits whose check digit would be 10', () => {
    // 3*1 + 2*0*6 + 3*3 = 12: remainder 1, so no check digit exists for these eight digits.
    const eight = '10000030';
    const sum = [3, 2, 7, 6, 5, 4, 3, 2].reduce((acc, w, i) => acc + w * Number(eight[i]), 0);
    expect(sum % 11).toBe(1);
    for (let d = 0; d < 10; d++) expect(isValidOrgNumber(`${eight}${d}`)).toBe(false);
  });

  it('takes spaces as typed and keeps nine digits; field errors say what is wrong', () => {
    expect(compactOrgNumber(' 100 000 008 ')).toBe('100000008');
    expect(compactOrgNumber('100\u00a0000\u00a0008')).toBe('100000008');
    expect(orgNumberProblem('100 000 008')).toBeNull();
    expect(orgNumberProblem('')).toBe('required');
    expect(orgNumberProblem('   ')).toBe('required');
    expect(orgNumberProblem('10000000')).toBe('orgNumberShape');
    expect(orgNumberProblem('1000000080')).toBe('orgNumberShape');
    expect(orgNumberProblem('100-000-008')).toBe('orgNumberShape');
    expect(orgNumberProblem('NO100000008MVA')).toBe('orgNumberShape');
    expect(orgNumberProblem('１００００００００８')).toBe('orgNumberShape');
    expect(orgNumberProblem('100000009')).toBe('orgNumberCheck');
    expect(isValidOrgNumber(' 100000008')).toBe(false);
    expect(formatOrgNumber('100000008')).toBe('100 000 008');
  });
});
