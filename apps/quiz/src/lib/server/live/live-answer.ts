import { isStorageError, recordLiveAnswer, type AttemptView, type Db } from '@newsquiz/db';
import { gradeResponse, studentView } from '@newsquiz/question-bank';
import { snapshotQuestion } from '$lib/server/attempts/attempt-view';
import { parseAnswerForm } from '$lib/server/attempts/response-form';
import { refuse } from '$lib/server/platform/form-refusal';
import { questionField } from '$lib/server/attempts/attempt-page';

/**
 * A student's answer to the question in hand: parsed and graded on the server, then stored only if the
 * question is still open. A refusal says why and keeps what the student entered on the page.
 */
export async function answerLiveQuestion(db: Db, attempt: AttemptView, position: number, form: FormData) {
  const row = attempt.questions[position];
  if (!row) return refuse(409, { message: 'No question is open right now.' });
  const field = questionField(position + 1);
  const question = snapshotQuestion(row);
  const parsed = parseAnswerForm(studentView(question), form);
  if (!parsed.ok) return refuse(400, { message: parsed.message, fields: { [field]: [parsed.message] } });
  const grade = gradeResponse(question, parsed.response, row.maxPoints);
  if (!grade.ok) {
    const message = grade.problems.map((p) => p.message).join('; ');
    return refuse(400, { message, fields: { [field]: [message] } });
  }
  try {
    const { outcome } = await recordLiveAnswer(db, {
      attemptId: attempt.id,
      questionId: row.questionId,
      response: parsed.response,
      correct: grade.correct,
      points: grade.points
    });
    return { answered: outcome };
  } catch (failure) {
    if (isStorageError(failure, 'live-question-closed') || isStorageError(failure, 'live-time-up'))
      return refuse(409, { message: failure.message, fields: { [field]: [failure.message] } });
    throw failure;
  }
}
