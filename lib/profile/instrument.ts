/**
 * Personprofilen: our own work-style questionnaire (issue 16). Forty short statements,
 * eight per dimension, half of them reverse-keyed so that agreeing with everything does
 * not push a score up. The texts live in messages/{nb,en}/profile-instrument.json under
 * ProfileInstrument.items.<id>; this module holds only the structure, so pages, emails
 * and tests can share it (no server-only imports here).
 */

export const DIMENSIONS = ['structure', 'curiosity', 'drive', 'collaboration', 'steadiness'] as const;
export type DimensionId = (typeof DIMENSIONS)[number];

/** 1 = strongly disagree … 5 = strongly agree. */
export const SCALE = [1, 2, 3, 4, 5] as const;
export type ScaleValue = (typeof SCALE)[number];

export const ITEM_IDS = [
  'q01', 'q02', 'q03', 'q04', 'q05', 'q06', 'q07', 'q08', 'q09', 'q10',
  'q11', 'q12', 'q13', 'q14', 'q15', 'q16', 'q17', 'q18', 'q19', 'q20',
  'q21', 'q22', 'q23', 'q24', 'q25', 'q26', 'q27', 'q28', 'q29', 'q30',
  'q31', 'q32', 'q33', 'q34', 'q35', 'q36', 'q37', 'q38', 'q39', 'q40',
] as const;
export type ItemId = (typeof ITEM_IDS)[number];

export type Item = { readonly id: ItemId; readonly dimension: DimensionId; readonly reverse: boolean };

/** A candidate's answers so far; complete only when every item has a value (see score.ts). */
export type Answers = Partial<Record<ItemId, ScaleValue>>;

const S = 'structure', C = 'curiosity', D = 'drive', K = 'collaboration', T = 'steadiness';

/**
 * The order is the order shown: the dimensions take turns (structure, curiosity, drive,
 * collaboration, steadiness, and again), so every page of eight mixes all five, and the
 * reverse keys alternate so that no page is all one direction.
 */
export const ITEMS: readonly Item[] = [
  { id: 'q01', dimension: S, reverse: false },
  { id: 'q02', dimension: C, reverse: true },
  { id: 'q03', dimension: D, reverse: false },
  { id: 'q04', dimension: K, reverse: true },
  { id: 'q05', dimension: T, reverse: false },
  { id: 'q06', dimension: S, reverse: true },
  { id: 'q07', dimension: C, reverse: false },
  { id: 'q08', dimension: D, reverse: true },
  { id: 'q09', dimension: K, reverse: false },
  { id: 'q10', dimension: T, reverse: true },
  { id: 'q11', dimension: S, reverse: false },
  { id: 'q12', dimension: C, reverse: true },
  { id: 'q13', dimension: D, reverse: false },
  { id: 'q14', dimension: K, reverse: true },
  { id: 'q15', dimension: T, reverse: false },
  { id: 'q16', dimension: S, reverse: true },
  { id: 'q17', dimension: C, reverse: false },
  { id: 'q18', dimension: D, reverse: true },
  { id: 'q19', dimension: K, reverse: false },
  { id: 'q20', dimension: T, reverse: true },
  { id: 'q21', dimension: S, reverse: false },
  { id: 'q22', dimension: C, reverse: true },
  { id: 'q23', dimension: D, reverse: false },
  { id: 'q24', dimension: K, reverse: true },
  { id: 'q25', dimension: T, reverse: false },
  { id: 'q26', dimension: S, reverse: true },
  { id: 'q27', dimension: C, reverse: false },
  { id: 'q28', dimension: D, reverse: true },
  { id: 'q29', dimension: K, reverse: false },
  { id: 'q30', dimension: T, reverse: true },
  { id: 'q31', dimension: S, reverse: false },
  { id: 'q32', dimension: C, reverse: true },
  { id: 'q33', dimension: D, reverse: false },
  { id: 'q34', dimension: K, reverse: true },
  { id: 'q35', dimension: T, reverse: false },
  { id: 'q36', dimension: S, reverse: true },
  { id: 'q37', dimension: C, reverse: false },
  { id: 'q38', dimension: D, reverse: true },
  { id: 'q39', dimension: K, reverse: false },
  { id: 'q40', dimension: T, reverse: true },
];

export const ITEMS_PER_PAGE = 8;
export const PAGE_COUNT = 5;

/** The statements on one page, pages numbered 1…PAGE_COUNT as in the URL; anything else is a programming error. */
export function itemsOnPage(page: number): readonly Item[] {
  if (!Number.isInteger(page) || page < 1 || page > PAGE_COUNT) {
    throw new RangeError(`Profile page must be an integer from 1 to ${PAGE_COUNT}, got ${String(page)}`);
  }
  return ITEMS.slice((page - 1) * ITEMS_PER_PAGE, page * ITEMS_PER_PAGE);
}

export function isItemId(value: unknown): value is ItemId {
  return typeof value === 'string' && (ITEM_IDS as readonly string[]).includes(value);
}

/** True only for the integers 1…5 (not '3', not 2.5): form values are parsed before they get here. */
export function isScaleValue(value: unknown): value is ScaleValue {
  return typeof value === 'number' && (SCALE as readonly number[]).includes(value);
}

/** The first page with an unanswered statement, or null when all are answered: where "continue" takes her. */
export function firstOpenPage(answers: Answers): number | null {
  for (let page = 1; page <= PAGE_COUNT; page++) {
    if (itemsOnPage(page).some((item) => !isScaleValue(answers[item.id]))) return page;
  }
  return null;
}
