import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { currentQuestion, fillSomeAnswer, joinQuiz, startPractice } from './quiz-helpers.ts';
import { createQuiz, signUp } from './teacher-helpers.ts';

test('a page that does not exist has a title and leads on to the home page, the reader and joining', async ({
  page,
  javaScriptEnabled
}) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle('Page not found · Newsquiz');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'The home page' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Read the article' })).toBeVisible();
  await expectNoAxeViolations(page, javaScriptEnabled);
  await page.getByRole('link', { name: 'Join a class quiz with a code' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Join a class quiz');
  await page.goBack();
  await page.getByRole('link', { name: 'Read the article' }).click();
  await expect(page).toHaveURL(/\/articles\/kerman-2024$/);
});

test('a 404 the app raises keeps its own message under the title', async ({ page }) => {
  const response = await page.goto('/articles/no-such-article');
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle('Page not found · Newsquiz');
  await expect(page.getByText('There is no article with that name.')).toBeVisible();
});

test('finding a quiz with the code box left empty says the code is missing', async ({
  page,
  javaScriptEnabled
}) => {
  await page.goto('/join');
  // A plain visit asks for nothing yet.
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: 'Find the quiz' }).click();
  await expect(page.getByRole('alert')).toHaveText('Enter the code your teacher gave you.');
  await expect(page.getByLabel('Code from your teacher')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, javaScriptEnabled);
});

test('matching feedback marks each pair, gives the match where it was wrong, and partly right has its own mark', async ({
  page,
  browser,
  javaScriptEnabled
}) => {
  test.setTimeout(90_000);
  await signUp(page, 'Mr. Pairs');
  await createQuiz(page, 'Who said it', 1, { label: 'Matching', value: 'matching' });
  const key = (await page.locator('.set-questions p.hint').first().textContent())!.replace(/^Answer: /, '');
  await page.getByRole('button', { name: 'Publish' }).click();
  const code = (await page.locator('.panel strong.code').textContent())!;
  const context = await browser.newContext({ javaScriptEnabled });
  try {
    const student = await context.newPage();
    await joinQuiz(student, code, 'Ines');
    const question = currentQuestion(student);
    const prompts = await question.locator('.match-row label').allTextContents();
    const matchOf = (prompt: string) =>
      key
        .split('; ')
        .find((pair) => pair.startsWith(`${prompt}: `))!
        .slice(prompt.length + 2);
    // The first prompt gets its match; every other prompt gets the first prompt's match, which is wrong.
    const selects = question.getByRole('combobox');
    for (const index of prompts.keys())
      await selects.nth(index).selectOption({ label: matchOf(prompts[0]!) });
    await student.getByRole('button', { name: 'Check my answer' }).click();

    const feedback = student.locator('div.feedback');
    await expect(feedback).toHaveClass(/partly/);
    await expect(feedback.getByRole('heading', { level: 2 })).toHaveText('◐ Partly right');
    const pairs = feedback.locator('.pairs li');
    await expect(pairs).toHaveCount(prompts.length);
    await expect(pairs.first()).toContainText(`Right: ${prompts[0]}: ${matchOf(prompts[0]!)}`);
    for (const [index, prompt] of prompts.entries()) {
      if (index === 0) continue;
      await expect(pairs.nth(index)).toContainText(`Wrong: ${prompt}: ${matchOf(prompts[0]!)}`);
      await expect(pairs.nth(index)).toContainText(`The match: ${matchOf(prompt)}`);
    }
    await expectNoAxeViolations(student, javaScriptEnabled);
  } finally {
    await context.close();
  }
});

test('after feedback the next question is one Tab away, and the folded review of a practice quiz scans', async ({
  page,
  javaScriptEnabled
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await startPractice(page);
  for (let number = 1; number <= 10; number += 1) {
    await fillSomeAnswer(currentQuestion(page));
    await page.getByRole('button', { name: 'Check my answer' }).click();
    await expect(page.locator('div.feedback')).toBeFocused();
    if (number === 10) break;
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Next question →' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${number + 1}$`));
  }
  await page.getByRole('button', { name: 'Finish and see my results' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your results');

  const items = page.locator('.review-item details');
  await expect(items).toHaveCount(10);
  for (const item of await items.all()) await expect(item).not.toHaveAttribute('open');
  // Each folded item shows its number, verdict and stem.
  await expect(page.locator('.review-item summary').first()).toContainText(
    /Question 1\. (✓ Right|◐ Partly right|✗ Not quite)\./
  );
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThan(2500);
  await expectNoAxeViolations(page, javaScriptEnabled);

  await page.locator('.review-item summary').first().click();
  await expect(items.first()).toHaveAttribute('open');
  await expect(items.first().locator('div.feedback .explanation')).toBeVisible();
});

test('the reader numbers its paragraphs as the feedback cites them, and names each number for people', async ({
  page,
  javaScriptEnabled
}) => {
  await page.goto('/articles/kerman-2024');
  const number = page.getByRole('link', { name: 'Paragraph 22 in the article', exact: true });
  await expect(number).toHaveText('22');
  await expect(number).toHaveAttribute('href', '#p22');
  await expect(page.locator('#p22')).toContainText('ISIS-K first emerged in Afghanistan');
  await expect(page.getByRole('link', { name: /Link to paragraph/ })).toHaveCount(0);
  await expectNoAxeViolations(page, javaScriptEnabled);
});

test('the home page dresses only its links as links', async ({ page }) => {
  await page.goto('/');
  const colour = (locator: ReturnType<Page['locator']>) =>
    locator.evaluate((element) => getComputedStyle(element).color);
  const link = await colour(page.getByRole('link', { name: 'Read the article' }));
  for (const title of ['Practice quiz', 'Join your class quiz']) {
    const heading = page.getByRole('heading', { level: 3, name: title });
    await expect(heading).toBeVisible();
    expect(await colour(heading)).not.toBe(link);
    expect(await colour(heading)).toBe(await colour(page.getByRole('heading', { level: 1 })));
  }
});
