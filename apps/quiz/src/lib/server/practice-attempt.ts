import { type Cookies, redirect } from '@sveltejs/kit';
import { startAttempt, type Db } from '@newsquiz/db';
import type { FactBase } from '@newsquiz/facts';
import { grantAttemptAccess, participantId } from './attempt-access';
import { drawPracticeQuestions, newSeed, practiceSettings } from './quiz-draw';

/** Starts a practice quiz on the article for this browser and sends the student to it. */
export async function startPracticeAttempt(
  db: Db,
  cookies: Cookies,
  url: URL,
  facts: FactBase
): Promise<never> {
  const seed = newSeed();
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
