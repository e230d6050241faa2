import { redirect } from '@sveltejs/kit';
import { startAttempt } from '@newsquiz/db';
import { getFactBase } from '$lib/server/articles';
import { grantAttemptAccess, participantId } from '$lib/server/attempt-access';
import { getDatabase } from '$lib/server/database';
import { drawPracticeQuestions, newSeed, practiceSettings } from '$lib/server/quiz-draw';
import type { Actions, PageServerLoad } from './$types';

// The practice quiz starts from a button on the home page; a plain visit goes there.
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  default: async ({ cookies, url }) => {
    const facts = getFactBase();
    const seed = newSeed();
    const { db } = await getDatabase();
    const { attempt, accessToken } = await startAttempt(db, {
      setId: null,
      articleId: facts.article.id,
      studentName: 'Practice',
      participantId: participantId(cookies, url),
      seed,
      settings: practiceSettings,
      questions: drawPracticeQuestions(facts, seed)
    });
    grantAttemptAccess(cookies, url, attempt.id, accessToken);
    redirect(303, `/attempts/${attempt.id}`);
  }
};
