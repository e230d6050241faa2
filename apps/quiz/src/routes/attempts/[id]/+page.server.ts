import { redirect } from '@sveltejs/kit';
import {
  attemptPath,
  attemptSummary,
  leaveIfFinished,
  leaveIfLive,
  resultsPath
} from '$lib/server/attempts/attempt-page';
import { answerAllPost } from '$lib/server/attempts/answer-posts';
import { handInAttempt, requireAttempt } from '$lib/server/attempts/attempt-access';
import { progressOf, questionViews } from '$lib/server/attempts/attempt-view';
import { renderOnly } from '$lib/render-only';
import type { Actions, PageServerLoad } from './$types';

// A student page works whole as the server renders it; without the client router a fresh visit loads
// next to no JavaScript (see the budget in tests/e2e/src/js-budget.spec.ts).
export const csr = false;

/** One question a page goes to the first open question; all on one page is this page. */
export const load: PageServerLoad = async ({ locals, params, cookies }) => {
  const attempt = await requireAttempt(locals.db, cookies, params.id);
  await leaveIfFinished(locals.db, attempt);
  if (attempt.settings.layout === 'one-per-page') {
    const firstOpen = progressOf(attempt).find((question) => !question.answered)?.number;
    redirect(303, `${attemptPath(attempt.id)}/${firstOpen ?? attempt.questions.length}`);
  }
  return renderOnly({ attempt: attemptSummary(attempt), questions: questionViews(attempt) });
};

export const actions: Actions = {
  /** All on one page: the form is read first, so that what the student entered is kept, even as time ends. */
  answerAll: async ({ locals, params, cookies, request }) => {
    const attempt = await requireAttempt(locals.db, cookies, params.id);
    return answerAllPost(locals.db, attempt, await request.formData());
  },

  submit: async ({ locals, params, cookies }) => {
    const attempt = await handInAttempt(locals.db, cookies, params.id);
    // A live session's attempt is handed in when the teacher ends the session: the hand-in leaves it open.
    leaveIfLive(attempt);
    redirect(303, resultsPath(attempt.id));
  }
};
