import { redirect } from '@sveltejs/kit';
import { submitAttempt } from '@newsquiz/db';
import {
  answerQuestion,
  attemptPath,
  attemptSummary,
  leaveIfFinished,
  resultsPath,
  questionField,
  type AnswerProblem
} from '$lib/server/attempts/attempt-page';
import { requireAttempt } from '$lib/server/attempts/attempt-access';
import { fieldErrors, refuse } from '$lib/server/platform/form-refusal';
import { questionViews } from '$lib/server/attempts/attempt-view';
import type { Actions, PageServerLoad } from './$types';

// A student page works whole as the server renders it; without the client router a fresh visit loads
// next to no JavaScript (see the budget in tests/e2e/src/js-budget.spec.ts).
export const csr = false;

/** One question a page goes to the first open question; all on one page is this page. */
export const load: PageServerLoad = async ({ locals, params, cookies }) => {
  const attempt = await requireAttempt(locals.db, cookies, params.id);
  await leaveIfFinished(locals.db, attempt);
  const views = questionViews(attempt);
  if (attempt.settings.layout === 'one-per-page') {
    const firstOpen = views.find((view) => view.response === null)?.number ?? views.length;
    redirect(303, `${attemptPath(attempt.id)}/${firstOpen}`);
  }
  return { attempt: attemptSummary(attempt), questions: views };
};

export const actions: Actions = {
  /** All on one page: stores every answer given, then hands in when the student asked to. */
  answerAll: async ({ locals, params, cookies, request }) => {
    const attempt = await requireAttempt(locals.db, cookies, params.id);
    await leaveIfFinished(locals.db, attempt);
    const form = await request.formData();
    const handIn = form.get('intent') === 'submit';
    const problems: AnswerProblem[] = [];
    let answered = 0;
    for (const row of attempt.questions) {
      const prefix = `q${row.position + 1}`;
      const given = [...form.entries()].some(([key, value]) => key.startsWith(`${prefix}.`) && value !== '');
      if (!given) continue;
      answered += 1;
      const problem = await answerQuestion(locals.db, attempt, row.position + 1, form, prefix);
      if (problem) problems.push(problem);
    }
    if (problems.length > 0)
      return refuse(400, {
        message: 'Some answers need another look: see the questions marked below.',
        fields: fieldErrors(
          problems.map(({ number, message }) => ({ field: questionField(number), message }))
        )
      });
    // Handing in a blank quiz is the student's right; saving nothing is a mistake worth saying.
    if (answered === 0 && !handIn)
      return refuse(400, { message: 'Nothing to save yet: answer at least one question first.' });
    if (handIn) {
      await submitAttempt(locals.db, attempt.id);
      redirect(303, resultsPath(attempt.id));
    }
    return { saved: true };
  },

  submit: async ({ locals, params, cookies }) => {
    const attempt = await requireAttempt(locals.db, cookies, params.id);
    await submitAttempt(locals.db, attempt.id);
    redirect(303, resultsPath(attempt.id));
  }
};
