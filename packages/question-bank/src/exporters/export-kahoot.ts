import type { DifficultyLevel } from '../question.ts';
import type { QuestionBank } from '../question-bank.ts';
import { choiceRows, quizGameMaxAnswers, quizGameTypes } from './choice-rows.ts';
import { tooLong, type BinaryExport } from './export-report.ts';
import type { FormatLimits } from './format-limits.ts';
import { xlsxSheet, type XlsxCell } from './xlsx-sheet.ts';

/** The most characters Kahoot takes in a question and in each answer. */
export const kahootTextLimits = { question: 120, answer: 75 } as const;

export const kahootLimits: FormatLimits = {
  name: 'Kahoot',
  types: quizGameTypes,
  maxAnswers: quizGameMaxAnswers,
  maxLength: kahootTextLimits
};

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
 * in `skipped`, never cut short. Every text is a string cell, so a stem that starts with "=" is text.
 */
export function exportKahoot(bank: QuestionBank, timeLimit?: KahootTimeLimit): BinaryExport {
  const { rows, skipped } = choiceRows(bank.questions, 'Kahoot');
  const sheet: XlsxCell[][] = [[...kahootColumns]];
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
    sheet.push([row.stem, ...answers, seconds, row.correct.join(',')]);
  }
  return { data: xlsxSheet('Kahoot', sheet), skipped };
}
