import { error } from '@sveltejs/kit';
import { attemptSummary, leaveIfFinished } from '$lib/server/attempts/attempt-page';
import { answerOnePost } from '$lib/server/attempts/answer-posts';
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
  /** The form is read first, so that the answer on screen is kept, even as time ends. */
  default: async ({ locals, params, cookies, request }) => {
    const attempt = await requireAttempt(locals.db, cookies, params.id);
    return answerOnePost(locals.db, attempt, Number(params.number), await request.formData());
  }
};
