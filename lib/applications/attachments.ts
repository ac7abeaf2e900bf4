import 'server-only';
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { unzipSync } from 'fflate';
import { declaresMacros, officeEmbeddedObject, pdfActiveContent } from './active-content';
import { MAX_FILE_BYTES, sizeProblem } from './attachment-limits';

export { MAX_FILE_BYTES, MAX_FILES, MAX_TOTAL_BYTES } from './attachment-limits';

/**
 * Checks on a candidate's files before anything is stored. The type is decided
 * from the bytes, never the name. Office files are zip archives: we read their
 * central directory (without unpacking) to refuse macros and zip bombs.
 */
/** What an Office file may declare it unpacks to, and how far each entry may expand. */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
export const MAX_RATIO = 200;
export const MAX_ENTRIES = 2000;

export const ALLOWED_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
} as const;

/** activeContent: a PDF with scripts, launch actions or embedded files; embeddedObject: an OLE object inside DOCX/ODT. */
export type AttachmentProblem = 'count' | 'tooLarge' | 'totalTooLarge' | 'type' | 'macro' | 'encrypted' | 'archive' | 'activeContent' | 'embeddedObject';

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}

export interface CheckedFile {
  fileName: string;
  contentType: (typeof ALLOWED_TYPES)[keyof typeof ALLOWED_TYPES];
  size: number;
  sha256: string;
  content: Uint8Array;
}

export type AttachmentCheck = { ok: true; files: CheckedFile[] } | { ok: false; problem: AttachmentProblem; fileName?: string };

/**
 * The uploaded name, for display only (the employer's list, error messages): short, no folders, nothing invisible
 * or misleading (a right-to-left override makes `cv\u202Efdp.exe` look like `cvexe.pdf`). Files are saved under
 * downloadFileName (file-names.ts), never under this.
 */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}"<>|:*?]/gu, '').trim().slice(0, 150);
  return cleaned || 'vedlegg';
}

function contains(bytes: Uint8Array, needle: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle, 0, 'latin1');
}

interface ZipEntry {
  name: string;
  size: number;
  originalSize: number;
}

/** The central directory only: fflate calls the filter per entry and we unpack nothing. */
function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const entries: ZipEntry[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        entries.push({ name: f.name, size: f.size, originalSize: f.originalSize });
        return false;
      },
    });
  } catch {
    return null;
  }
  return entries;
}

function checkOfficeArchive(bytes: Uint8Array): AttachmentProblem | null {
  const entries = zipEntries(bytes);
  if (!entries || entries.length === 0 || entries.length > MAX_ENTRIES) return 'archive';
  let unpacked = 0;
  for (const e of entries) {
    const name = e.name.toLowerCase();
    // Word keeps VBA in vbaProject.bin; OpenDocument keeps macros under Basic/ or Scripts/.
    if (name.endsWith('vbaproject.bin') || name.startsWith('basic/') || name.startsWith('scripts/')) return 'macro';
    if (name.endsWith('.bin') && name.includes('activex')) return 'macro';
    unpacked += e.originalSize;
    if (e.originalSize > 1024 * 1024 && e.originalSize / Math.max(e.size, 1) > MAX_RATIO) return 'archive';
  }
  if (unpacked > MAX_UNPACKED_BYTES) return 'archive';
  if (officeEmbeddedObject(entries.map((e) => e.name))) return 'embeddedObject';
  return null;
}

async function checkOne(file: IncomingFile): Promise<{ problem: AttachmentProblem } | { checked: CheckedFile }> {
  const detected = await fileTypeFromBuffer(file.bytes);
  const ext = detected?.ext as string | undefined;
  if (ext === 'docm' || ext === 'dotm' || ext === 'xlsm' || ext === 'pptm') return { problem: 'macro' };
  if (ext !== 'pdf' && ext !== 'docx' && ext !== 'odt') return { problem: 'type' };
  if (ext === 'pdf') {
    if (contains(file.bytes, '/Encrypt')) return { problem: 'encrypted' };
    const active = pdfActiveContent(file.bytes);
    if (active) return { problem: active };
  } else {
    const problem = checkOfficeArchive(file.bytes);
    if (problem) return { problem };
    // A macro-enabled document can be renamed and still declare it in its content types (deflated: read inflated).
    if (declaresMacros(file.bytes)) return { problem: 'macro' };
  }
  return {
    checked: {
      fileName: cleanFileName(file.name),
      contentType: ALLOWED_TYPES[ext],
      size: file.bytes.byteLength,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      content: file.bytes,
    },
  };
}

export async function checkAttachments(files: IncomingFile[]): Promise<AttachmentCheck> {
  const sizes = files.map((f) => ({ size: f.bytes.byteLength }));
  const problem = sizeProblem(sizes);
  if (problem === 'tooLarge') return { ok: false, problem, fileName: cleanFileName(files.find((f) => f.bytes.byteLength > MAX_FILE_BYTES)!.name) };
  if (problem) return { ok: false, problem };
  const checked: CheckedFile[] = [];
  for (const f of files) {
    const result = await checkOne(f);
    if ('problem' in result) return { ok: false, problem: result.problem, fileName: cleanFileName(f.name) };
    checked.push(result.checked);
  }
  return { ok: true, files: checked };
}
