import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { attemptsUsedAmong, findOpenSet, isStorageError, type AttemptView } from '@newsquiz/db';
import { getFactBase } from '$lib/server/platform/articles';
import { participantId, requireAttempt } from '$lib/server/attempts/attempt-access';
import { startAttemptForBrowser } from '$lib/server/attempts/start-attempt';
import { reviewItems } from '$lib/server/attempts/attempt-view';
import { refuse } from '$lib/server/platform/form-refusal';
import { lateAnswerGraceSeconds } from '$lib/server/platform/limits';
import {
  drawPracticeQuestions,
  drawSetQuestions,
  newSeed,
  practiceSettings
} from '$lib/server/attempts/quiz-draw';
import { renderOnly } from '$lib/render-only';
import type { Actions, PageServerLoad } from './$types';
import { plainRefusal } from '$lib/server/platform/storage-refusal';

/**
 * Whether this browser may start another attempt: always for practice, within the limit for a set, counted
 * among the set's attempts that the page's one statement read (`withTakers`).
 */
function retryAllowed(attempt: AttemptView, participantId: string): boolean {
  const { set } = attempt;
  // A live session is taken with the class, led by the teacher: it has no retry of its own.
  if (attempt.liveSessionId) return false;
  if (!attempt.setId) return true;
  if (!set || set.status !== 'published') return false;
  const allowed = set.settings.attemptsAllowed;
  const taker = { participantId, studentName: attempt.studentName };
  return allowed === null || attemptsUsedAmong(attempt.setTakers ?? [], taker) < allowed;
}

// Built once: making a zod schema costs more than parsing with it, and this page is read often.
const Refused = z.enum(['handed-in', 'late']).nullable().catch(null);
const QuestionNumbers = z.array(z.coerce.number().int().min(1)).catch([]);

/** How the attempt ended, as the address says (see resultsPath); anything else there is ignored. */
function endNote(url: URL, total: number) {
  const unsaved = QuestionNumbers.parse(url.searchParams.get('unsaved')?.split(',') ?? []);
  return {
    timedOut: url.searchParams.has('timeout'),
    refused: Refused.parse(url.searchParams.get('refused')),
    // Numbers past the quiz's questions, or more of them than it has, make the whole list void.
    unsaved: unsaved.length <= total && unsaved.every((number) => number <= total) ? unsaved : []
  };
}

// A student page works whole as the server renders it; without the client router a fresh visit loads
// next to no JavaScript (see the budget in tests/e2e/src/js-budget.spec.ts).
export const csr = false;

export const load: PageServerLoad = async ({ locals, params, cookies, url }) => {
  const attempt = await requireAttempt(locals.db, cookies, params.id, 'all', { withTakers: true });
  if (!attempt.submittedAt) redirect(303, `/attempts/${attempt.id}`);
  const { set } = attempt;
  const showReview = attempt.settings.feedback !== 'never';
  return renderOnly({
    attempt: {
      id: attempt.id,
      title: set?.title ?? 'Practice quiz',
      articleId: attempt.articleId,
      studentName: attempt.setId ? attempt.studentName : null,
      score: attempt.score ?? 0,
      maxScore: attempt.maxScore,
      answered: attempt.responses.length,
      total: attempt.questions.length,
      ...endNote(url, attempt.questions.length),
      /** Answers that arrived after the deadline, within the grace: kept, and dated after it. */
      late: attempt.responses.filter(
        (response) => attempt.deadlineAt !== null && response.answeredAt > attempt.deadlineAt
      ).length,
      graceSeconds: lateAnswerGraceSeconds
    },
    review: showReview ? reviewItems(attempt) : null,
    canRetry: retryAllowed(attempt, participantId(cookies, url))
  });
};

export const actions: Actions = {
  retry: async (event) => {
    const { db } = event.locals;
    const previous = await requireAttempt(db, event.cookies, event.params.id);
    if (previous.liveSessionId)
      return refuse(400, { message: 'A live session is taken with the class: it has no retry.' });
    const seed = newSeed();
    let questions;
    let settings = practiceSettings;
    if (previous.setId) {
      const set = await findOpenSet(db, previous.setId);
      if (!set) return refuse(400, { message: 'This quiz is closed.' });
      settings = set.settings;
      questions = drawSetQuestions(set.questions, settings, seed);
    } else {
      questions = drawPracticeQuestions(getFactBase(previous.articleId), seed);
    }
    try {
      return await startAttemptForBrowser(event, {
        setId: previous.setId,
        articleId: previous.articleId,
        studentName: previous.studentName,
        seed,
        settings,
        questions
      });
    } catch (failure) {
      if (isStorageError(failure)) return refuse(400, { message: plainRefusal(failure) });
      throw failure;
    }
  }
};
