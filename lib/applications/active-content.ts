import { Unzlib, unzipSync } from 'fflate';

/**
 * Does a PDF or an Office file carry anything that acts on its own when the
 * employer opens it (scripts, launched programs, embedded files or objects)?
 * A CV needs none of it, so such files are refused at upload.
 *
 * PDF: a small strict lexer over the object tree, not a byte search. It skips
 * comments, strings and stream data (so a compressed image that happens to
 * hold the bytes `/JS` is no match), decodes `#xx` escapes in names
 * (`/J#61vaScript` is `/JavaScript`), and reads inside compressed object
 * streams (`/Type /ObjStm`, FlateDecode, inflated with fflate under a cap),
 * where PDF 1.5+ writers keep most dictionaries. A file it cannot read to the
 * end (an unterminated string or stream, an object stream in a filter we
 * cannot undo, too much to inflate) is refused as odd rather than let through.
 * No maintained PDF parser for Node is small (pdf.js is megabytes and renders;
 * pdf-lib is unmaintained since 2021), and this needs only the names.
 */

export type ActiveContentProblem = 'activeContent' | 'archive';

/**
 * Keys and action types that run or open something. `/OpenAction` itself is
 * not here: it is usually "show page 1", and with JavaScript or Launch those
 * names are found anyway.
 */
const PDF_ACTIVE = new Set(['JS', 'JavaScript', 'Launch', 'AA', 'EmbeddedFile', 'EmbeddedFiles', 'XFA', 'RichMedia', 'GoToE', 'ImportData', 'SubmitForm']);
const PDF_FILTERS_WE_CANNOT_UNDO = new Set(['ASCIIHexDecode', 'AHx', 'ASCII85Decode', 'A85', 'LZWDecode', 'LZW', 'RunLengthDecode', 'RL', 'Crypt', 'JBIG2Decode', 'DCTDecode', 'DCT', 'JPXDecode', 'CCITTFaxDecode', 'CCF']);
const MAX_INFLATED = 64 * 1024 * 1024;
const MAX_DEPTH = 4;

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
const isRegular = (b: number) => !WHITE.has(b) && !DELIM.has(b);
const hex = (b: number) => (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66);

class Odd extends Error {}

interface Budget {
  inflated: number;
}

function inflate(data: Uint8Array, budget: Budget): Uint8Array {
  const chunks: Uint8Array[] = [];
  const z = new Unzlib((chunk) => {
    budget.inflated += chunk.length;
    if (budget.inflated > MAX_INFLATED) throw new Odd('too much to inflate');
    chunks.push(chunk);
  });
  try {
    for (let i = 0; i < data.length; i += 65536) z.push(data.subarray(i, i + 65536), i + 65536 >= data.length);
  } catch (error) {
    if (error instanceof Odd) throw error;
    throw new Odd('not zlib');
  }
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function indexOf(bytes: Uint8Array, needle: string, from: number): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle, from, 'latin1');
}

/** Throws Odd, or returns the first active name found (decoded), or null. */
function scanPdfObjects(bytes: Uint8Array, depth: number, budget: Budget): string | null {
  // Names seen since the last `obj` keyword: they describe a stream when `stream` comes.
  let objectNames: string[] = [];
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b === 0x25) {
      // % comment, to the end of the line.
      while (i < n && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
    } else if (b === 0x28) {
      // (literal string), balanced parentheses, backslash escapes.
      let level = 1;
      i++;
      while (i < n && level > 0) {
        const c = bytes[i]!;
        if (c === 0x5c) i++;
        else if (c === 0x28) level++;
        else if (c === 0x29) level--;
        i++;
      }
      if (level > 0) throw new Odd('unterminated string');
    } else if (b === 0x3c && bytes[i + 1] === 0x3c) {
      i += 2; // << a dictionary
    } else if (b === 0x3c) {
      // <hex string>
      const end = bytes.indexOf(0x3e, i + 1);
      if (end < 0) throw new Odd('unterminated hex string');
      i = end + 1;
    } else if (b === 0x2f) {
      // /Name with #xx escapes.
      let j = i + 1;
      const out: number[] = [];
      while (j < n && isRegular(bytes[j]!)) {
        if (bytes[j] === 0x23 && j + 2 < n && hex(bytes[j + 1]!) && hex(bytes[j + 2]!)) {
          out.push(parseInt(String.fromCharCode(bytes[j + 1]!, bytes[j + 2]!), 16));
          j += 3;
        } else out.push(bytes[j++]!);
      }
      const name = Buffer.from(out).toString('latin1');
      if (PDF_ACTIVE.has(name)) return name;
      objectNames.push(name);
      i = j;
    } else if (isRegular(b)) {
      let j = i;
      while (j < n && isRegular(bytes[j]!)) j++;
      const word = Buffer.from(bytes.subarray(i, j)).toString('latin1');
      i = j;
      if (word === 'obj' || word === 'endobj') objectNames = [];
      else if (word === 'stream') {
        // Data starts after the end of line and runs to `endstream`; it is no part of the object tree...
        if (bytes[i] === 0x0d) i++;
        if (bytes[i] === 0x0a) i++;
        const end = indexOf(bytes, 'endstream', i);
        if (end < 0) throw new Odd('unterminated stream');
        // A reader repairing a broken cross-reference table looks for `N G obj` anywhere, in stream data too.
        if (/\d+\s+\d+\s+obj\b/.test(Buffer.from(bytes.buffer, bytes.byteOffset + i, end - i).toString('latin1'))) throw new Odd('an object inside stream data');
        // ...unless it is an object stream, which holds dictionaries: read those too.
        if (objectNames.includes('ObjStm')) {
          if (depth >= MAX_DEPTH) throw new Odd('object streams nested too deep');
          if (objectNames.some((f) => PDF_FILTERS_WE_CANNOT_UNDO.has(f)) || objectNames.includes('DecodeParms') || objectNames.includes('DP')) throw new Odd('object stream we cannot decode');
          const data = bytes.subarray(i, end);
          const inner = objectNames.includes('FlateDecode') || objectNames.includes('Fl') ? inflate(data, budget) : data;
          const found = scanPdfObjects(inner, depth + 1, budget);
          if (found) return found;
        }
        objectNames = [];
        i = end + 'endstream'.length;
      }
    } else i++;
  }
  return null;
}

export function pdfActiveContent(bytes: Uint8Array): ActiveContentProblem | null {
  try {
    return scanPdfObjects(bytes, 0, { inflated: 0 }) ? 'activeContent' : null;
  } catch (error) {
    if (error instanceof Odd) return 'archive';
    throw error;
  }
}

/**
 * DOCX and ODT: embedded OLE objects (an Excel sheet, a package, a program
 * inside the document, started by a double click). Word keeps them under
 * word/embeddings/ (oleObject1.bin, or whole Office files that may carry
 * macros of their own); OpenDocument keeps an OLE object as a bare binary
 * `Object 1` in the root (its picture in ObjectReplacements/). An OpenDocument
 * chart or formula is a folder of XML (`Object 1/content.xml`) and may stay.
 */
export function officeEmbeddedObject(entryNames: readonly string[]): boolean {
  return entryNames.some((raw) => {
    const name = raw.toLowerCase();
    return name.includes('/embeddings/') || name.startsWith('embeddings/') || name.includes('oleobject') || /^object \d+$/.test(name) || (/^object \d+\//.test(name) && !/\.(xml|rdf)$/.test(name) && !name.endsWith('/'));
  });
}

/** The content-types part, inflated (capped): a renamed macro-enabled document still declares itself there. */
export function declaresMacros(bytes: Uint8Array): boolean {
  let text = '';
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === '[Content_Types].xml' && f.originalSize <= 1024 * 1024 });
    const part = files['[Content_Types].xml'];
    if (part) text = Buffer.from(part).toString('utf8');
  } catch {
    return false;
  }
  return /macroEnabled|vbaProject/i.test(text);
}
