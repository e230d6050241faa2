import { strFromU8, unzipSync } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { Question } from '../question.ts';
import { gradingContent, kermanBank, sampleOf } from '../test-support.ts';
import { exportKahoot, kahootColumns, kahootTimeLimits } from './export-kahoot.ts';

/** The sheet as a spreadsheet library reads it, a blank cell as ''. */
async function readRows(data: Uint8Array): Promise<(string | number)[][]> {
  const rows = await readSheet(Buffer.from(data));
  return rows.map((row) => row.map((cell) => (cell === null ? '' : (cell as string | number))));
}

/** A row read back as the content grading depends on. */
function fromRow(row: (string | number)[], question: Question) {
  const [stem, a1, a2, a3, a4, , correct] = row;
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
  it('has the template’s columns and reads back every question it takes, with an allowed time limit', async () => {
    const bank = kermanBank();
    const { data, skipped } = exportKahoot(bank);
    const [header, ...rows] = await readRows(data);
    expect(header).toEqual([...kahootColumns]);
    const skippedIds = new Set(skipped.map((item) => item.questionId));
    const kept = bank.questions.filter((question) => !skippedIds.has(question.id));
    expect(rows).toHaveLength(kept.length);
    expect(kept.length + skippedIds.size).toBe(bank.questions.length);
    rows.forEach((row, index) => {
      expect(fromRow(row, kept[index]!)).toEqual(gradingContent(kept[index]!));
      expect(kahootTimeLimits).toContain(row[5]);
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
    const [, ...rows] = await readRows(data);
    expect(rows).toEqual([[longAnswer.stem, 'True', 'False', '', '', 90, '1']]);
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
    const [, row] = await readRows(data);
    expect(row).toEqual([texts[0], ...texts, 20, '1']);
    const sheet = strFromU8(unzipSync(data)['xl/worksheets/sheet1.xml']!);
    expect(sheet).not.toContain('<f');
  });

  it('writes the same bytes for the same questions', () => {
    const bank = kermanBank();
    expect(exportKahoot(bank).data).toEqual(exportKahoot(bank).data);
  });
});
