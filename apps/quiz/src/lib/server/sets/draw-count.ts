import type { SetQuestion } from '@newsquiz/db';

/** The questions a student of the set can be asked: a question in the set twice is asked once. */
export const distinctQuestions = (questions: readonly SetQuestion[]) =>
  new Set(questions.map((row) => row.snapshot['id'])).size;

/**
 * What is wrong with a draw of `drawCount` questions from this set, in the teacher's words, or null: a draw
 * larger than the set would promise students questions they never get.
 */
export function drawCountProblem(drawCount: number | null, questions: readonly SetQuestion[]): string | null {
  if (drawCount === null) return null;
  const available = distinctQuestions(questions);
  if (drawCount <= available) return null;
  if (available === 0) return 'The quiz has no questions yet: leave this empty, or add questions first.';
  return `The quiz has ${available} question${available === 1 ? '' : 's'}: draw at most ${available}, or leave this empty to ask them all.`;
}
