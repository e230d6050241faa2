import { error, redirect, type Cookies } from '@sveltejs/kit';
import { extraSeconds, getLiveStudentView, type Db } from '@newsquiz/db';
import { z } from 'zod';
import { attemptToken } from '$lib/server/attempts/attempt-access';
import { livePath, resultsPath } from '$lib/server/attempts/attempt-page';
import { questionView } from '$lib/server/attempts/attempt-view';
import { answerLiveQuestion } from '$lib/server/live/live-answer';
import { refuse } from '$lib/server/platform/form-refusal';
import type { Actions, PageServerLoad } from './$types';

// A student page works whole as the server renders it; without the client router a fresh visit loads
// next to no JavaScript (see the budget in tests/e2e/src/js-budget.spec.ts).
export const csr = false;

/** The student's live page as the class is now; a 404 for any browser without the attempt's token. */
async function requireLiveView(db: Db, cookies: Cookies, attemptId: string) {
  const token = attemptToken(cookies, attemptId);
  const view = token ? await getLiveStudentView(db, attemptId, token) : null;
  if (!view) error(404, 'No such live session in this browser.');
  return view;
}

export const load: PageServerLoad = async ({ locals, params, cookies }) => {
  const { session, setTitle, attempt, extraTime } = await requireLiveView(locals.db, cookies, params.id);
  if (session.state === 'ended' || attempt.submittedAt) redirect(303, resultsPath(attempt.id));
  // The student's own time for each question: the question's seconds with their extra time on top.
  const base = session.questionSeconds;
  const seconds = base === null ? null : base + extraSeconds(extraTime, base);
  // The answer's statement decides by the database's clock; this only spares a form that would be refused.
  const timeUp =
    seconds !== null &&
    session.state === 'open' &&
    session.openedAt !== null &&
    Date.now() > session.openedAt.getTime() + seconds * 1000;
  const row = session.position === null ? null : attempt.questions[session.position];
  const shown = session.state === 'paused' ? null : row;
  const revealed = session.state === 'revealed';
  const answer = shown ? attempt.responses.find((r) => r.questionId === shown.questionId) : undefined;
  return {
    title: setTitle,
    studentName: attempt.studentName,
    attemptId: attempt.id,
    articleId: attempt.articleId,
    session: {
      state: session.state,
      version: session.version,
      questionCount: session.questionCount,
      number: session.position === null ? null : session.position + 1,
      seconds,
      timeUp,
      speedPoints: session.speedPoints
    },
    // Key, explanation and evidence reach the page only once the teacher reveals the answer.
    current: shown ? questionView(shown, answer, { feedbackNow: revealed, submitted: revealed }) : null
  };
};

const AnswerNumber = z.coerce.number().int().min(1).max(500);

export const actions: Actions = {
  /** The answer to the open question, graded on the server; the first answer stands. */
  default: async ({ locals, params, cookies, request }) => {
    const form = await request.formData();
    const { session, attempt } = await requireLiveView(locals.db, cookies, params.id);
    if (session.state === 'ended' || attempt.submittedAt) redirect(303, resultsPath(attempt.id));
    const number = AnswerNumber.safeParse(form.get('number'));
    if (!number.success)
      return refuse(400, { message: 'The form must say which question it answers; nothing was saved.' });
    if (session.state !== 'open' || session.position !== number.data - 1)
      return refuse(409, {
        message: `Question ${number.data} is not open any more: your answer was not saved. This page now shows where the class is.`
      });
    const outcome = await answerLiveQuestion(locals.db, attempt, number.data - 1, form);
    if ('answered' in outcome) redirect(303, livePath(attempt.id));
    return outcome;
  }
};
