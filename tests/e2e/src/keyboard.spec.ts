import { expect, test, type Page } from '@playwright/test';
import { currentQuestion, joinQuiz } from './quiz-helpers.ts';
import { createQuiz, signUp } from './teacher-helpers.ts';

/**
 * Presses Tab until the focused element matches the CSS selector (and, if given, has that text), as a
 * keyboard user would; fails after `limit` presses.
 */
async function tabTo(page: Page, selector: string, text?: string, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(
      ([css, label]) => {
        const element = document.activeElement;
        return (
          element !== null &&
          element.matches(css) &&
          (label === null || element.textContent?.trim() === label)
        );
      },
      [selector, text ?? null] as const
    );
    if (found) return;
  }
  throw new Error(`no focusable ${selector} ${text ?? ''} within ${limit} presses of Tab`);
}

/** Answers the focused question with the keyboard only; its first input must be reachable by Tab. */
async function answerByKeyboard(page: Page): Promise<void> {
  const type = await currentQuestion(page).getAttribute('data-question-type');
  await tabTo(page, 'fieldset.question *');
  switch (type) {
    case 'single-choice':
    case 'true-false':
    case 'multiple-response':
    case 'evidence-selection':
      await page.keyboard.press('Space');
      break;
    case 'numeric':
      await page.keyboard.type('84');
      break;
    case 'short-answer':
    case 'cloze':
      await page.keyboard.type('Islamic State');
      break;
    case 'matching': {
      const selects = await currentQuestion(page).getByRole('combobox').count();
      for (let row = 0; row < selects; row += 1) {
        if (row > 0) await tabTo(page, 'fieldset.question select');
        await page.keyboard.press('ArrowDown');
      }
      break;
    }
    case 'ordering':
      break;
    default:
      throw new Error(`no keyboard answer for the question type "${type}"`);
  }
  await tabTo(page, 'button', 'Check my answer');
  await page.keyboard.press('Enter');
}

test('a whole practice quiz can be done with the keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await tabTo(page, 'button', 'Start a practice quiz');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/attempts\/[\w-]+\/1$/);

  for (let number = 1; number <= 10; number += 1) {
    await answerByKeyboard(page);
    const feedback = page.locator('div.feedback');
    await expect(feedback).toBeVisible();
    // With or without JavaScript, the page that shows the verdict puts the keyboard on it.
    await expect(feedback).toBeFocused();
    if (number < 10) {
      await tabTo(page, 'a', 'Next question →');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${number + 1}$`));
    }
  }
  await tabTo(page, 'button', 'Finish and see my results');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your results');
});

test('with JavaScript, the order of a timeline can be changed with the move buttons @js-only', async ({
  page,
  browser
}) => {
  // A practice draw need not hold a timeline (there are few, so each sits most draws out): a teacher sets one.
  await signUp(page, 'Ms. Timeline');
  await createQuiz(page, 'Timeline quiz', 1, { label: 'Ordering', value: 'ordering' });
  await page.getByRole('button', { name: 'Publish' }).click();
  const code = (await page.locator('.panel strong.code').textContent())!;
  const student = await browser.newContext({ javaScriptEnabled: true });
  try {
    const studentPage = await student.newPage();
    await joinQuiz(studentPage, code, 'Tomas');
    const question = currentQuestion(studentPage);
    await expect(question).toHaveAttribute('data-question-type', 'ordering');
    const labels = () => question.locator('.order-item label').allTextContents();
    const before = await labels();
    await question.getByRole('button', { name: `Move “${before[1]}” up` }).focus();
    await studentPage.keyboard.press('Enter');
    expect(await labels()).toEqual([before[1], before[0], ...before.slice(2)]);
    await expect(question.getByRole('combobox').first()).toHaveValue('1');
    // At the top the item can go no higher: the keyboard moves to its other button, not to the page.
    await expect(question.getByRole('button', { name: `Move “${before[1]}” up` })).toBeDisabled();
    await expect(question.getByRole('button', { name: `Move “${before[1]}” down` })).toBeFocused();
  } finally {
    await student.close();
  }
});

test('a teacher reorders a quiz by keyboard alone, and the keyboard stays with the moved question', async ({
  page,
  javaScriptEnabled
}) => {
  await signUp(page, 'Mr. Keys');
  await createQuiz(page, 'Keyboard quiz', 3);
  const stems = () => page.locator('.set-questions > li > p:first-child').allTextContents();
  const [first, second, third] = await stems();

  await tabTo(page, '[aria-label="Move question 3 up"]');
  await page.keyboard.press('Enter');
  // The status is written once the move is stored, with or without a page load.
  await expect(page.getByRole('status').filter({ hasText: 'Moved to' })).toHaveText('Moved to position 2.');
  expect(await stems()).toEqual([first, third, second]);
  // With JavaScript the keyboard stays on the moved question; without, the page loads again and the user tabs back.
  if (javaScriptEnabled)
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', 'Move question 2 up');
  else await tabTo(page, '[aria-label="Move question 2 up"]');

  await page.keyboard.press('Enter');
  // The status is written once the move is stored, with or without a page load.
  await expect(page.getByRole('status').filter({ hasText: 'Moved to' })).toHaveText('Moved to position 1.');
  expect(await stems()).toEqual([third, first, second]);
  // At the top its up arrow is off, so with JavaScript the keyboard lands on its down arrow.
  if (javaScriptEnabled)
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', 'Move question 1 down');
});
