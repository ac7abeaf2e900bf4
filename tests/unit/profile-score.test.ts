import { describe, expect, it } from 'vitest';
import { DIMENSIONS, ITEMS, ITEM_IDS, type Answers, type ItemId, type ScaleValue } from '@/lib/profile/instrument';
import { BAND_CUTOFFS, ProfileAnswersError, band, isComplete, scoreProfile } from '@/lib/profile/score';

const everyItem = (value: (id: ItemId, reverse: boolean) => ScaleValue): Answers =>
  Object.fromEntries(ITEMS.map((item) => [item.id, value(item.id, item.reverse)]));

function caught(run: () => unknown): ProfileAnswersError {
  try {
    run();
  } catch (error) {
    if (error instanceof ProfileAnswersError) return error;
    throw error;
  }
  throw new Error('expected a ProfileAnswersError, nothing was thrown');
}

describe('scoring Personprofilen: per dimension the mean of her own answers, reverse keys flipped', () => {
  it('gives 3.0 everywhere when she answers 5 to everything (the reverse items flip to 1)', () => {
    expect(scoreProfile(everyItem(() => 5))).toEqual({ structure: 3, curiosity: 3, drive: 3, collaboration: 3, steadiness: 3 });
  });

  it('gives 5.0 everywhere when she agrees with every forward and disagrees with every reverse statement', () => {
    expect(scoreProfile(everyItem((_, reverse) => (reverse ? 1 : 5)))).toEqual({ structure: 5, curiosity: 5, drive: 5, collaboration: 5, steadiness: 5 });
  });

  it('gives 1.0 everywhere for the opposite answers', () => {
    expect(scoreProfile(everyItem((_, reverse) => (reverse ? 5 : 1)))).toEqual({ structure: 1, curiosity: 1, drive: 1, collaboration: 1, steadiness: 1 });
  });

  it('matches a mixed set worked out by hand, rounding to one decimal, halves up', () => {
    // Reverse-keyed items (flipped as 6 - x) are the even-numbered of each dimension's turn; see instrument.ts.
    const answers: Answers = {
      // structure: 5 + (6-2) + 4 + (6-1) + 3 + (6-2) + 5 + (6-3) = 33 → 4.125 → 4.1
      q01: 5, q06: 2, q11: 4, q16: 1, q21: 3, q26: 2, q31: 5, q36: 3,
      // curiosity: (6-4) + 2 + (6-5) + 3 + (6-4) + 1 + (6-3) + 2 = 16 → 2.0
      q02: 4, q07: 2, q12: 5, q17: 3, q22: 4, q27: 1, q32: 3, q37: 2,
      // drive: 4 + (6-3) + 4 + (6-2) + 3 + (6-3) + 4 + (6-4) = 27 → 3.375 → 3.4
      q03: 4, q08: 3, q13: 4, q18: 2, q23: 3, q28: 3, q33: 4, q38: 4,
      // collaboration: (6-1) + 5 + (6-2) + 4 + (6-1) + 5 + (6-2) + 4 = 36 → 4.5
      q04: 1, q09: 5, q14: 2, q19: 4, q24: 1, q29: 5, q34: 2, q39: 4,
      // steadiness: 2 + (6-4) + 3 + (6-5) + 2 + (6-4) + 3 + (6-3) = 18 → 2.25 → 2.3
      q05: 2, q10: 4, q15: 3, q20: 5, q25: 2, q30: 4, q35: 3, q40: 3,
    };
    expect(Object.keys(answers)).toHaveLength(40);
    expect(scoreProfile(answers)).toEqual({ structure: 4.1, curiosity: 2, drive: 3.4, collaboration: 4.5, steadiness: 2.3 });
  });

  it('returns exactly the five dimensions: no total, no fit score', () => {
    expect(Object.keys(scoreProfile(everyItem(() => 3))).sort()).toEqual([...DIMENSIONS].sort());
  });

  it('leaves the answers it is given untouched', () => {
    const answers = everyItem(() => 4);
    const copy = structuredClone(answers);
    scoreProfile(answers);
    expect(answers).toEqual(copy);
  });

  it('refuses an incomplete set and names every missing statement', () => {
    const answers = everyItem(() => 3);
    delete answers.q07;
    delete answers.q40;
    const error = caught(() => scoreProfile(answers));
    expect(error.reason).toBe('missing');
    expect(error.itemIds).toEqual(['q07', 'q40']);
    expect(error.message).toMatch(/incomplete.*q07, q40/);
  });

  it('refuses an empty set', () => {
    const error = caught(() => scoreProfile({}));
    expect(error.reason).toBe('missing');
    expect(error.itemIds).toEqual([...ITEM_IDS]);
  });

  it.each([0, 6, 2.5, -1, Number.NaN, '3', true])('refuses the out-of-range answer %s and names the statement', (bad) => {
    const answers = { ...everyItem(() => 3), q13: bad } as unknown as Answers;
    const error = caught(() => scoreProfile(answers));
    expect(error.reason).toBe('out_of_range');
    expect(error.itemIds).toEqual(['q13']);
    expect(error.message).toContain('q13');
  });

  it('reports a value out of range before a missing one, so a corrupt store is not taken for an unfinished profile', () => {
    const answers = { ...everyItem(() => 3), q02: 9 } as unknown as Answers;
    delete answers.q03;
    expect(caught(() => scoreProfile(answers)).reason).toBe('out_of_range');
  });
});

describe('isComplete: only a full, valid set can be completed', () => {
  it('is false for nothing, for 39 answers, and for a value out of range; true for all 40', () => {
    expect(isComplete({})).toBe(false);
    const answers = everyItem(() => 2);
    expect(isComplete(answers)).toBe(true);
    delete answers.q21;
    expect(isComplete(answers)).toBe(false);
    expect(isComplete({ ...answers, q21: 7 } as unknown as Answers)).toBe(false);
    expect(isComplete({ ...answers, q21: 1 })).toBe(true);
  });
});

describe('band: which description a score shows (below 2.5 low, 2.5–3.5 middle, above 3.5 high)', () => {
  it('uses the documented cut-offs', () => {
    expect(BAND_CUTOFFS).toEqual({ lowBelow: 2.5, highAbove: 3.5 });
  });

  it.each([
    [1, 'low'],
    [2.4, 'low'],
    [2.49, 'low'],
    [2.5, 'middle'],
    [3, 'middle'],
    [3.5, 'middle'],
    [3.51, 'high'],
    [3.6, 'high'],
    [5, 'high'],
  ] as const)('puts %s in %s', (score, expected) => {
    expect(band(score)).toBe(expected);
  });

  it.each([0.9, 5.1, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s, which no set of answers can produce', (score) => {
    expect(() => band(score)).toThrow(RangeError);
  });

  it('bands the hand-computed scores as expected', () => {
    const bands = Object.fromEntries(
      Object.entries({ structure: 4.1, curiosity: 2, drive: 3.4, collaboration: 4.5, steadiness: 2.3 }).map(([d, s]) => [d, band(s)]),
    );
    expect(bands).toEqual({ structure: 'high', curiosity: 'low', drive: 'middle', collaboration: 'high', steadiness: 'low' });
  });
});
