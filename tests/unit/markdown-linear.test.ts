import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { JobDescription, markdownWork, plainText } from '../../lib/careers/markdown';
import * as regex from './fixtures/regex-markdown';
import { randomText, seededRandom } from '../fixtures/seeded-text';

/**
 * M2: the public job page renders the employer's description three times per request (meta description,
 * JSON-LD, body). No wall-clock asserts here (shared machine): the renderer counts the characters its
 * scanners visit, and these tests hold that count to a small multiple of the input, for the review's
 * pathological inputs and for random brackets and asterisks at the 20 000-character limit. The tests named
 * `M2: …` fail on the regex renderer; the others guard that the linear one renders exactly what it did.
 */
const html = (source: string) => renderToStaticMarkup(JobDescription({ source }));
const regexHtml = (source: string) => renderToStaticMarkup(regex.JobDescription({ source }));

/** What the job page does with one description: generateMetadata, JSON-LD, then the body. */
function jobPage(source: string) {
  return { meta: plainText(source, 200), jsonLd: plainText(source, 5000), body: html(source) };
}
function regexJobPage(source: string) {
  return { meta: regex.plainText(source, 200), jsonLd: regex.plainText(source, 5000), body: regexHtml(source) };
}

function workFor(source: string): number {
  markdownWork.reset();
  jobPage(source);
  return markdownWork.read();
}


const BRACKETS_AND_STARS = ['[', ']', '(', ')', '*', '**', 'a', ' '];
const MARKDOWN_PIECES = [
  '*', '**', '[', ']', '(', ')', 'a', 'bø', ' ', ' ', '\n', '\n\n', '\r\n', '- ', '* ', '1. ', '12) ', '1234. ',
  '\t', '\f', '\u2028', '\u2029', '\u00a0', '\u200a', '\ufeff', '😀', 'https://acme.no/x', 'mailto:kari@acme.no', 'javascript:alert(1)', '<b>', '&',
];

/** The review's inputs (unclosed `[`), and the others that made the regexes backtrack: all 20 000 characters. */
const N = 20_000;
const pathological: Record<string, (n: number) => string> = {
  "unclosed '[' (the review's)": (n) => '['.repeat(n),
  "'[x' repeated": (n) => '[x'.repeat(n / 2),
  "'[a](' with no ')'": (n) => '[a]('.repeat(n / 4),
  "'[a](b c)' with a space in the href": (n) => '[a](b c)'.repeat(n / 8),
  "'*' repeated": (n) => '*'.repeat(n),
  "'**a' repeated": (n) => '**a'.repeat(Math.floor(n / 3)),
  "'*a' repeated": (n) => '*a'.repeat(n / 2),
  'only line breaks (the plain-text list markers)': (n) => '\n'.repeat(n),
  "' \\n' repeated": (n) => ' \n'.repeat(n / 2),
  'a list item whose spaces end in a line separator': (n) => `- ${' '.repeat(n - 6)}x\u2028y`,
  'random brackets and asterisks': (n) => randomText(seededRandom(13), n, BRACKETS_AND_STARS),
  'random Markdown pieces': (n) => randomText(seededRandom(2026), n, MARKDOWN_PIECES),
};

describe('job descriptions render in time linear in their length (M2)', () => {
  it('M2: the review’s pathological 20 000-character descriptions cost a small, linear amount of work', () => {
    for (const [name, make] of Object.entries(pathological)) {
      const source = make(N);
      expect(source.length, name).toBeGreaterThan(N - 10);
      const work = workFor(source);
      // The scanners visit each character a bounded number of times (tables, three nesting levels, plain text).
      expect(work, name).toBeLessThanOrEqual(20 * source.length);
      // And a quarter of the input costs about a quarter of the work: no hidden n² term.
      const quarter = workFor(make(N / 4));
      expect(work / quarter, name).toBeLessThan(4.5);
    }
  });

  it('unclosed brackets and asterisks at 20 000 characters come out as the same text, escaped', () => {
    const brackets = jobPage('['.repeat(N));
    expect(brackets.body).toBe(`<p>${'['.repeat(N)}</p>`);
    expect(brackets.meta).toBe(`${'['.repeat(199)}…`);
    expect(brackets.jsonLd).toBe(`${'['.repeat(4999)}…`);
    const openLinks = jobPage('[a]('.repeat(N / 4));
    expect(openLinks.body).toBe(`<p>${'[a]('.repeat(N / 4)}</p>`);
    expect(jobPage('\n'.repeat(N))).toEqual({ meta: '', jsonLd: '', body: '' });
    // Twenty thousand stars: the first five are bold around one star, as before.
    expect(html('*'.repeat(N)).startsWith('<p><strong>*</strong><strong>*</strong>')).toBe(true);
  });

  it('the pathological inputs render exactly as the regex renderer did (at a size it can still do)', () => {
    for (const [name, make] of Object.entries(pathological)) {
      const source = make(2000);
      expect(jobPage(source), name).toEqual(regexJobPage(source));
    }
  });

  it('random brackets and asterisks at 20 000 characters render exactly as before', () => {
    for (const seed of [1, 2, 3]) {
      const source = randomText(seededRandom(seed), N, BRACKETS_AND_STARS);
      expect(jobPage(source), `seed ${seed}`).toEqual(regexJobPage(source));
    }
  });

  it('random short Markdown renders exactly as the regex renderer did, links and escaping included', () => {
    const next = seededRandom(42);
    for (let run = 0; run < 2500; run++) {
      const source = randomText(next, Math.floor(next() * 60), MARKDOWN_PIECES);
      expect(jobPage(source), JSON.stringify(source)).toEqual(regexJobPage(source));
      expect(plainText(source, 20), JSON.stringify(source)).toBe(regex.plainText(source, 20));
    }
  });

  it('the demo job descriptions render as before', () => {
    // The descriptions in lib/dev/demo-data.ts.
    const demo = [
      'Vi søker en **backend-utvikler** som vil bygge tjenestene bak verktøyene våre.\n\n- TypeScript og Postgres\n- Fleksibel hjemmekontorordning\n- Gode pensjonsvilkår',
      'Bli med og form brukeropplevelsen for tusenvis av håndverkere.\n\n- Brukertesting i felt\n- Figma og prototyper',
      'Sommerjobb i kundeservice, juni til august. Passer for studenter.',
      'Stillingen er besatt.',
      'Du leder prosjekter hos kommuner og etater på Vestlandet.',
      'Build data platforms for public-sector clients. English is our working language.',
      'Et år med rotasjon mellom tre prosjekter, med fast stilling etterpå.',
    ];
    for (const source of demo) expect(jobPage(source)).toEqual(regexJobPage(source));
    expect(html(demo[0]!)).toBe(
      '<p>Vi søker en <strong>backend-utvikler</strong> som vil bygge tjenestene bak verktøyene våre.</p>' +
        '<ul><li>TypeScript og Postgres</li><li>Fleksibel hjemmekontorordning</li><li>Gode pensjonsvilkår</li></ul>',
    );
  });
});
