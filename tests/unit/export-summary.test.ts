import { describe, expect, it } from 'vitest';
import { phoneForSpreadsheet } from '../../lib/applications/phone';
import type { ApplicationRecord } from '../../lib/pipeline/export-record';
import { csvCell, summaryCsv } from '../../lib/pipeline/export-summary';

const record = (overrides: Partial<ApplicationRecord> = {}): ApplicationRecord => ({
  reference: 'SR-7K2M9Q',
  previousReference: null,
  candidate: { fullName: 'Kari Nordmann-Ødegård', birthDate: '1990-04-12', email: 'kari@example.no', phone: '+4791234567', coverLetter: '', language: 'nb' },
  consentedAt: new Date('2026-07-01T22:30:00Z'),
  submittedAt: new Date('2026-07-01T22:30:00Z'),
  stage: 'in_review',
  stageChangedAt: new Date('2026-12-01T08:05:00Z'),
  stageHistory: [],
  notes: [{ body: 'x', author: 'Ingrid', createdAt: new Date(), updatedAt: new Date() }],
  ratings: [
    { by: 'Ingrid', rating: 4, updatedAt: new Date() },
    { by: 'Ola', rating: 3, updatedAt: new Date() },
    { by: 'Per', rating: 4, updatedAt: new Date() },
  ],
  averageRating: 11 / 3,
  corrections: [],
  ...overrides,
});

const lines = (csv: string) => csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
const cells = (line: string) => line.slice(1, -1).split('";"');

describe('DEP9: summary.csv opens as it should in Norwegian Excel', () => {
  it('DEP9: starts with a UTF-8 byte order mark, separates with ; and ends lines with CRLF', () => {
    const csv = summaryCsv([{ record: record(), fileNames: ['cv.pdf', 'attest.pdf'] }]);
    expect(csv.startsWith('\uFEFF"reference";"submitted_at";"full_name";')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines(csv)).toHaveLength(2);
    expect(cells(lines(csv)[1]!)).toContain('Kari Nordmann-Ødegård');
  });

  it('DEP9: gives times on the Oslo clock, the stage, the rating with a decimal comma and the counts', () => {
    const [header, row] = lines(summaryCsv([{ record: record(), fileNames: ['cv.pdf'] }])).map(cells);
    const at = (name: string) => row![header!.indexOf(name)];
    expect(at('submitted_at')).toBe('2026-07-02 00:30');
    expect(at('stage_changed_at')).toBe('2026-12-01 09:05');
    expect(at('stage')).toBe('in_review');
    expect(at('average_rating')).toBe('3,7');
    expect(at('ratings')).toBe('3');
    expect(at('notes')).toBe('1');
    expect(at('files')).toBe('cv.pdf');
    const unrated = cells(lines(summaryCsv([{ record: record({ ratings: [], averageRating: null }), fileNames: [] }]))[1]!);
    expect(unrated[header!.indexOf('average_rating')]).toBe('');
  });

  it('DEP9: phone numbers never start with + (a formula to Excel) and need no apostrophe', () => {
    expect(phoneForSpreadsheet('+4791234567')).toBe('91 23 45 67');
    expect(phoneForSpreadsheet('+4722222222')).toBe('22 22 22 22');
    expect(phoneForSpreadsheet('+46701234567')).toBe('00 46 70 123 45 67');
    expect(phoneForSpreadsheet('+447911123456')).toBe('00 44 7911 123456');
    const row = lines(summaryCsv([{ record: record(), fileNames: [] }]))[1]!;
    expect(row).toContain(';"91 23 45 67";');
    expect(row).not.toContain("'+");
  });

  it('DEP9: whatever a candidate types cannot run as a formula', () => {
    for (const attack of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(csvCell(attack).startsWith(`"'`)).toBe(true);
    }
    expect(csvCell('Kari "K" Nordmann')).toBe('"Kari ""K"" Nordmann"');
    // A number we could not parse keeps its text, guarded.
    expect(csvCell(phoneForSpreadsheet('+000'))).toBe(`"'+000"`);
    const evil = cells(lines(summaryCsv([{ record: record({ candidate: { ...record().candidate, fullName: '=cmd|"/c calc"!A1' } }), fileNames: [] }]))[1]!);
    expect(evil[2]!.startsWith("'=")).toBe(true);
  });
});
