/**
 * Scoring of Personprofilen: per dimension, the mean of the candidate's own eight answers
 * with reverse-keyed statements flipped (6 - x). No norm group, no percentile, no total:
 * the five numbers are only her averages, shown on the same 1–5 scale she answered on.
 */
import { DIMENSIONS, ITEMS, isScaleValue, type Answers, type DimensionId, type ItemId } from './instrument';

export type ProfileScores = Record<DimensionId, number>;
export type Band = 'low' | 'middle' | 'high';

/** Why a set of answers cannot be scored; itemIds names the statements concerned. */
export class ProfileAnswersError extends Error {
  constructor(
    readonly reason: 'missing' | 'out_of_range',
    readonly itemIds: readonly ItemId[],
  ) {
    super(
      reason === 'missing'
        ? `Profile answers are incomplete: no answer for ${itemIds.join(', ')}`
        : `Profile answers must be whole numbers 1–5: ${itemIds.join(', ')} out of range`,
    );
    this.name = 'ProfileAnswersError';
  }
}

/** True when every statement has an answer 1–5; only then can the profile be scored and completed. */
export function isComplete(answers: Answers): boolean {
  return ITEMS.every((item) => isScaleValue(answers[item.id]));
}

/** The five scores, each rounded to one decimal (half up). Throws ProfileAnswersError unless the set is complete and valid. */
export function scoreProfile(answers: Answers): ProfileScores {
  // Answers may come back from stored JSON, so the values are checked, not trusted to the type.
  const given = answers as Record<string, unknown>;
  const outOfRange = ITEMS.filter((item) => given[item.id] !== undefined && given[item.id] !== null && !isScaleValue(given[item.id]));
  if (outOfRange.length > 0) throw new ProfileAnswersError('out_of_range', outOfRange.map((item) => item.id));
  const missing = ITEMS.filter((item) => !isScaleValue(given[item.id]));
  if (missing.length > 0) throw new ProfileAnswersError('missing', missing.map((item) => item.id));

  const sums = Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as Record<DimensionId, number>;
  const counts = Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as Record<DimensionId, number>;
  for (const item of ITEMS) {
    const value = answers[item.id] as number;
    sums[item.dimension] += item.reverse ? 6 - value : value;
    counts[item.dimension] += 1;
  }
  // Integer sums over a count of 8 are exact in binary, so rounding sees the true mean.
  return Object.fromEntries(
    DIMENSIONS.map((d) => [d, Math.round((sums[d] * 10) / counts[d]) / 10]),
  ) as ProfileScores;
}

/**
 * Which description to show for a score. The cut-offs sit half a step either side of the
 * scale's midpoint 3: below 2.5 is 'low', 2.5 to 3.5 inclusive is 'middle', above 3.5 is
 * 'high'. A band picks a text; it is never shown as a grade or used to compare candidates.
 */
export const BAND_CUTOFFS = { lowBelow: 2.5, highAbove: 3.5 } as const;

export function band(score: number): Band {
  if (!Number.isFinite(score) || score < 1 || score > 5) {
    throw new RangeError(`A profile score lies between 1 and 5, got ${String(score)}`);
  }
  if (score < BAND_CUTOFFS.lowBelow) return 'low';
  if (score > BAND_CUTOFFS.highAbove) return 'high';
  return 'middle';
}
