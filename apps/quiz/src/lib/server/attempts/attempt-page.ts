import { redirect } from '@sveltejs/kit';
import { isStorageError, recordResponse, submitAttempt, type AttemptView, type Db } from '@newsquiz/db';
import { gradeResponse, studentView } from '@newsquiz/question-bank';
import { snapshotQuestion } from './attempt-view';
import { parseAnswerForm } from './response-form';

export const attemptPath = (attemptId: string) => `/attempts/${attemptId}`;
export const resultsPath = (attemptId: string) => `/attempts/${attemptId}/results`;

export type AnswerProblem = { number: number; message: string };

/** A question's inputs share an id prefix; a refusal names the question by it, as its error paragraph does. */
export const questionField = (number: number) => `q${number}`;

/** What every page of an attempt shows in its header: all of it read with the attempt. */
export function attemptSummary(attempt: AttemptView) {
  const { set } = attempt;
  return {
    id: attempt.id,
    title: set?.title ?? 'Practice quiz',
    articleId: attempt.articleId,
    instructions: set?.instructions ?? '',
    layout: attempt.settings.layout,
    feedback: attempt.settings.feedback,
    deadline: attempt.deadlineAt?.toISOString() ?? null,
    total: attempt.questions.length,
    // An answer exists only for a question of the attempt (a foreign key says so).
    answered: attempt.responses.length,
    /** With immediate feedback an answer is final; otherwise it can change until submission. */
    answersFinal: attempt.settings.feedback === 'immediate'
  };
}

/** Sends a finished attempt to its results; one whose time is up is handed in first, by the server's clock. */
export async function leaveIfFinished(db: Db, attempt: AttemptView): Promise<void> {
  if (attempt.submittedAt) redirect(303, resultsPath(attempt.id));
  if (attempt.expired) {
    await submitAttempt(db, attempt.id);
    redirect(303, `${resultsPath(attempt.id)}?timeout=1`);
  }
}

/** Grades and stores one answer; returns the problem to show, or null once it is stored. */
export async function answerQuestion(
  db: Db,
  attempt: AttemptView,
  number: number,
  form: FormData,
  prefix = ''
): Promise<AnswerProblem | null> {
  const row = attempt.questions[number - 1];
  if (!row) return { number, message: 'That question is not part of this quiz.' };
  const question = snapshotQuestion(row);
  const parsed = parseAnswerForm(studentView(question), form, prefix);
  if (!parsed.ok) return { number, message: parsed.message };
  const grade = gradeResponse(question, parsed.response, row.maxPoints);
  if (!grade.ok) return { number, message: grade.problems.map((p) => p.message).join('; ') };
  try {
    await recordResponse(db, {
      attemptId: attempt.id,
      questionId: row.questionId,
      response: parsed.response,
      correct: grade.correct,
      points: grade.points,
      replace: attempt.settings.feedback !== 'immediate'
    });
  } catch (failure) {
    // Time ran out or the quiz was handed in from another tab: the results page says so.
    if (isStorageError(failure, 'deadline-passed') || isStorageError(failure, 'attempt-submitted')) {
      await submitAttempt(db, attempt.id);
      redirect(
        303,
        `${resultsPath(attempt.id)}${isStorageError(failure, 'deadline-passed') ? '?timeout=1' : ''}`
      );
    }
    throw failure;
  }
  return null;
}
