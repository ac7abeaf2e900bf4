import { describe, expect, it } from 'vitest';
import en from '@/messages/en/profile-instrument.json';
import nb from '@/messages/nb/profile-instrument.json';
import {
  DIMENSIONS,
  ITEM_IDS,
  ITEMS,
  ITEMS_PER_PAGE,
  PAGE_COUNT,
  SCALE,
  firstOpenPage,
  isScaleValue,
  itemsOnPage,
  type Answers,
} from '@/lib/profile/instrument';
import { FORBIDDEN_TERMS, findForbiddenTopics, type TextLanguage } from '@/lib/profile/forbidden-topics';

const texts: Record<TextLanguage, typeof nb.ProfileInstrument> = { nb: nb.ProfileInstrument, en: en.ProfileInstrument };
const LANGS = ['nb', 'en'] as const;

/** Every string in a nested object, with its dotted key. */
function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

/** The texts a candidate or an employer reads about herself or the candidate: all must stay off the forbidden topics. */
function candidateFacingTexts(lang: TextLanguage): [string, string][] {
  return leaves(texts[lang]);
}

describe('Personprofilen structure: 40 statements, five dimensions, half reverse-keyed, mixed pages', () => {
  it('has 40 items q01…q40 in order, each id once', () => {
    expect(ITEMS.map((i) => i.id)).toEqual([...ITEM_IDS]);
    expect(ITEM_IDS).toHaveLength(40);
    expect(ITEM_IDS[0]).toBe('q01');
    expect(ITEM_IDS[39]).toBe('q40');
    expect(new Set(ITEM_IDS).size).toBe(40);
  });

  it.each(DIMENSIONS)('gives %s eight items, four of them reverse-keyed', (dimension) => {
    const mine = ITEMS.filter((i) => i.dimension === dimension);
    expect(mine).toHaveLength(8);
    expect(mine.filter((i) => i.reverse)).toHaveLength(4);
  });

  it('splits into five pages of eight that together are every item once', () => {
    expect(PAGE_COUNT * ITEMS_PER_PAGE).toBe(ITEMS.length);
    const pages = Array.from({ length: PAGE_COUNT }, (_, p) => itemsOnPage(p + 1));
    pages.forEach((page) => expect(page).toHaveLength(ITEMS_PER_PAGE));
    expect(pages.flat().map((i) => i.id)).toEqual([...ITEM_IDS]);
  });

  it('mixes at least three dimensions and both key directions on every page', () => {
    for (let page = 1; page <= PAGE_COUNT; page++) {
      const items = itemsOnPage(page);
      expect(new Set(items.map((i) => i.dimension)).size, `page ${page}`).toBeGreaterThanOrEqual(3);
      expect(new Set(items.map((i) => i.reverse)).size, `page ${page}`).toBe(2);
    }
  });

  it('never puts two statements of one dimension next to each other', () => {
    ITEMS.slice(1).forEach((item, i) => expect(item.dimension, item.id).not.toBe(ITEMS[i]!.dimension));
  });

  it.each([0, 6, -1, 1.5, Number.NaN])('refuses page %s', (page) => {
    expect(() => itemsOnPage(page)).toThrow(RangeError);
  });

  it('accepts only the whole numbers 1–5 as answers', () => {
    expect(SCALE).toEqual([1, 2, 3, 4, 5]);
    for (const v of SCALE) expect(isScaleValue(v)).toBe(true);
    for (const v of [0, 6, 2.5, '3', null, undefined, Number.NaN]) expect(isScaleValue(v)).toBe(false);
  });

  it('resumes at the first page that has an unanswered statement', () => {
    const answers: Answers = {};
    expect(firstOpenPage(answers)).toBe(1);
    for (const item of [...itemsOnPage(1), ...itemsOnPage(2)]) answers[item.id] = 3;
    expect(firstOpenPage(answers)).toBe(3);
    const lastOnPage4 = itemsOnPage(4).at(-1)!.id;
    for (const item of ITEMS) answers[item.id] = 4;
    delete answers[lastOnPage4];
    expect(firstOpenPage(answers)).toBe(4);
    answers[lastOnPage4] = 1;
    expect(firstOpenPage(answers)).toBeNull();
  });
});

describe('Personprofilen texts: both languages complete, our own short statements', () => {
  it('has the same keys in nb and en, nothing extra in either', () => {
    expect(leaves(nb).map(([k]) => k).sort()).toEqual(leaves(en).map(([k]) => k).sort());
  });

  it.each(LANGS)('has a non-empty statement for every item in %s, and no statement for an unknown item', (lang) => {
    expect(Object.keys(texts[lang].items).sort()).toEqual([...ITEM_IDS].sort());
    for (const id of ITEM_IDS) expect(texts[lang].items[id].trim(), `${lang} ${id}`).not.toBe('');
  });

  it.each(LANGS)('labels the five scale points and describes every dimension in %s', (lang) => {
    expect(Object.keys(texts[lang].scale)).toEqual(SCALE.map(String));
    expect(Object.keys(texts[lang].dimensions).sort()).toEqual([...DIMENSIONS].sort());
    for (const d of DIMENSIONS) {
      for (const field of ['name', 'summary', 'low', 'middle', 'high'] as const) {
        expect(texts[lang].dimensions[d][field].trim(), `${lang} ${d}.${field}`).not.toBe('');
      }
      // One to three sentences per pole (a sentence ends in . ! or ?).
      for (const pole of ['low', 'middle', 'high'] as const) {
        const sentences = texts[lang].dimensions[d][pole].split(/[.!?](?:\s|$)/).filter((s) => s.trim());
        expect(sentences.length, `${lang} ${d}.${pole}`).toBeGreaterThanOrEqual(1);
        expect(sentences.length, `${lang} ${d}.${pole}`).toBeLessThanOrEqual(3);
      }
    }
  });

  it.each(LANGS)('keeps every statement short (≤ 90 characters), first-person and a single sentence in %s', (lang) => {
    const firstPerson = lang === 'nb' ? /\b(jeg|meg|min|mitt|mine)\b/i : /\b(I|me|my|mine)\b/;
    for (const id of ITEM_IDS) {
      const text = texts[lang].items[id];
      expect(text.length, `${lang} ${id}: ${text}`).toBeLessThanOrEqual(90);
      expect(text, `${lang} ${id}`).toMatch(firstPerson);
      expect(text, `${lang} ${id}`).toMatch(/^[^.!?]+[.]$/);
    }
  });

  it.each(LANGS)('has no two statements alike in %s', (lang) => {
    const normal = ITEM_IDS.map((id) => texts[lang].items[id].toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
    expect(new Set(normal).size).toBe(ITEM_IDS.length);
  });

  it.each(LANGS)('method note in %s says there is no norm group or ranking, and gives a few paragraphs', (lang) => {
    const { title, body } = texts[lang].method;
    expect(title.trim()).not.toBe('');
    const paragraphs = body.split('\n\n');
    expect(paragraphs.length).toBeGreaterThanOrEqual(3);
    paragraphs.forEach((p) => expect(p.trim()).not.toBe(''));
    const must = lang === 'nb' ? ['normgruppe', 'prosentil', 'rangere', 'alene', 'intet ansvar'] : ['norm group', 'percentile', 'rank', 'on its own', 'no responsibility'];
    for (const phrase of must) expect(body, phrase).toContain(phrase);
    expect(texts[lang].disclaimer.split(/[.](?:\s|$)/).filter((s) => s.trim())).toHaveLength(2);
  });
});

describe('forbidden topics: no statement or description touches health, beliefs, family, private life and the like', () => {
  it.each(LANGS)('finds no forbidden term in any %s text of the profile', (lang) => {
    const offending = candidateFacingTexts(lang)
      .map(([key, text]) => ({ key, hits: findForbiddenTopics(text, lang) }))
      .filter((r) => r.hits.length > 0);
    expect(offending).toEqual([]);
  });

  // The lint above is only worth something if it can fail: each planted sentence must be caught.
  it.each([
    ['nb', 'Jeg har sjelden vært sykemeldt.', 'health'],
    ['nb', 'Jeg er syk sjelden.', 'health'],
    ['nb', 'Jeg tar medisiner som hjelper meg å konsentrere meg.', 'medication'],
    ['nb', 'Jeg blir lett nedstemt på mandager.', 'mood'],
    ['nb', 'Angsten min påvirker ikke arbeidet.', 'mood'],
    ['nb', 'Jeg er medlem av et politisk parti.', 'politics'],
    ['nb', 'Jeg går i kirken hver søndag.', 'religion'],
    ['nb', 'Troen min er viktig for meg.', 'religion'],
    ['nb', 'Jeg er med i LO-fagforeningen.', 'union'],
    ['nb', 'Jeg planlegger ikke å bli gravid.', 'family'],
    ['nb', 'Som småbarnsfar går jeg tidlig.', 'family'],
    ['nb', 'Samboeren min jobber også skift.', 'family'],
    ['nb', 'Min seksuelle legning er privat.', 'sexuality'],
    ['nb', 'Min etniske bakgrunn er norsk.', 'ethnicity'],
    ['nb', 'Jeg bruker fritiden på trening.', 'private-life'],
    ['nb', 'Alderen min er ingen hindring.', 'age'],
    ['en', 'I rarely take sick days.', 'health'],
    ['en', 'My medication keeps me focused.', 'medication'],
    ['en', 'I often feel depressed on Mondays.', 'mood'],
    ['en', 'Anxiety rarely affects my work.', 'mood'],
    ['en', 'I vote for the same party every time.', 'politics'],
    ['en', 'My faith guides how I work.', 'religion'],
    ['en', 'I am a member of a trade union.', 'union'],
    ['en', 'My children come first.', 'family'],
    ['en', 'I have no plans for pregnancy.', 'family'],
    ['en', 'My partner supports my career.', 'family'],
    ['en', 'My sexuality is nobody’s business.', 'sexuality'],
    ['en', 'My ethnic background is mixed.', 'ethnicity'],
    ['en', 'I spend my spare time on sport.', 'private-life'],
    ['en', 'At my age I know what I want.', 'age'],
  ] as const)('catches the planted %s sentence "%s" (%s)', (lang, sentence, topic) => {
    const hits = findForbiddenTopics(sentence, lang);
    expect(hits.map((h) => h.topic)).toContain(topic);
  });

  it('fails the profile lint when a planted statement is added to the texts', () => {
    const planted: [string, string][] = [...candidateFacingTexts('nb'), ['items.q99', 'Jeg jobber best når barna er i barnehagen.']];
    const offending = planted.filter(([, text]) => findForbiddenTopics(text, 'nb').length > 0).map(([key]) => key);
    expect(offending).toEqual(['items.q99']);
  });

  it.each([
    ['en', 'I manage my page and the agenda well.'],
    ['en', 'I hold on to a good plan.'],
    ['en', 'The original idea was a good one.'],
    ['nb', 'Jeg sykler til jobben og liker farger.'],
    ['nb', 'Det er en god plan innenfor mitt fagfelt.'],
    ['nb', 'Jeg tror planen holder.'],
  ] as const)('leaves an ordinary %s sentence alone: "%s"', (lang, sentence) => {
    expect(findForbiddenTopics(sentence, lang)).toEqual([]);
  });

  it('covers every topic named in the brief in both languages', () => {
    for (const lang of LANGS) {
      const topics = new Set(FORBIDDEN_TERMS[lang].map((t) => t.topic));
      for (const t of ['health', 'medication', 'mood', 'politics', 'religion', 'union', 'family', 'sexuality', 'ethnicity', 'private-life', 'age'] as const) {
        expect(topics.has(t), `${lang} ${t}`).toBe(true);
      }
    }
  });
});
