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
import { questionViews } from '$lib/server/attempts/attempt-view';
import type { Actions, PageServerLoad } from './$types';

// A student page works whole as the server renders it; without the client router a fresh visit loads
// next to no JavaScript (see the budget in tests/e2e/src/js-budget.spec.ts).
export const csr = false;

export const load: PageServerLoad = async ({ locals, params, cookies }) => {
  const attempt = await requireAttempt(locals.db, cookies, params.id);
  await leaveIfFinished(locals.db, attempt);
  const views = questionViews(attempt);
  const view = views[Number(params.number) - 1];
  if (!view) error(404, `This quiz has ${views.length} questions.`);
  return {
    attempt: await attemptSummary(locals.db, attempt, views),
    progress: views.map((item) => ({ number: item.number, answered: item.response !== null })),
    current: view
  };
};

export const actions: Actions = {
  default: async ({ locals, params, cookies, request }) => {
    const attempt = await requireAttempt(locals.db, cookies, params.id);
    await leaveIfFinished(locals.db, attempt);
    const number = Number(params.number);
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
