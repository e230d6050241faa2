import type { RequestEvent } from '@sveltejs/kit';
import type { FactBase } from '@newsquiz/facts';
import { drawPracticeQuestions, newSeed, practiceSettings } from './quiz-draw';
import { startAttemptForBrowser } from './start-attempt';

/** Starts a practice quiz on the article for this browser and sends the student to it. */
export function startPracticeAttempt(
  event: Pick<RequestEvent, 'locals' | 'cookies' | 'url'>,
  facts: FactBase
): Promise<never> {
  const seed = newSeed();
  return startAttemptForBrowser(event, {
    setId: null,
    articleId: facts.article.id,
    studentName: 'Practice',
    seed,
    settings: practiceSettings,
    questions: drawPracticeQuestions(facts, seed)
  });
}
