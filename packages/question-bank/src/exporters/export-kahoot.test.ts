import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { Question } from '../question.ts';
import { gradingContent, kermanBank, sampleOf } from '../test-support.ts';
import { exportKahoot, kahootTimeLimits } from './export-kahoot.ts';

/**
 * Kahoot's quiz spreadsheet template as Kahoot describes it, written out here rather than taken from the
 * exporter: rows 1 to 7 are the template's title and instructions, row 8 holds this header in columns B to
 * H, and each question is a row from row 9 with its number in column A.
 */
const template = {
  headerRow: 8,
  firstQuestionRow: 9,
  header: {
    B: 'Question - max 120 characters',
    C: 'Answer 1 - max 75 characters',
    D: 'Answer 2 - max 75 characters',
    E: 'Answer 3 - max 75 characters',
    F: 'Answer 4 - max 75 characters',
    G: 'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
    H: 'Correct answer(s) - choose at least one'
  }
};

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ['row', 'c', 'si'].includes(name)
});

type SheetXml = {
  worksheet: { sheetData: { row?: { r: string; c?: { r: string; t?: string; v: string }[] }[] } };
};
type StringsXml = { sst: { si?: { t: string | { '#text': string } }[] } };

/** Every cell of the sheet by its reference (such as "B8"), read from the xlsx's own XML parts. */
function cellsOf(data: Uint8Array): Map<string, string | number> {
  const parts = unzipSync(data);
  const sheet = xml.parse(strFromU8(parts['xl/worksheets/sheet1.xml']!)) as SheetXml;
  const strings = (xml.parse(strFromU8(parts['xl/sharedStrings.xml']!)) as StringsXml).sst.si ?? [];
  const text = (index: number) => {
    const t = strings[index]!.t;
    return typeof t === 'string' ? t : t['#text'];
  };
  const cells = new Map<string, string | number>();
  for (const row of sheet.worksheet.sheetData.row ?? []) {
    for (const cell of row.c ?? []) {
      expect(cell.r.replace(/^[A-Z]+/, '')).toBe(row.r);
      cells.set(cell.r, cell.t === 's' ? text(Number(cell.v)) : Number(cell.v));
    }
  }
  return cells;
}

/** The question rows by the template's columns, from row 9 on, stopping at the first row with no question. */
function questionRows(cells: Map<string, string | number>): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (let row = template.firstQuestionRow; cells.has(`B${row}`); row++) {
    rows.push([...'ABCDEFGH'].map((column) => cells.get(`${column}${row}`) ?? ''));
  }
  return rows;
}

/** The sheet as a spreadsheet library reads it, a blank cell as ''. */
async function readRows(data: Uint8Array): Promise<(string | number)[][]> {
  const rows = await readSheet(Buffer.from(data));
  return rows.map((row) => row.map((cell) => (cell === null ? '' : (cell as string | number))));
}

/** A row read back (number, question, four answers, time, correct) as the content grading depends on. */
function fromRow(row: (string | number)[], question: Question) {
  const [, stem, a1, a2, a3, a4, , correct] = row;
  const answers = [a1, a2, a3, a4].filter((answer) => answer !== '').map(String);
  const right = String(correct)
    .split(',')
    .map((n) => answers[Number(n) - 1]!);
  if (question.type === 'true-false') return { type: 'true-false', stem, key: right[0] === 'True' };
  if (question.type === 'single-choice')
    return { type: question.type, stem, options: answers, key: right[0] };
  return { type: question.type, stem, options: answers, key: right.sort() };
}

describe('Kahoot spreadsheet', () => {
  it('lays its header and questions where Kahoot’s template has them', () => {
    const bank = kermanBank();
    const cells = cellsOf(exportKahoot(bank).data);
    for (const [column, title] of Object.entries(template.header)) {
      expect(cells.get(`${column}${template.headerRow}`)).toBe(title);
    }
    expect(cells.has(`A${template.headerRow}`)).toBe(false);
    expect(cells.has(`I${template.headerRow}`)).toBe(false);
    // Above the header, only the template's title and instructions, never a question's text.
    const above = [...cells].filter(([reference]) => Number(reference.replace(/^[A-Z]+/, '')) < 8);
    expect(above.length).toBeGreaterThan(0);
    for (const [, value] of above) {
      expect(bank.questions.map((question) => question.stem)).not.toContain(value);
    }
    const rows = questionRows(cells);
    expect(rows.length).toBeGreaterThan(0);
    rows.forEach((row, index) => expect(row[0]).toBe(index + 1));
    const last = template.firstQuestionRow + rows.length;
    expect([...cells.keys()].filter((reference) => Number(reference.replace(/^[A-Z]+/, '')) >= last)).toEqual(
      []
    );
  });

  it('reads back every question it takes, with an allowed time limit', async () => {
    const bank = kermanBank();
    const { data, skipped } = exportKahoot(bank);
    const rows = questionRows(cellsOf(data));
    // A spreadsheet library reads the same rows at the same places.
    const library = await readRows(data);
    expect(library.slice(-rows.length)).toEqual(rows);
    const skippedIds = new Set(skipped.map((item) => item.questionId));
    const kept = bank.questions.filter((question) => !skippedIds.has(question.id));
    expect(rows).toHaveLength(kept.length);
    expect(kept.length + skippedIds.size).toBe(bank.questions.length);
    rows.forEach((row, index) => {
      expect(fromRow(row, kept[index]!)).toEqual(gradingContent(kept[index]!));
      expect(kahootTimeLimits).toContain(row[6]);
    });
  });

  it('reports what cannot fit instead of cutting it short', async () => {
    const longStem = { ...sampleOf('single-choice'), stem: `${'Which place '.repeat(11)}is meant?` };
    const longAnswer = { ...sampleOf('true-false') };
    const manyOptions = {
      ...sampleOf('multiple-response'),
      options: [...sampleOf('multiple-response').options, { id: 'e', text: 'Iraq' }]
    };
    const bank = { ...kermanBank(), questions: [longStem, longAnswer, manyOptions, sampleOf('numeric')] };
    const { data, skipped } = exportKahoot(bank, 90);
    expect(skipped.map(({ code, questionId }) => ({ code, questionId }))).toEqual([
      { code: 'too-many-options', questionId: manyOptions.id },
      { code: 'unsupported-type', questionId: sampleOf('numeric').id },
      { code: 'too-long', questionId: longStem.id }
    ]);
    expect(skipped[2]).toMatchObject({ field: 'stem', length: longStem.stem.length, limit: 120 });
    expect(questionRows(cellsOf(data))).toEqual([[1, longAnswer.stem, 'True', 'False', '', '', 90, '1']]);
  });

  it('writes a stem or answer that starts with a formula character as text, never as a formula', async () => {
    const texts = ['=HYPERLINK("http://evil.example","x")', '+1+2', '-2+3', '@SUM(A1:A2)'];
    const formula = {
      ...sampleOf('single-choice'),
      stem: texts[0]!,
      options: texts.map((text, index) => ({ id: 'abcd'[index]!, text })),
      key: 'a'
    };
    const { data, skipped } = exportKahoot({ ...kermanBank(), questions: [formula] }, 20);
    expect(skipped).toEqual([]);
    expect(questionRows(cellsOf(data))).toEqual([[1, texts[0], ...texts, 20, '1']]);
    const sheet = strFromU8(unzipSync(data)['xl/worksheets/sheet1.xml']!);
    expect(sheet).not.toContain('<f');
  });

  it('writes the same bytes for the same questions', () => {
    const bank = kermanBank();
    expect(exportKahoot(bank).data).toEqual(exportKahoot(bank).data);
  });
});
