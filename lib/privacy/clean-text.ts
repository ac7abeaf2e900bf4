/**
 * Names people type (company, person) end up in email subjects and headers,
 * the dashboard and audit lines. Control characters there can split a subject
 * line, hide text or reorder it, so they never get in: C0 (U+0000–U+001F),
 * DEL, C1 (U+0080–U+009F) and the bidirectional overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069). Line breaks and tabs become one space, so
 * words on either side stay apart. Pure: safe for the browser too.
 */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function withoutControlCharacters(value: string): string {
  return value.replace(BREAKS, ' ').replace(CONTROLS, '');
}

/** A name as stored: no control characters, single spaces, trimmed, at most `max` characters. */
export function cleanName(value: string, max = 200): string {
  return Array.from(withoutControlCharacters(value).replace(/ {2,}/g, ' ').trim()).slice(0, max).join('').trimEnd();
}

/** A name shown inside an email someone else chose to send: clean, and at most `max` characters with an ellipsis. */
export function nameForEmail(value: string, max = 60): string {
  const clean = cleanName(value, Number.MAX_SAFE_INTEGER);
  const chars = Array.from(clean);
  return chars.length <= max ? clean : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/**
 * What a form field may not carry at all (review M7): C0 controls (NUL first of all, which PostgreSQL refuses
 * mid-statement), DEL and C1. A multi-line field (a letter, a note, a description) may hold tabs and line breaks.
 */
const REFUSED_IN_LINE = /[\u0000-\u001f\u007f-\u009f]/;
const REFUSED_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export function hasControlCharacters(value: string, multiline = false): boolean {
  return (multiline ? REFUSED_IN_TEXT : REFUSED_IN_LINE).test(value);
}

/**
 * A web address inside a name: `scheme://`, `www.` or a domain (`evil.example`, `acme.no/login`). Names that
 * reach an email someone else receives must not carry links (review L10): mail programs make them clickable.
 * The top-level part must be lower case, so initials and "St.Olav" stay names.
 */
const SCHEME_OR_WWW = /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)/i;
const DOMAIN = /[\p{L}\p{N}-]+\.[a-z]{2,24}(?![\p{L}\p{N}])/u;

// Read as a mail program would show it: without controls or zero-width characters that split a word.
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff]/g;

export function looksLikeLink(value: string): boolean {
  const shown = withoutControlCharacters(value).replace(INVISIBLE, '');
  return SCHEME_OR_WWW.test(shown) || DOMAIN.test(shown);
}
