import ExcelJS from 'exceljs';
import type { DifficultyLevel } from '../question.ts';
import type { QuestionBank } from '../question-bank.ts';
import { choiceRows } from './choice-rows.ts';
import { tooLong, type BinaryExport } from './export-report.ts';
import { kahootTextLimits } from './kahoot-limits.ts';

/** The time limits Kahoot allows, in seconds. */
export const kahootTimeLimits = [5, 10, 20, 30, 60, 90, 120, 240] as const;
export type KahootTimeLimit = (typeof kahootTimeLimits)[number];

export const kahootColumns = [
  'Question',
  'Answer 1',
  'Answer 2',
  'Answer 3',
  'Answer 4',
  'Time limit (sec)',
  'Correct answer(s)'
] as const;

const timeByDifficulty: Record<DifficultyLevel, KahootTimeLimit> = { easy: 20, medium: 30, hard: 60 };

/**
 * A Kahoot import spreadsheet. Only choice and true/false questions with at most four answers fit,
 * and only when the question has at most 120 characters and each answer 75: the rest are reported
 * in `skipped`, never cut short.
 */
export async function exportKahoot(bank: QuestionBank, timeLimit?: KahootTimeLimit): Promise<BinaryExport> {
  const { rows, skipped } = choiceRows(bank.questions, 'Kahoot');
  const workbook = new ExcelJS.Workbook();
  // Fixed dates keep the workbook's own metadata from changing with the clock.
  workbook.created = workbook.modified = new Date('2024-01-01T00:00:00Z');
  const sheet = workbook.addWorksheet('Kahoot');
  sheet.addRow([...kahootColumns]);
  for (const row of rows) {
    const id = row.question.id;
    const problems = [
      ...(row.stem.length > kahootTextLimits.question
        ? [tooLong(id, 'stem', row.stem.length, kahootTextLimits.question, 'Kahoot')]
        : []),
      ...row.answers.flatMap((answer, index) =>
        answer.length > kahootTextLimits.answer
          ? [tooLong(id, `options[${index}]`, answer.length, kahootTextLimits.answer, 'Kahoot')]
          : []
      )
    ];
    if (problems.length > 0) {
      skipped.push(...problems);
      continue;
    }
    const answers = [0, 1, 2, 3].map((index) => row.answers[index] ?? '');
    const seconds = timeLimit ?? timeByDifficulty[row.question.difficulty.level];
    sheet.addRow([row.stem, ...answers, seconds, row.correct.join(',')]);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return { data: new Uint8Array(buffer as ArrayBuffer), skipped };
}
