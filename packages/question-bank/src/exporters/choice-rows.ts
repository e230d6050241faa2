import type { Question } from '../question.ts';
import { tooManyOptions, unsupported, type SkippedQuestion } from './export-report.ts';
import type { TypeSupport } from './format-limits.ts';

/** The most answers a quiz game shows. */
export const quizGameMaxAnswers = 4;

/** What a quiz game (Kahoot, Blooket) can play: choice and true/false questions. */
export const quizGameTypes: TypeSupport = {
  'single-choice': true,
  'multiple-response': true,
  'true-false': true,
  numeric: false,
  'short-answer': false,
  cloze: false,
  matching: false,
  ordering: false,
  // A paragraph is far longer than a game's answer button holds.
  'evidence-selection': false
};

/** A question as a quiz-game row: up to four answers and the 1-based numbers of the right ones. */
export type ChoiceRow = { question: Question; stem: string; answers: string[]; correct: number[] };

/**
 * The questions a quiz game (Kahoot, Blooket) can play: choice and true/false with at most four
 * answers. Everything else is skipped with the reason.
 */
export function choiceRows(
  questions: readonly Question[],
  format: string
): { rows: ChoiceRow[]; skipped: SkippedQuestion[] } {
  const rows: ChoiceRow[] = [];
  const skipped: SkippedQuestion[] = [];
  for (const question of questions) {
    if (question.type === 'true-false') {
      rows.push({
        question,
        stem: question.stem,
        answers: ['True', 'False'],
        correct: [question.key ? 1 : 2]
      });
      continue;
    }
    if (question.type !== 'single-choice' && question.type !== 'multiple-response') {
      skipped.push(unsupported(question.id, question.type, format));
      continue;
    }
    if (question.options.length > quizGameMaxAnswers) {
      skipped.push(tooManyOptions(question.id, question.options.length, quizGameMaxAnswers, format));
      continue;
    }
    const keys = question.type === 'single-choice' ? [question.key] : question.key;
    const correct = question.options.flatMap((option, index) =>
      keys.includes(option.id) ? [index + 1] : []
    );
    rows.push({
      question,
      stem: question.stem,
      answers: question.options.map((option) => option.text),
      correct
    });
  }
  return { rows, skipped };
}
