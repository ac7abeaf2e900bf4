import { Fragment, type ReactNode } from 'react';

/**
 * Employer-written job text in a small Markdown subset: paragraphs, **bold**,
 * *italic*, "- " and "1. " lists and [links](https://…). The text is never
 * treated as HTML: it becomes React elements, so any tag in it is shown as
 * text. Links must be http(s) or mailto and get rel="nofollow noopener".
 */
type Block = { kind: 'p'; lines: string[] } | { kind: 'ul' | 'ol'; items: string[] };

const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;

export function parseBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let open = false; // whether the last block may still grow
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    const item = BULLET.exec(line) ?? NUMBERED.exec(line);
    const last = open ? blocks[blocks.length - 1] : undefined;
    if (line.trim() === '') {
      open = false;
    } else if (item) {
      const kind = BULLET.test(line) ? 'ul' : 'ol';
      if (last && last.kind === kind) last.items.push(item[1]!);
      else blocks.push({ kind, items: [item[1]!] });
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

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

export function renderInline(text: string, keyPrefix = 'i'): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  let n = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const key = `${keyPrefix}-${n++}`;
    if (m[1] !== undefined) out.push(<strong key={key}>{renderInline(m[1], key)}</strong>);
    else if (m[2] !== undefined) out.push(<em key={key}>{renderInline(m[2], key)}</em>);
    else {
      const href = safeHref(m[4]!);
      out.push(
        href ? (
          <a key={key} href={href} rel="nofollow noopener noreferrer ugc">
            {m[3]}
          </a>
        ) : (
          <Fragment key={key}>{m[3]}</Fragment>
        ),
      );
    }
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
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

/** Plain text of the description (meta description, JSON-LD): markup removed. */
export function plainText(source: string, max = 300): string {
  const text = source
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|\*/g, '')
    .replace(/^\s*(?:[-*]|\d{1,3}[.)])\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
