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

/** The 1-based row of the template's header; questions start on the row below it. */
export const kahootHeaderRow = 8;

/** The time limits Kahoot allows, in seconds. */
export const kahootTimeLimits = [5, 10, 20, 30, 60, 90, 120, 240] as const;
export type KahootTimeLimit = (typeof kahootTimeLimits)[number];

/**
 * The header of Kahoot's quiz spreadsheet template, word for word: its importer finds the columns by
 * place, so the header sits where the template has it, row 8 from column B, and questions follow from row 9
 * with their number in column A.
 */
export const kahootColumns = [
  'Question - max 120 characters',
  'Answer 1 - max 75 characters',
  'Answer 2 - max 75 characters',
  'Answer 3 - max 75 characters',
  'Answer 4 - max 75 characters',
  'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
  'Correct answer(s) - choose at least one'
] as const;

/** The template's rows above its header: a title and how to fill it in. */
function kahootPreamble(title: string): XlsxCell[][] {
  return [
    [],
    ['', title],
    ['', 'Each row from row 9 is one question with two to four answers, a time limit and the right answers.'],
    ['', 'A question holds at most 120 characters and an answer 75.'],
    ['', 'Several right answers are written as their numbers with commas between, such as 1,3.'],
    ['', 'Made by Newsquiz for Kahoot!’s spreadsheet import.'],
    []
  ];
}

const timeByDifficulty: Record<DifficultyLevel, KahootTimeLimit> = { easy: 20, medium: 30, hard: 60 };

/**
 * A Kahoot import spreadsheet. Only choice and true/false questions with at most four answers fit,
 * and only when the question has at most 120 characters and each answer 75: the rest are reported
 * in `skipped`, never cut short. Every text is a string cell, so a stem that starts with "=" is text.
 */
export function exportKahoot(bank: QuestionBank, timeLimit?: KahootTimeLimit): BinaryExport {
  const { rows, skipped } = choiceRows(bank.questions, 'Kahoot');
  const sheet: XlsxCell[][] = [...kahootPreamble(bank.title), ['', ...kahootColumns]];
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
    // The row below the header is question 1.
    sheet.push([sheet.length - kahootHeaderRow + 1, row.stem, ...answers, seconds, row.correct.join(',')]);
  }
  return { data: xlsxSheet('Kahoot', sheet), skipped };
}
