import { expect, test, type Response } from '@playwright/test';
import { currentQuestion, fillSomeAnswer, goToNextQuestion, startPractice } from './quiz-helpers.ts';

type Captured = { url: string; answeredBefore: number; text: string };

/** Letters and digits only, so that HTML escaping and JSON quoting cannot hide a match. */
const plain = (text: string) =>
  text
    .toLowerCase()
    .replace(/&#?\w+;/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

test('nothing sent to the browser reveals a question’s answer or explanation before it is answered', async ({
  page
}) => {
  test.setTimeout(120_000);
  let answered = 0;
  const pending: Promise<Captured>[] = [];
  page.on('response', (response: Response) => {
    const answeredBefore = answered;
    pending.push(
      (async () => {
        const headers = JSON.stringify(await response.allHeaders());
        // Redirects have no body to read.
        const body =
          response.status() >= 300 && response.status() < 400 ? '' : await response.text().catch(() => '');
        return { url: response.url(), answeredBefore, text: `${headers}\n${body}` };
      })()
    );
  });

  await startPractice(page);
  for (let number = 1; number <= 10; number += 1) {
    await fillSomeAnswer(currentQuestion(page));
    // Everything that arrived before this click counts as "before the answer".
    await page.waitForLoadState('networkidle');
    answered = number;
    await page.getByRole('button', { name: 'Check my answer' }).click();
    await expect(page.locator('div.feedback')).toBeVisible();
    if (number < 10) await goToNextQuestion(page, number + 1);
  }
  await page.getByRole('button', { name: 'Finish and see my results' }).click();
  await expect(page.locator('.review-item')).toHaveCount(10);
  const explanations = await page.locator('.review-item .explanation').allTextContents();
  expect(explanations).toHaveLength(10);

  const captured = await Promise.all(pending);
  expect(captured.length).toBeGreaterThan(10);
  const pages = captured.filter((c) => !/\.(js|css)(\?|$)/.test(new URL(c.url).pathname));
  for (const { url, text } of pages.filter((c) => c.answeredBefore === 0)) {
    expect(text, url).not.toMatch(/"key"|"explanation"|"evidence"|"factIds"/);
  }
  for (const [index, explanation] of explanations.entries()) {
    const secret = plain(explanation);
    for (const { url, text } of captured.filter((c) => c.answeredBefore <= index)) {
      expect(plain(text).includes(secret), `question ${index + 1}'s explanation in ${url}`).toBe(false);
    }
  }
});
