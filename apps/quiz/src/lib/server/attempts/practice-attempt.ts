import { error, type RequestEvent } from '@sveltejs/kit';
import type { FactBase } from '@newsquiz/facts';
import { practiceStartsPerClient } from '$lib/server/platform/limits';
import { takeClientSlot, tooMany } from '$lib/server/platform/rate-limit';
import { drawPracticeQuestions, newSeed, practiceSettings } from './quiz-draw';
import { startAttemptForBrowser } from './start-attempt';

/**
 * Starts a practice quiz on the article for this browser and sends the student to it; a 429 when its
 * address has started too many this hour. The form lives on another page, so the refusal is a page of its
 * own rather than the form shown again.
 */
export async function startPracticeAttempt(
  event: Pick<RequestEvent, 'locals' | 'cookies' | 'url' | 'getClientAddress' | 'setHeaders' | 'request'>,
  facts: FactBase
): Promise<never> {
  const slot = await takeClientSlot(event, practiceStartsPerClient);
  if (!slot.taken) {
    error(429, tooMany(event, 'Too many practice quizzes started from your network', slot.retryAfterSeconds));
  }
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
