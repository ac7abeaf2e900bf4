/**
 * The name a candidate's file is saved under on an employer's (or her own)
 * computer: built by us, never the name as uploaded. The uploaded name is kept
 * for display only; an attacker chooses it, and the extension is what the
 * employer's operating system obeys (`CV.html` opens as a web page, `CV.hta`
 * runs). So the extension always comes from the type we sniffed from the bytes.
 */

/** The extension for each type we accept; the stored content type is the sniffed one. */
const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.oasis.opendocument.text': 'odt',
};

export const MAX_BASE_LENGTH = 100;

/** Control, format (bidi overrides, zero-width), separator and lone-surrogate characters: invisible or misleading in a name. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;
/** Reserved on Windows or special on some system. */
const RESERVED = /[<>:"/\\|?*]/g;
/** Windows refuses these as a name, also with any extension (`CON.pdf`). */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** Everything but the last extension, harmless: no folders, nothing invisible or reserved, no leading or trailing dots. */
export function safeBaseName(uploaded: string): string {
  let base = (uploaded.split(/[\\/]/).pop() ?? '').normalize('NFC');
  base = base.replace(INVISIBLE, '').replace(RESERVED, '').replace(/\s+/g, ' ');
  // The uploaded extension goes (a short run of letters or digits after the last dot).
  base = base.replace(/\.[\p{L}\p{N}]{1,5}$/u, '');
  base = base.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '');
  if (WINDOWS_DEVICE.test(base.split('.')[0]!.trim())) base = `_${base}`;
  // Cut by code points, so a character outside the BMP is never split in half.
  const chars = [...base];
  if (chars.length > MAX_BASE_LENGTH) base = chars.slice(0, MAX_BASE_LENGTH).join('').replace(/[\s.]+$/, '');
  return base || 'vedlegg';
}

/** `<safe base>.<extension of the sniffed type>`: the one name used for downloads, previews and every export. */
export function downloadFileName(uploaded: string, contentType: string): string {
  return `${safeBaseName(uploaded)}.${EXTENSIONS[contentType] ?? 'bin'}`;
}

const ASCII_FOR: Record<string, string> = { æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', ß: 'ss', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', þ: 'th', Þ: 'Th' };

/** The plain `filename=` for clients that do not read `filename*`: printable ASCII, no quote, backslash or percent sign. */
export function asciiFileName(name: string): string {
  const ascii = name
    .replace(/[æÆøØßđĐłŁþÞ]/g, (c) => ASCII_FOR[c]!)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return ascii || 'file';
}
