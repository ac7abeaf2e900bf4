import { describe, expect, it } from 'vitest';
import { checkAttachments, cleanFileName, MAX_FILE_BYTES } from '../../lib/applications/attachments';
import { docm, docx, docxWithHiddenVba, encryptedPdf, exe, odt, pdf, zipBombDocx } from '../fixtures/documents';

const one = (name: string, bytes: Uint8Array) => checkAttachments([{ name, bytes }]);

describe('attachments are judged by their bytes, not their names', () => {
  it('accepts a PDF, a DOCX and an ODT, typed from the content', async () => {
    const result = await checkAttachments([
      { name: 'cv.pdf', bytes: pdf() },
      { name: 'letter.docx', bytes: docx() },
      { name: 'attest.odt', bytes: odt() },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.files.map((f) => f.contentType)).toEqual([
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.oasis.opendocument.text',
    ]);
    expect(result.files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.files[0]!.size).toBe(pdf().byteLength);
  });

  it('types a PDF named .docx as PDF', async () => {
    const result = await one('cv.docx', pdf());
    expect(result.ok && result.files[0]!.contentType).toBe('application/pdf');
  });

  it('refuses a program renamed to .pdf', async () => {
    expect(await one('cv.pdf', exe())).toMatchObject({ ok: false, problem: 'type', fileName: 'cv.pdf' });
  });

  it('refuses plain text and empty files', async () => {
    expect(await one('cv.pdf', new TextEncoder().encode('hello, I am a CV'))).toMatchObject({ ok: false, problem: 'type' });
    expect(await one('cv.pdf', new Uint8Array(0))).toMatchObject({ ok: false, problem: 'type' });
  });

  it('refuses macro-enabled Word documents, also when they pretend to be .docx', async () => {
    expect(await one('cv.docm', docm())).toMatchObject({ ok: false, problem: 'macro' });
    expect(await one('cv.docx', docm())).toMatchObject({ ok: false, problem: 'macro' });
    expect(await one('cv.docx', docxWithHiddenVba())).toMatchObject({ ok: false, problem: 'macro' });
  });

  it('refuses encrypted PDFs', async () => {
    expect(await one('cv.pdf', encryptedPdf())).toMatchObject({ ok: false, problem: 'encrypted' });
  });

  it('refuses archives that declare they expand far beyond their size (zip bomb)', async () => {
    expect(await one('cv.docx', zipBombDocx())).toMatchObject({ ok: false, problem: 'archive' });
  });

  it('limits count, size per file and size in all', async () => {
    expect(await checkAttachments([])).toMatchObject({ ok: false, problem: 'count' });
    const six = Array.from({ length: 6 }, (_, i) => ({ name: `${i}.pdf`, bytes: pdf() }));
    expect(await checkAttachments(six)).toMatchObject({ ok: false, problem: 'count' });
    expect(await one('big.pdf', pdf('big', MAX_FILE_BYTES + 1024))).toMatchObject({ ok: false, problem: 'tooLarge', fileName: 'big.pdf' });
    const three = Array.from({ length: 3 }, (_, i) => ({ name: `${i}.pdf`, bytes: pdf('x', 7 * 1024 * 1024) }));
    expect(await checkAttachments(three)).toMatchObject({ ok: false, problem: 'totalTooLarge' });
  });

  it('keeps file names harmless', () => {
    expect(cleanFileName('C:\\Users\\kari\\cv<script>.pdf')).toBe('cvscript.pdf');
    expect(cleanFileName('')).toBe('vedlegg');
  });
});
