import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import {
  findLiveSessionByCode,
  findOpenSetByJoinCode,
  isStorageError,
  joinLiveSession,
  normalizeJoinCode,
  releaseSlot
} from '@newsquiz/db';
import { z } from 'zod';
import { grantAttemptAccess, participantId } from '$lib/server/attempts/attempt-access';
import { livePath } from '$lib/server/attempts/attempt-page';
import { startAttemptForBrowser } from '$lib/server/attempts/start-attempt';
import { refuse, zodFieldErrors } from '$lib/server/platform/form-refusal';
import { noNul } from '$lib/server/platform/form-text';
import { joinsPerClient, wrongJoinCodesPerClient } from '$lib/server/platform/limits';
import { takeClientSlot, tooMany } from '$lib/server/platform/rate-limit';
import { drawSetQuestions, newSeed, questionsPerStudent } from '$lib/server/attempts/quiz-draw';
import type { Actions, PageServerLoad } from './$types';
import { plainRefusal } from '$lib/server/platform/storage-refusal';

const missingCode = 'Enter the code your teacher gave you.';

const JoinForm = z.object({
  code: z.string().trim().min(1, missingCode).max(20, 'That code is too long.').check(noNul('The code')),
  name: z
    .string()
    .trim()
    .min(1, 'Enter the name your teacher will see.')
    .max(60, 'Keep your name under 60 characters.')
    .check(noNul('Your name'))
});

/** The code is typed on the page that finds the quiz, the name on the quiz's own page. */
const inputIds = { code: 'join-code', name: 'student-name' };

const noSuchCode = (code: string) =>
  `No open quiz has the code ${code}. Check it with your teacher: it has six letters and digits.`;

/**
 * The open quiz or the live session (not yet ended) with this code, or neither; or, when the address has sent too many codes that match no quiz,
 * the refusal to say. The slot is taken before the look-up, so a burst of guesses at once cannot slip
 * past the count; a code that matches gives it back, so a class typing the right code never uses it up.
 */
async function findQuiz(event: RequestEvent, code: string) {
  const guess = await takeClientSlot(event, wrongJoinCodesPerClient);
  if (!guess.taken) {
    const message = tooMany(
      event,
      'Too many codes that match no open quiz from your network',
      guess.retryAfterSeconds
    );
    return { refusal: message, set: null, live: null };
  }
  const set = await findOpenSetByJoinCode(event.locals.db, code);
  const live = set ? null : await findLiveSessionByCode(event.locals.db, code);
  if (set || live) await releaseSlot(event.locals.db, guess.slot);
  return { refusal: null, set, live };
}

// A student page works whole as the server renders it; without the client router a fresh visit loads
// next to no JavaScript (see the budget in tests/e2e/src/js-budget.spec.ts).
export const csr = false;

export const load: PageServerLoad = async (event) => {
  const { url, cookies } = event;
  const typed = url.searchParams.get('code')?.trim() ?? '';
  // The form sent with the box left empty asks for the code; a plain visit of /join does not.
  if (!typed)
    return { code: '', set: null, live: null, codeError: url.searchParams.has('code') ? missingCode : null };
  const code = normalizeJoinCode(typed).slice(0, 20);
  const { refusal, set, live } = await findQuiz(event, code);
  if (refusal) error(429, refusal);
  // Known before the join is posted, so that a join retried after a lost answer continues the same attempt.
  if (set || live) participantId(cookies, url);
  if (live)
    return {
      code,
      set: null,
      codeError: null,
      live: { title: live.setTitle, questionCount: live.questionCount }
    };
  if (!set) return { code, set: null, live: null, codeError: noSuchCode(code) };
  return {
    code,
    codeError: null,
    live: null,
    set: {
      title: set.title,
      instructions: set.instructions,
      questionCount: questionsPerStudent(set.questions, set.settings),
      timeLimitMinutes: set.settings.timeLimitMinutes,
      feedback: set.settings.feedback,
      attemptsAllowed: set.settings.attemptsAllowed
    }
  };
};

export const actions: Actions = {
  default: async (event) => {
    const { request } = event;
    const form = Object.fromEntries(await request.formData());
    const parsed = JoinForm.safeParse({ code: form.code ?? '', name: form.name ?? '' });
    const name = typeof form.name === 'string' ? form.name : '';
    const values = { name };
    if (!parsed.success) return refuse(400, { fields: zodFieldErrors(parsed.error, inputIds), values });
    const joins = await takeClientSlot(event, joinsPerClient);
    if (!joins.taken) {
      const message = tooMany(event, 'Too many joins from your network', joins.retryAfterSeconds);
      return refuse(429, { fields: { 'join-code': [message] }, values });
    }
    const code = normalizeJoinCode(parsed.data.code);
    const { refusal, set, live } = await findQuiz(event, code);
    if (refusal) return refuse(429, { fields: { 'join-code': [refusal] }, values });
    if (live) return joinLive(event, live.id, parsed.data.name, values);
    if (!set) return refuse(400, { fields: { 'join-code': [noSuchCode(code)] }, values });

    const seed = newSeed();
    try {
      return await startAttemptForBrowser(event, {
        setId: set.id,
        articleId: set.articleId,
        studentName: parsed.data.name,
        seed,
        questions: drawSetQuestions(set.questions, set.settings, seed)
      });
    } catch (failure) {
      if (isStorageError(failure))
        return refuse(400, { fields: { 'join-code': [plainRefusal(failure)] }, values });
      throw failure;
    }
  }
};

/** Joins a live session (or rejoins it, from the same browser under the same name) and goes to its page. */
async function joinLive(
  event: RequestEvent,
  sessionId: string,
  studentName: string,
  values: { name: string }
) {
  const { cookies, url, locals } = event;
  let joined;
  try {
    joined = await joinLiveSession(locals.db, {
      sessionId,
      studentName,
      participantId: participantId(cookies, url)
    });
  } catch (failure) {
    if (isStorageError(failure))
      return refuse(400, { fields: { 'join-code': [plainRefusal(failure)] }, values });
    throw failure;
  }
  grantAttemptAccess(cookies, url, joined.attempt, joined.accessToken);
  redirect(303, livePath(joined.attempt));
}
