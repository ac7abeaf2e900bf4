import 'server-only';
import { phoneForSpreadsheet } from '@/lib/applications/phone';
import { osloDateTime } from '@/lib/time/oslo';
import type { ApplicationRecord } from './export-record';

/**
 * summary.csv as Norwegian Excel opens it with a double click: UTF-8 with a byte
 * order mark (else æøå come out garbled), `;` between fields (the list separator
 * of Norwegian Windows; `,` is its decimal mark), times in Oslo wall-clock time,
 * decimals with a comma. No `sep=;` line: Excel then ignores the byte order mark.
 */
const BOM = '\uFEFF';
const SEPARATOR = ';';

const COLUMNS = [
  'reference',
  'submitted_at',
  'full_name',
  'birth_date',
  'email',
  'phone',
  'language',
  'stage',
  'stage_changed_at',
  'average_rating',
  'ratings',
  'notes',
  'previous_reference',
  'files',
] as const;

/**
 * One CSV cell: always quoted, and text starting with = + - @ (or a tab or
 * carriage return) gets a leading apostrophe, so no spreadsheet runs it as a formula.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = String(value ?? '');
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

const decimal = (n: number | null) => (n === null ? '' : (Math.round(n * 10) / 10).toFixed(1).replace('.', ','));

export function summaryRow(r: ApplicationRecord, fileNames: string[]): string[] {
  return [
    r.reference,
    osloDateTime(r.submittedAt),
    r.candidate.fullName,
    r.candidate.birthDate,
    r.candidate.email,
    phoneForSpreadsheet(r.candidate.phone),
    r.candidate.language,
    r.stage,
    r.stageChangedAt ? osloDateTime(r.stageChangedAt) : '',
    decimal(r.averageRating),
    String(r.ratings.length),
    String(r.notes.length),
    r.previousReference ?? '',
    fileNames.join(', '),
  ];
}

/** The whole file: header, one line per application, CRLF line ends (what Excel writes itself). */
export function summaryCsv(rows: Array<{ record: ApplicationRecord; fileNames: string[] }>): string {
  const lines = [COLUMNS as readonly string[], ...rows.map((r) => summaryRow(r.record, r.fileNames))].map((cells) => cells.map(csvCell).join(SEPARATOR));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
