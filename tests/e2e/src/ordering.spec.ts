import { expect, test, type Browser, type Page } from '@playwright/test';
import { currentQuestion, joinQuiz } from './quiz-helpers.ts';
import { createQuiz, signUp } from './teacher-helpers.ts';

const layouts = ['one-per-page', 'all-on-one-page'] as const;
type Layout = (typeof layouts)[number];

/** A teacher's published quiz of one timeline (ordering) question in this layout; returns its join code. */
async function publishTimeline(page: Page, layout: Layout): Promise<string> {
  await signUp(page, 'Ms. Timeline');
  await createQuiz(page, 'Timeline quiz', 1, { label: 'Ordering', value: 'ordering' });
  await page.getByLabel('Layout').selectOption(layout);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Publish' }).click();
  return (await page.locator('.panel strong.code').textContent())!;
}

async function studentPage(browser: Browser, javaScriptEnabled: boolean, code: string) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await joinQuiz(page, code, 'Tomas');
  const question = currentQuestion(page).first();
  await expect(question).toHaveAttribute('data-question-type', 'ordering');
  // The page's script is ready once it has added the move buttons.
  if (javaScriptEnabled) await expect(question.locator('button[data-move]').first()).toBeVisible();
  return { context, page, question };
}

/** Sends the answer as the layout asks and waits for the page that shows it stored. */
async function sendAnswer(page: Page, layout: Layout): Promise<void> {
  if (layout === 'one-per-page') {
    await page.getByRole('button', { name: 'Check my answer' }).click();
    await expect(page.locator('div.feedback')).toBeVisible();
  } else {
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await expect(page.getByText('Your answers are saved.')).toBeVisible();
  }
}

const labelsOf = (question: ReturnType<typeof currentQuestion>) =>
  question.locator('.order-item label').allTextContents();
const placesOf = (question: ReturnType<typeof currentQuestion>) =>
  question
    .locator('.order-item select')
    .evaluateAll((selects) => selects.map((select) => (select as HTMLSelectElement).value));

for (const layout of layouts) {
  test(`a student gives each row its place from the top row down, and the order kept is the one chosen (${layout})`, async ({
    page,
    browser,
    javaScriptEnabled
  }) => {
    test.setTimeout(60_000);
    const code = await publishTimeline(page, layout);
    const { context, page: student, question } = await studentPage(browser, javaScriptEnabled, code);
    try {
      const shown = await labelsOf(question);
      const count = shown.length;
      // The student reverses the list: row 1 goes last, row 2 next to last, and so on.
      for (let row = 0; row < count; row += 1) {
        await question
          .locator('.order-item select')
          .nth(row)
          .selectOption(String(count - row));
        // The rows stay where they are while the student works down them.
        expect(await labelsOf(question)).toEqual(shown);
        if (javaScriptEnabled) {
          // Every menu shows its item's place in the order as it now is: each place once.
          const places = (await placesOf(question)).map(Number).sort((a, b) => a - b);
          expect(places).toEqual(shown.map((_, index) => index + 1));
          expect((await placesOf(question))[row]).toBe(String(count - row));
        }
      }
      await sendAnswer(student, layout);
      const stored = currentQuestion(student).first();
      expect(await labelsOf(stored)).toEqual([...shown].reverse());
      expect(await placesOf(stored)).toEqual(shown.map((_, index) => String(index + 1)));
    } finally {
      await context.close();
    }
  });

  test(`a student who gives only the top row a new place gets that order, not a refusal (${layout})`, async ({
    page,
    browser,
    javaScriptEnabled
  }) => {
    test.setTimeout(60_000);
    const code = await publishTimeline(page, layout);
    const { context, page: student, question } = await studentPage(browser, javaScriptEnabled, code);
    try {
      const shown = await labelsOf(question);
      // Without JavaScript the last row's menu still shows the place the top row now takes.
      await question.getByLabel(shown[0]!, { exact: true }).selectOption(String(shown.length));
      await sendAnswer(student, layout);
      await expect(student.getByText('Use each position once.')).toHaveCount(0);
      const stored = currentQuestion(student).first();
      expect(await labelsOf(stored)).toEqual([...shown.slice(1), shown[0]]);
      expect(await placesOf(stored)).toEqual(shown.map((_, index) => String(index + 1)));
    } finally {
      await context.close();
    }
  });
}
