import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { checkAttachments, cleanFileName, MAX_FILE_BYTES } from '../../lib/applications/attachments';
import { downloadFileName } from '../../lib/applications/file-names';
import { attachmentDisposition, privateDownload } from '../../lib/http/private-download';
import {
  docm,
  docx,
  docxWithHiddenVba,
  docxWithOleObject,
  encryptedPdf,
  exe,
  innocentModernPdf,
  odt,
  pdf,
  pdfWith,
  pdfWithActionInObjectStream,
  pdfWithEmbeddedFile,
  pdfWithEscapedJavaScript,
  pdfWithJavaScript,
  pdfWithLaunch,
  zipBombDocx,
} from '../fixtures/documents';

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

  it('M4: refuses PDFs with JavaScript, launch actions or embedded files, also hex-escaped or inside a compressed object stream', async () => {
    for (const [what, bytes] of [
      ['/JavaScript', pdfWithJavaScript()],
      ['/Launch', pdfWithLaunch()],
      ['/J#61vaScript', pdfWithEscapedJavaScript()],
      ['action in a FlateDecode /ObjStm', pdfWithActionInObjectStream()],
      ['/EmbeddedFile', pdfWithEmbeddedFile()],
      ['/AA', pdfWith('/AA << /WC << /S /Named /N /Print >> >>')],
      ['/XFA', pdfWith('/AcroForm << /Fields [] /XFA 6 0 R >>', ['<< >>'])],
      ['/RichMedia', pdfWith('', ['<< /Type /Annot /Subtype /RichMedia >>'])],
    ] as const) {
      expect(await one('cv.pdf', bytes), what).toMatchObject({ ok: false, problem: 'activeContent', fileName: 'cv.pdf' });
    }
  });

  it('M4: still accepts innocent PDFs: an open action to page 1, a link, object streams, /JS only as a content-stream resource or in a string', async () => {
    expect(await one('cv.pdf', pdf())).toMatchObject({ ok: true });
    expect(await one('cv.pdf', innocentModernPdf())).toMatchObject({ ok: true });
  });

  it('M4: refuses a PDF it cannot read to the end rather than let it through', async () => {
    // An object stream in a filter we do not undo, and an object hidden in stream data for a repairing reader.
    const lzw = Buffer.from(pdfWith('', [{ dict: '<< /Type /ObjStm /N 1 /First 4 /Filter /LZWDecode >>', stream: strToU8('6 0 << >>') }]));
    expect(await one('cv.pdf', new Uint8Array(lzw))).toMatchObject({ ok: false, problem: 'archive' });
    const hidden = pdfWith('', [{ dict: '<< >>', stream: strToU8('9 0 obj << /S /JavaScript >> endobj') }]);
    expect(await one('cv.pdf', hidden)).toMatchObject({ ok: false });
  });

  it('M4: refuses DOCX and ODT with embedded OLE objects; an ODT chart and a plain DOCX pass', async () => {
    expect(await one('cv.docx', docxWithOleObject())).toMatchObject({ ok: false, problem: 'embeddedObject', fileName: 'cv.docx' });
    expect(await one('cv.docx', docx({ 'word/embeddings/Microsoft_Excel_Worksheet.xlsx': new Uint8Array(64) }))).toMatchObject({ ok: false, problem: 'embeddedObject' });
    const odtWith = (extra: Record<string, Uint8Array>) =>
      zipSync({
        mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
        'content.xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'),
        'META-INF/manifest.xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'),
        ...extra,
      });
    expect(await one('cv.odt', odtWith({ 'Object 1': new Uint8Array(512).fill(3), 'ObjectReplacements/Object 1': new Uint8Array(16) }))).toMatchObject({ ok: false, problem: 'embeddedObject' });
    expect(await one('cv.odt', odtWith({ 'Object 1/content.xml': strToU8('<chart/>'), 'ObjectReplacements/Object 1': new Uint8Array(16) }))).toMatchObject({ ok: true });
    expect(await one('cv.docx', docx())).toMatchObject({ ok: true });
  });

  it('M4: saves files under our name: the safe base and the extension of the sniffed type, never the uploaded one', async () => {
    const checked = await one('../../etc/passwd.exe', pdf());
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(downloadFileName(checked.files[0]!.fileName, checked.files[0]!.contentType)).toBe('passwd.pdf');
    expect(downloadFileName('C:\\Users\\kari\\CV.html', 'application/pdf')).toBe('CV.pdf');
    expect(downloadFileName('CV.pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('CV.docx');
    expect(downloadFileName('søknad.docx', 'application/vnd.oasis.opendocument.text')).toBe('søknad.odt');
    // Control characters, a right-to-left override (shows "cvexe.pdf"), zero-width and reserved characters go.
    expect(downloadFileName('c\u0000v\u0007\u202Efdp.exe', 'application/pdf')).toBe('cvfdp.pdf');
    expect(downloadFileName('\u200Bkari<>:"|?*\u2066cv.hta', 'application/pdf')).toBe('karicv.pdf');
    // No leading dots (hidden files), no trailing dots or spaces, no Windows device names, at most 100 characters.
    expect(downloadFileName('...bashrc', 'application/pdf')).toBe('bashrc.pdf');
    expect(downloadFileName('cv. . .', 'application/pdf')).toBe('cv.pdf');
    expect(downloadFileName('CON.pdf', 'application/pdf')).toBe('_CON.pdf');
    expect(downloadFileName('nul', 'application/pdf')).toBe('_nul.pdf');
    expect(downloadFileName(`${'a'.repeat(300)}.pdf`, 'application/pdf')).toBe(`${'a'.repeat(100)}.pdf`);
    expect(downloadFileName('.pdf', 'application/pdf')).toBe('vedlegg.pdf');
    // The name shown to the employer loses the override too.
    expect(cleanFileName('cv\u202Efdp.exe')).toBe('cvfdp.exe');
  });

  it('M4: the download header names the file with the sniffed extension, in ASCII and in UTF-8', async () => {
    const name = downloadFileName('Søknad Kari Ødegård.html', 'application/pdf');
    expect(attachmentDisposition(name)).toBe(`attachment; filename="Soknad Kari Odegard.pdf"; filename*=UTF-8''S%C3%B8knad%20Kari%20%C3%98deg%C3%A5rd.pdf`);
    const response = privateDownload(pdf(), { contentType: 'application/pdf', fileName: downloadFileName('CV.svg', 'application/pdf'), inline: true });
    expect(response.headers.get('content-disposition')).toBe(`inline; filename="CV.pdf"; filename*=UTF-8''CV.pdf`);
  });
});
