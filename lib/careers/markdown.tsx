import { Fragment, type ReactNode } from 'react';

/**
 * Employer-written job text in a small Markdown subset: paragraphs, **bold**,
 * *italic*, "- " and "1. " lists and [links](https://…). The text is never
 * treated as HTML: it becomes React elements, so any tag in it is shown as
 * text. Links must be http(s) or mailto and get rel="nofollow noopener".
 *
 * Linear in the input (review M2): the public job page renders this on every
 * request, and the old regexes backtracked quadratically on unclosed "[" or
 * "*" (0.8 s of blocked event loop for 20 000 "["). So the syntax is read by
 * hand-written scanners that look up "where is the next `]`, `*`, `**`…" in
 * tables built by one backward pass, instead of searching forward from every
 * opener. They render exactly what the regexes did (tests/unit/markdown-linear.test.ts
 * compares them on random text). The only regexes left run over short fixed
 * shapes or cannot backtrack: `\r\n?`, `\s+` and the anchored scheme checks in safeHref.
 */
type Block = { kind: 'p'; lines: string[] } | { kind: 'ul' | 'ol'; items: string[] };

let work = 0;
/** Characters the scanners have visited since the last reset: tests and the bench check it grows linearly. */
export const markdownWork = {
  read: (): number => work,
  reset: (): void => {
    work = 0;
  },
};

const STAR = 0x2a;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;

/** JavaScript's `\s`, one UTF-16 unit at a time. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** What a regex `.` does not match, and where a `^` with the m flag may start. */
function isLineEnd(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** For every position k, the first position ≥ k holding `char` (text.length if none), with two spare slots past the end. */
function nextOf(text: string, char: number): Int32Array {
  const n = text.length;
  const next = new Int32Array(n + 3).fill(n);
  for (let k = n - 1; k >= 0; k--) next[k] = text.charCodeAt(k) === char ? k : next[k + 1]!;
  work += n;
  return next;
}

/** `- item`, `* item`, `1. item`, `12) item`: the text after the marker, or null for a plain line. */
function listItem(line: string): { kind: 'ul' | 'ol'; text: string } | null {
  let i = 0;
  while (i < line.length && isSpace(line.charCodeAt(i))) i++;
  let kind: 'ul' | 'ol';
  let after: number;
  const c = line.charCodeAt(i);
  if (c === 0x2d || c === STAR) {
    kind = 'ul';
    after = i + 1;
  } else {
    let d = 0;
    while (d < 4 && isDigit(line.charCodeAt(i + d))) d++;
    const mark = line.charCodeAt(i + d);
    if (d < 1 || d > 3 || (mark !== 0x2e && mark !== CLOSE_PAREN)) return null;
    kind = 'ol';
    after = i + d + 1;
  }
  let start = after;
  while (start < line.length && isSpace(line.charCodeAt(start))) start++;
  if (start === after) return null;
  for (let k = start; k < line.length; k++) if (isLineEnd(line.charCodeAt(k))) return null;
  work += line.length;
  return { kind, text: line.slice(start) };
}

export function parseBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let open = false; // whether the last block may still grow
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    work += raw.length + 1;
    const line = raw.trimEnd();
    const last = open ? blocks[blocks.length - 1] : undefined;
    if (line.trim() === '') {
      open = false;
      continue;
    }
    const item = listItem(line);
    if (item) {
      if (last && last.kind === item.kind) last.items.push(item.text);
      else blocks.push({ kind: item.kind, items: [item.text] });
      open = true;
    } else if (last && last.kind === 'p') {
      last.lines.push(line.trim());
    } else {
      blocks.push({ kind: 'p', lines: [line.trim()] });
      open = true;
    }
  }
  return blocks;
}

export function safeHref(href: string): string | null {
  const trimmed = href.trim();
  if (/^https?:\/\/[^\s]+$/i.test(trimmed) || /^mailto:[^\s@]+@[^\s@]+$/i.test(trimmed)) return trimmed;
  return null;
}

/** The five "next position ≥ k" tables renderInline needs, in one backward pass (two spare slots past the end). */
function inlineTables(text: string) {
  const n = text.length;
  const table = () => new Int32Array(n + 3).fill(n);
  const nextStar = table();
  const nextDoubleStar = table();
  const nextLineEnd = table();
  const nextClose = table();
  const nextHrefEnd = table();
  let star = n, doubleStar = n, lineEnd = n, close = n, hrefEnd = n;
  let after = -1; // the character after k
  for (let k = n - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === STAR) {
      if (after === STAR) doubleStar = k;
      star = k;
    } else if (c === CLOSE_BRACKET) close = k;
    else if (c === CLOSE_PAREN) hrefEnd = k;
    else if (isSpace(c)) {
      hrefEnd = k;
      if (isLineEnd(c)) lineEnd = k;
    }
    nextStar[k] = star;
    nextDoubleStar[k] = doubleStar;
    nextLineEnd[k] = lineEnd;
    nextClose[k] = close;
    nextHrefEnd[k] = hrefEnd;
    after = c;
  }
  work += n;
  return { nextStar, nextDoubleStar, nextLineEnd, nextClose, nextHrefEnd };
}

/**
 * `**bold**`, `*italic*` and `[label](href)`, leftmost first, as the regex
 * `\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^)\s]+)\)` found them; bold and
 * italic content is rendered again inside. Each nesting level reads its range
 * once and nesting stops at three levels (bold content holds no `**`, italic
 * content at most one `*`), so the whole is linear.
 */
export function renderInline(text: string, keyPrefix = 'i'): ReactNode[] {
  const code = (k: number) => text.charCodeAt(k);
  const { nextStar, nextDoubleStar, nextLineEnd, nextClose, nextHrefEnd } = inlineTables(text);

  const render = (from: number, to: number, prefix: string): ReactNode[] => {
    const out: ReactNode[] = [];
    let last = from;
    let n = 0;
    for (let i = from; i < to; i++) {
      work++;
      const c = code(i);
      if (c !== STAR && c !== OPEN_BRACKET) continue;
      let node: ReactNode = null;
      let end = i;
      if (c === STAR) {
        // Content is at least one character and no line end, closed by the first `**` (or `*`) after it.
        const bold = nextDoubleStar[i + 3]!;
        const italic = nextStar[i + 2]!;
        if (code(i + 1) === STAR && bold + 1 < to && nextLineEnd[i + 2]! >= bold) {
          const k = `${prefix}-${n}`;
          node = <strong key={k}>{render(i + 2, bold, k)}</strong>;
          end = bold + 2;
        } else if (italic < to && nextLineEnd[i + 1]! >= italic) {
          const k = `${prefix}-${n}`;
          node = <em key={k}>{render(i + 1, italic, k)}</em>;
          end = italic + 1;
        }
      } else if (c === OPEN_BRACKET) {
        // The label runs to the first `]` (any characters, at least one), the href to the first `)` or space.
        const close = nextClose[i + 1]!;
        const hrefEnd = nextHrefEnd[close + 2]!;
        const isLink = close > i + 1 && close + 1 < to && code(close + 1) === OPEN_PAREN;
        if (isLink && hrefEnd > close + 2 && hrefEnd < to && code(hrefEnd) === CLOSE_PAREN) {
          const label = text.slice(i + 1, close);
          const href = safeHref(text.slice(close + 2, hrefEnd));
          node = href ? (
            <a key={`${prefix}-${n}`} href={href} rel="nofollow noopener noreferrer ugc">
              {label}
            </a>
          ) : (
            <Fragment key={`${prefix}-${n}`}>{label}</Fragment>
          );
          end = hrefEnd + 1;
        }
      }
      if (end === i) continue;
      if (i > last) out.push(text.slice(last, i));
      out.push(node);
      n++;
      last = end;
      i = end - 1;
    }
    if (last < to) out.push(text.slice(last, to));
    return out;
  };
  return render(0, text.length, keyPrefix);
}

export function JobDescription({ source }: { source: string }) {
  return (
    <>
      {parseBlocks(source).map((block, i) => {
        if (block.kind === 'p') return <p key={i}>{renderInline(block.lines.join(' '), `p${i}`)}</p>;
        const items = block.items.map((item, j) => <li key={j}>{renderInline(item, `l${i}-${j}`)}</li>);
        return block.kind === 'ul' ? <ul key={i}>{items}</ul> : <ol key={i}>{items}</ol>;
      })}
    </>
  );
}

/** `[label](anything)` becomes its label, across lines, as `/\[([^\]]+)\]\([^)]*\)/g` did. */
function linkLabels(text: string): string {
  const nextClose = nextOf(text, CLOSE_BRACKET);
  const nextParen = nextOf(text, CLOSE_PAREN);
  const parts: string[] = [];
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    work++;
    if (text.charCodeAt(i) !== OPEN_BRACKET) continue;
    const close = nextClose[i + 1]!;
    if (close <= i + 1 || text.charCodeAt(close + 1) !== OPEN_PAREN) continue;
    const paren = nextParen[close + 2]!;
    if (paren >= text.length) continue;
    parts.push(text.slice(last, i), text.slice(i + 1, close));
    last = paren + 1;
    i = paren;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

/** The last description's plain text: the job page asks twice per request (meta description, JSON-LD). */
let lastPlain: { source: string; text: string } | null = null;

/** One paragraph or list item as plain text: link labels kept, emphasis marks dropped, spaces collapsed. */
const plainPiece = (text: string): string => linkLabels(text).replaceAll('*', '').replace(/\s+/g, ' ').trim();

/** Punctuation that already ends a sentence or clause: the next piece follows after a space alone. */
const ENDS_CLAUSE = new Set(['.', '!', '?', '…', ':', ';', ',']);

/** Pieces in one line, `separator` between them unless a piece ends in punctuation of its own. */
function joinPieces(pieces: string[], separator: string): string {
  let out = '';
  for (const piece of pieces) out = out === '' ? piece : `${out}${ENDS_CLAUSE.has(out.at(-1)!) ? ' ' : separator}${piece}`;
  return out;
}

/**
 * Plain text of the description (meta description, JSON-LD): markup removed, one line that still reads
 * apart. Search engines and link previews collapse line breaks, so the breaks become punctuation: list
 * items end in "; ", paragraphs (and a list as a whole) in ". ", except where the employer's own
 * punctuation already ends them ("Vi tilbyr: lønn; pensjon. Søk innen fredag.").
 */
export function plainText(source: string, max = 300): string {
  if (lastPlain?.source !== source) {
    const blocks = parseBlocks(source)
      .map((block) => joinPieces((block.kind === 'p' ? [block.lines.join(' ')] : block.items).map(plainPiece).filter(Boolean), '; '))
      .filter(Boolean);
    lastPlain = { source, text: joinPieces(blocks, '. ') };
  }
  const text = lastPlain.text;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
