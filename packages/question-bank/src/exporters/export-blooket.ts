import type { QuestionBank } from '../question-bank.ts';
import { choiceRows, quizGameMaxAnswers, quizGameTypes } from './choice-rows.ts';
import type { TextExport } from './export-report.ts';
import type { FormatLimits } from './format-limits.ts';
import { spreadsheetCsv } from './spreadsheet-cell.ts';

export const blooketLimits: FormatLimits = {
  name: 'Blooket',
  types: quizGameTypes,
  maxAnswers: quizGameMaxAnswers
};

/** The two heading rows of Blooket's CSV import template. */
export const blooketHeader = [
  ['Blooket\nImport Template', '', '', '', '', '', '', ''],
  [
    'Question #',
    'Question Text',
    'Answer 1',
    'Answer 2',
    'Answer 3\n(Optional)',
    'Answer 4\n(Optional)',
    'Time Limit (sec)\n(Max: 300 seconds)',
    'Correct Answer(s)\n(Only include Answer #)'
  ]
];

/**
 * Blooket's CSV: choice and true/false questions with up to four answers; the rest are skipped. Teachers
 * fill Blooket's template in a spreadsheet, so a text that would start a formula there gets an apostrophe.
 */
export function exportBlooket(bank: QuestionBank, timeLimit = 20): TextExport {
  const { rows, skipped } = choiceRows(bank.questions, 'Blooket');
  const records = rows.map((row, index) => [
    String(index + 1),
    row.stem,
    ...[0, 1, 2, 3].map((answer) => row.answers[answer] ?? ''),
    String(Math.min(300, timeLimit)),
    row.correct.join(',')
  ]);
  return { text: spreadsheetCsv([...blooketHeader, ...records]), skipped };
}
