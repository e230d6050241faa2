import { error, redirect } from '@sveltejs/kit';
import {
  answerQuestion,
  attemptPath,
  attemptSummary,
  leaveIfFinished,
  questionField
} from '$lib/server/attempts/attempt-page';
import { refuse } from '$lib/server/platform/form-refusal';
import { requireAttempt } from '$lib/server/attempts/attempt-access';
import { progressOf, shownQuestionView } from '$lib/server/attempts/attempt-view';
import type { Actions, PageServerLoad } from './$types';

// A student page works whole as the server renders it; without the client router a fresh visit loads
// next to no JavaScript (see the budget in tests/e2e/src/js-budget.spec.ts).
export const csr = false;

// One statement reads the page: the attempt, its set, its answers and the shown question's snapshot.
export const load: PageServerLoad = async ({ locals, params, cookies }) => {
  const number = Number(params.number);
  const attempt = await requireAttempt(locals.db, cookies, params.id, number);
  await leaveIfFinished(locals.db, attempt);
  const row = attempt.questions[number - 1];
  if (!row) error(404, `This quiz has ${attempt.questions.length} questions.`);
  return {
    attempt: attemptSummary(attempt),
    progress: progressOf(attempt),
    current: shownQuestionView(attempt, row)
  };
};

export const actions: Actions = {
  default: async ({ locals, params, cookies, request }) => {
    const number = Number(params.number);
    const attempt = await requireAttempt(locals.db, cookies, params.id, number);
    await leaveIfFinished(locals.db, attempt);
    const problem = await answerQuestion(locals.db, attempt, number, await request.formData());
    if (problem)
      return refuse(400, {
        message: problem.message,
        fields: { [questionField(number)]: [problem.message] }
      });
    if (attempt.settings.feedback === 'immediate')
      redirect(303, `${attemptPath(attempt.id)}/${number}#feedback`);
    const next = Math.min(number + 1, attempt.questions.length);
    redirect(303, `${attemptPath(attempt.id)}/${next}`);
  }
};
