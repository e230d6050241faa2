import { error } from '@sveltejs/kit';
import {
  acceptAnswer,
  isStorageError,
  StorageError,
  type Db,
  type QuestionSnapshot,
  type Regrader
} from '@newsquiz/db';
import { gradeResponse, normaliseAnswer, Question, QuestionId, type Response } from '@newsquiz/question-bank';
import { z } from 'zod';
import { refuse } from '$lib/server/platform/form-refusal';
import { noNul } from '$lib/server/platform/form-text';
import { maxAcceptedLength } from '$lib/server/platform/limits';

/**
 * The text a teacher could accept from a wrong answer: typed answers only (short answer, fill the blank),
 * whose key is a list that one more answer can join, and only ones with something to compare.
 */
export function acceptableText(response: Response): string | null {
  if (response.type !== 'short-answer' && response.type !== 'cloze') return null;
  return normaliseAnswer(response.text) === '' ? null : response.text;
}

const AcceptForm = z.object({
  questionId: z
    .string({ error: 'The form named no question.' })
    .refine((id) => QuestionId.safeParse(id).success, 'The form named no question.'),
  answer: z
    .string({ error: 'The form named no answer.' })
    .max(500, 'The answer is longer than any a student can give.')
    .check(noNul('The answer'))
    .transform((text) => text.trim())
});

const refusal = (message: string) =>
  new StorageError({ code: 'invalid-input', issues: [{ path: 'answer', message }] });

/** Adds the answer to a typed question's key and grades by the question bank's own rules. */
export function answerRegrader(answer: string): Regrader {
  return {
    accept: (snapshot: QuestionSnapshot) => {
      const question = Question.parse(snapshot);
      if (question.type !== 'short-answer' && question.type !== 'cloze')
        throw refusal('can be accepted only for a short-answer or fill-the-blank question');
      const given = normaliseAnswer(answer);
      if (given === '') throw refusal('has no letters or digits to compare');
      if (question.key.some((accepted) => normaliseAnswer(accepted) === given))
        throw refusal('is already accepted');
      const key = [...question.key, answer];
      if (key.join('\n').length > maxAcceptedLength)
        throw refusal(`would take the accepted answers past ${maxAcceptedLength} characters`);
      // Only the key changes: the question keeps its id, so its answers and statistics stay together.
      return { ...snapshot, key };
    },
    grade: (snapshot, response, maxPoints) => {
      const grade = gradeResponse(Question.parse(snapshot), response, maxPoints);
      // A stored answer was graded once already, so it always parses; should one not, nothing is changed.
      if (!grade.ok) throw new Error(`a stored answer to ${grade.questionId} no longer grades`);
      return { correct: grade.correct, points: grade.points };
    }
  };
}

/**
 * The accept action of the results pages: the teacher accepts a wrong answer a student typed, and every
 * attempt is regraded. A refusal names the answer and the problem, and changes nothing.
 */
export async function acceptAnswerFromForm(
  db: Db,
  teacherId: string,
  setId: string,
  form: Record<string, FormDataEntryValue>
) {
  const parsed = AcceptForm.safeParse({ questionId: form.questionId ?? '', answer: form.answer ?? '' });
  if (!parsed.success)
    return refuse(400, { message: parsed.error.issues.map((issue) => issue.message).join(' ') });
  const { questionId, answer } = parsed.data;
  try {
    const { attemptsChanged } = await acceptAnswer(db, teacherId, setId, questionId, answerRegrader(answer));
    return { accepted: { answer, attemptsChanged } };
  } catch (failure) {
    if (isStorageError(failure, 'not-found')) error(404, 'No such quiz.');
    if (isStorageError(failure, 'invalid-input')) {
      const problem = failure.problem.issues.map((issue) => issue.message).join('; ');
      return refuse(400, { message: `The answer “${answer}” ${problem}.` });
    }
    if (isStorageError(failure, 'question-not-in-set'))
      return refuse(400, { message: 'No student of this quiz was asked that question.' });
    throw failure;
  }
}
