import { isItemId, isScaleValue, itemsOnPage, PAGE_COUNT, type Answers, type ItemId, type ScaleValue } from './instrument';

/**
 * One page's answers as the form sent them (radio values '1'…'5' under the item ids). Only the page's own items
 * count; a value that is not one of the five is refused outright (no browser sends it), an unanswered one is
 * reported so the page can say which, while the answered ones are still saved.
 */
export type PageAnswers = { kind: 'ok'; answers: Answers; missing: ItemId[] } | { kind: 'invalid' };

export function isProfilePage(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= PAGE_COUNT;
}

export function parsePageAnswers(page: number, form: Record<string, unknown>): PageAnswers {
  if (!isProfilePage(page)) return { kind: 'invalid' };
  const answers: Answers = {};
  const missing: ItemId[] = [];
  for (const item of itemsOnPage(page)) {
    const raw = form[item.id];
    if (raw === undefined || raw === null || raw === '') {
      missing.push(item.id);
      continue;
    }
    const value = typeof raw === 'string' && /^[1-5]$/.test(raw) ? Number(raw) : NaN;
    if (!isScaleValue(value)) return { kind: 'invalid' };
    answers[item.id] = value;
  }
  return { kind: 'ok', answers, missing };
}

/** Stored answers as the instrument's type: anything that is not an item id with a value 1…5 is dropped. */
export function storedAnswers(stored: unknown): Answers {
  const out: Answers = {};
  if (!stored || typeof stored !== 'object') return out;
  for (const [id, value] of Object.entries(stored as Record<string, unknown>)) {
    if (isItemId(id) && isScaleValue(value)) out[id] = value as ScaleValue;
  }
  return out;
}
