import { error } from '@sveltejs/kit';
import { attemptSummary, leaveIfFinished } from '$lib/server/attempts/attempt-page';
import { answerOnePost } from '$lib/server/attempts/answer-posts';
import { requireAttempt } from '$lib/server/attempts/attempt-access';
import { progressOf, shownQuestionView } from '$lib/server/attempts/attempt-view';
import { renderOnly } from '$lib/render-only';
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
  return renderOnly({
    attempt: attemptSummary(attempt),
    progress: progressOf(attempt),
    current: shownQuestionView(attempt, row)
  });
};

export const actions: Actions = {
  /** The form is read first, so that the answer on screen is kept, even as time ends. */
  default: async ({ locals, params, cookies, request }) => {
    const number = Number(params.number);
    // Only the question answered is read whole.
    const attempt = await requireAttempt(locals.db, cookies, params.id, number);
    return answerOnePost(locals.db, attempt, number, await request.formData());
  }
};
