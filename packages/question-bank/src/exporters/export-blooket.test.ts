import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { gradingContent, kermanBank, sampleOf } from '../test-support.ts';
import { blooketHeader, exportBlooket } from './export-blooket.ts';

describe('Blooket CSV', () => {
  it('keeps the template’s heading rows and reads back every question it takes', () => {
    const bank = kermanBank();
    const { text, skipped } = exportBlooket(bank);
    const [title, header, ...rows] = parse(text) as string[][];
    expect([title, header]).toEqual(blooketHeader);
    const skippedIds = new Set(skipped.map((item) => item.questionId));
    const kept = bank.questions.filter((question) => !skippedIds.has(question.id));
    expect(rows).toHaveLength(kept.length);
    rows.forEach(([number, stem, a1, a2, a3, a4, seconds, correct], index) => {
      const question = kept[index]!;
      const answers = [a1, a2, a3, a4].filter((answer) => answer !== '') as string[];
      const right = correct!.split(',').map((n) => answers[Number(n) - 1]!);
      expect(number).toBe(String(index + 1));
      expect(seconds).toBe('20');
      const read =
        question.type === 'true-false'
          ? { type: question.type, stem, key: right[0] === 'True' }
          : {
              type: question.type,
              stem,
              options: answers,
              key: question.type === 'single-choice' ? right[0] : right.sort()
            };
      expect(read).toEqual(gradingContent(question));
    });
  });

  it('quotes commas, quotes and line breaks, and skips types Blooket lacks', () => {
    const tricky = { ...sampleOf('single-choice'), stem: 'Where, "exactly",\nis it?' };
    const { text, skipped } = exportBlooket(
      { ...kermanBank(), questions: [tricky, sampleOf('ordering')] },
      500
    );
    const rows = parse(text) as string[][];
    expect(rows[2]).toEqual([
      '1',
      'Where, "exactly",\nis it?',
      'Iraq',
      'Afghanistan',
      'Syria',
      'Yemen',
      '300',
      '2'
    ]);
    expect(skipped).toMatchObject([{ code: 'unsupported-type', questionId: sampleOf('ordering').id }]);
  });

  it('quotes every field and writes a formula as text, for a spreadsheet in any locale', () => {
    const formula = {
      ...sampleOf('single-choice'),
      stem: '=HYPERLINK("http://evil.example","x")',
      options: [
        { id: 'a', text: '+1 more' },
        { id: 'b', text: '-2' },
        { id: 'c', text: '@x' },
        { id: 'd', text: 'Ann;=1+1' }
      ]
    };
    const { text } = exportBlooket({ ...kermanBank(), questions: [formula] });
    const rows = parse(text) as string[][];
    expect(rows[2]).toEqual([
      '1',
      `'=HYPERLINK("http://evil.example","x")`,
      "'+1 more",
      '-2',
      "'@x",
      "Ann;'=1+1",
      '20',
      '2'
    ]);
    expect(text.split('\n').at(-2)).toBe(
      `"1","'=HYPERLINK(""http://evil.example"",""x"")","'+1 more","-2","'@x","Ann;'=1+1","20","2"`
    );
  });
});
