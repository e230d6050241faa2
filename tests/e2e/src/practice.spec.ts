import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import {
  currentQuestion,
  demoJoinCode,
  fillSomeAnswer,
  goToNextQuestion,
  questionTypes,
  startPractice
} from './quiz-helpers.ts';

test('a practice quiz of mixed question types goes from start to results with feedback after each answer', async ({
  page,
  javaScriptEnabled
}) => {
  test.setTimeout(120_000);
  await startPractice(page);
  const seen = new Set<string>();
  for (let number = 1; number <= 10; number += 1) {
    await expect(page.getByText(`Question ${number} of 10`, { exact: false }).first()).toBeVisible();
    const type = await fillSomeAnswer(currentQuestion(page));
    seen.add(type);
    if (number === 1) await expectNoAxeViolations(page, javaScriptEnabled);
    await page.getByRole('button', { name: 'Check my answer' }).click();

    const feedback = page.locator('div.feedback');
    await expect(feedback.getByRole('heading')).toHaveText(/Right|Not quite|Partly right/);
    if (type === 'evidence-selection') {
      // Graded by the server against the evidence: right exactly when the paragraph chosen is the one cited.
      const chosen = await currentQuestion(page)
        .getByRole('radio', { checked: true })
        .locator('..')
        .innerText();
      // Every paragraph that says so is named, each with its words: any of them is right.
      const cited = [...(await feedback.innerText()).matchAll(/paragraph (\d+): /g)].map((match) => match[1]);
      expect(cited.length).toBeGreaterThan(0);
      const right = cited.some((number) => chosen.startsWith(`Paragraph ${number}.`));
      await expect(feedback.getByRole('heading')).toHaveText(right ? /Right$/ : /Not quite$/);
    }
    // A matching states the answer pair by pair: each right, or wrong with its match.
    await expect(feedback).toContainText(type === 'matching' ? /Right:|The match:/ : /The answers?:/);
    await expect(feedback.getByRole('link', { name: /Read it in the article/ }).first()).toBeVisible();
    // The answer is final: the inputs are locked and there is nothing to submit again.
    await expect(currentQuestion(page).locator('input, select').first()).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Check my answer' })).toHaveCount(0);
    if (number === 1) await expectNoAxeViolations(page, javaScriptEnabled);

    if (number < 10) await goToNextQuestion(page, number + 1);
  }
  // A draw mixes types, though not every one: each type with ten questions or more is in every draw (three
  // in the Kerman bank), and a type with fewer sits some draws out so that its few spread.
  expect([...seen].filter((type) => !new Set<string>(questionTypes).has(type))).toEqual([]);
  expect(seen.size).toBeGreaterThanOrEqual(3);

  await page.getByRole('button', { name: 'Finish and see my results' }).click();
  await expect(page).toHaveURL(/\/results$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your results');
  await expect(page.locator('.score')).toContainText('out of 10');
  await expect(page.locator('.review-item')).toHaveCount(10);
  await expect(page.locator('.review-item div.feedback')).toHaveCount(10);
  await expectNoAxeViolations(page, javaScriptEnabled);

  await page.getByRole('button', { name: 'Try again with new questions' }).click();
  await expect(page).toHaveURL(/\/attempts\/[\w-]+\/1$/);
  await expect(page.getByText('0 of 10 answered')).toBeVisible();
});

test('a missing answer gets a clear message and nothing is recorded', async ({ page }) => {
  await startPractice(page);
  const type = await currentQuestion(page).getAttribute('data-question-type');
  // Browsers would stop the empty form themselves; post it as a forged form would be.
  const response = await page.request.post(page.url(), {
    form: type === 'ordering' ? { 'position-a': '9' } : {},
    headers: { origin: new URL(page.url()).origin, accept: 'text/html' }
  });
  expect(response.status()).toBe(400);
  expect(await response.text()).toMatch(/Choose|Enter|Type|a place from 1 to/);
  await page.reload();
  await expect(page.getByText('0 of 10 answered')).toBeVisible();
});

test('an evidence link in the feedback opens the reader with the quote highlighted', async ({ page }) => {
  await startPractice(page);
  await fillSomeAnswer(currentQuestion(page));
  await page.getByRole('button', { name: 'Check my answer' }).click();
  const link = page
    .locator('div.feedback')
    .getByRole('link', { name: /Read it in the article/ })
    .first();
  const quote = (await page.locator('.evidence-quote p').first().textContent())!.replace(/^“|”$/g, '');
  await link.click();
  await expect(page).toHaveURL(/\/articles\/kerman-2024\?evidence=p\d+&quote=/);
  await expect(page.locator('mark').first()).toHaveText(quote);
});

test('a reload or a new visit continues the same attempt with its answers', async ({ page }) => {
  await startPractice(page);
  const attemptUrl = page.url().replace(/\/1$/, '');
  await fillSomeAnswer(currentQuestion(page));
  await page.getByRole('button', { name: 'Check my answer' }).click();
  await expect(page.locator('div.feedback')).toBeVisible();

  await page.reload();
  await expect(page.locator('div.feedback')).toBeVisible();
  await page.goto('/');
  await page.getByRole('link', { name: 'Continue where you left off' }).click();
  await expect(page).toHaveURL(`${attemptUrl}/2`);
  await expect(page.getByText('1 of 10 answered')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Question 1, answered' })).toBeVisible();
});

test('another browser cannot open an attempt, even with its address', async ({ page, browser }) => {
  await startPractice(page);
  const stranger = await browser.newContext();
  try {
    const response = await (await stranger.newPage()).goto(page.url());
    expect(response?.status()).toBe(404);
  } finally {
    await stranger.close();
  }
});

test('no student page scrolls sideways on a 360 px phone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 740 });
  const expectNoSidewaysScroll = async (what: string) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth), what).toBeLessThanOrEqual(360);

  for (const path of [
    '/',
    '/articles/kerman-2024',
    '/articles/harbor-bridge-2025',
    '/join',
    '/join?code=ZZZZZZ'
  ]) {
    await page.goto(path);
    await expectNoSidewaysScroll(path);
  }
  await startPractice(page);
  for (let number = 1; number <= 10; number += 1) {
    const type = await fillSomeAnswer(currentQuestion(page));
    await expectNoSidewaysScroll(`question ${number} (${type})`);
    await page.getByRole('button', { name: 'Check my answer' }).click();
    await expect(page.locator('div.feedback')).toBeVisible();
    await expectNoSidewaysScroll(`feedback on question ${number} (${type})`);
    if (number < 10) await goToNextQuestion(page, number + 1);
  }
  await page.getByRole('button', { name: 'Finish and see my results' }).click();
  await expect(page.locator('.review-item')).toHaveCount(10);
  await expectNoSidewaysScroll('results');

  await page.goto(`/join?code=${await demoJoinCode(page)}`);
  await expectNoSidewaysScroll('join');
  await page.getByLabel('Your name, as your teacher will see it').fill('Sara');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(page.locator('fieldset.question')).toHaveCount(8);
  await expectNoSidewaysScroll('all questions on one page');
});
