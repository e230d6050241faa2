import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { joinQuiz } from './quiz-helpers.ts';
import { createQuiz, signUp } from './teacher-helpers.ts';

// Each test signs up a teacher and builds a quiz before the student starts: more than the default 30 s on a
// busy machine.
test.describe.configure({ timeout: 90_000 });

type Settings = {
  layout: 'one-per-page' | 'all-on-one-page';
  feedback: 'immediate' | 'end';
  minutes?: number;
};

/** Signs up a teacher, builds a quiz of two true-or-false questions with these settings and publishes it. */
async function publishQuiz(page: Page, title: string, settings: Settings): Promise<string> {
  await signUp(page, 'Ms. Timer');
  await createQuiz(page, title, 2);
  await page.getByLabel('Layout').selectOption(settings.layout);
  await page.getByLabel('Feedback').selectOption(settings.feedback);
  await page.getByLabel('Time limit in minutes (empty for none)').fill(String(settings.minutes ?? ''));
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Publish' }).click();
  return (await page.locator('.panel strong.code').textContent())!;
}

/** A student's own browser, joined to the quiz. */
async function joinAs(browser: Browser, javaScriptEnabled: boolean, code: string, name: string) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await joinQuiz(page, code, name);
  return { context, page };
}

const question = (page: Page, index: number) => page.locator('fieldset.question').nth(index);

/**
 * Without JavaScript nothing on the page knows the time: the student sends the form a moment after it is up,
 * well within the server's 30-second grace. With it, the countdown sends the form itself.
 */
async function letTimeRunOut(page: Page, javaScriptEnabled: boolean, send: () => Promise<void>) {
  if (javaScriptEnabled) return;
  await page.waitForTimeout(62_000);
  await send();
}

test.describe('a timed quiz keeps what is on the page when time runs out', () => {
  test.describe.configure({ timeout: 180_000 });

  test('all on one page: the saved answer and the one only ticked both count', async ({
    page,
    browser,
    javaScriptEnabled
  }) => {
    const code = await publishQuiz(page, 'Timed, one page', {
      layout: 'all-on-one-page',
      feedback: 'end',
      minutes: 1
    });
    const { context, page: student } = await joinAs(browser, javaScriptEnabled, code, 'Leila');
    try {
      // Without JavaScript the page says the time left in words, never a clock time in the server's zone.
      if (!javaScriptEnabled)
        await expect(student.locator('.countdown')).toHaveText('About 1 minute left when this page loaded.');
      await expectNoAxeViolations(student, javaScriptEnabled);
      await question(student, 0).getByRole('radio', { name: 'True' }).check();
      await student.getByRole('button', { name: 'Save my answers' }).click();
      await expect(student.getByRole('status')).toHaveText('Your answers are saved.');
      await question(student, 1).getByRole('radio', { name: 'False' }).check();
      await letTimeRunOut(student, javaScriptEnabled, () =>
        student.getByRole('button', { name: 'Hand in and see my results' }).click()
      );
      await expect(student).toHaveURL(/\/results\?timeout=1$/, { timeout: 90_000 });
      await expect(student.getByText('Leila, you answered 2 of 2 questions.')).toBeVisible();
      // With JavaScript the tick was saved as it was made; without, it came in the grace and says so.
      await expect(
        student.getByText(/arrived just after time was up, within the 30-second grace/)
      ).toHaveCount(javaScriptEnabled ? 0 : 1);
      await expectNoAxeViolations(student, javaScriptEnabled);
    } finally {
      await context.close();
    }
  });

  test('one question a page: the answer on screen counts', async ({ page, browser, javaScriptEnabled }) => {
    const code = await publishQuiz(page, 'Timed, one a page', {
      layout: 'one-per-page',
      feedback: 'end',
      minutes: 1
    });
    const { context, page: student } = await joinAs(browser, javaScriptEnabled, code, 'Reza');
    try {
      await question(student, 0).getByRole('radio', { name: 'True' }).check();
      await student.getByRole('button', { name: 'Save and go on' }).click();
      await expect(student).toHaveURL(/\/2$/);
      await question(student, 0).getByRole('radio', { name: 'False' }).check();
      await letTimeRunOut(student, javaScriptEnabled, () =>
        student.getByRole('button', { name: 'Save and go on' }).click()
      );
      await expect(student).toHaveURL(/\/results\?timeout=1$/, { timeout: 90_000 });
      await expect(student.getByText('Reza, you answered 2 of 2 questions.')).toBeVisible();
    } finally {
      await context.close();
    }
  });
});

test('a refused post on one page saves its valid answers and says which', async ({
  page,
  browser,
  javaScriptEnabled
}) => {
  await signUp(page, 'Mr. Numbers');
  const setUrl = await createQuiz(page, 'Numbers and facts', 1, { label: 'Number', value: 'numeric' });
  await page.getByRole('link', { name: 'Add from the bank' }).click();
  await page.getByLabel('Type').selectOption({ label: 'True or false' });
  await page.getByRole('button', { name: 'Show questions' }).click();
  await expect(page).toHaveURL(/type=true-false/);
  await page.locator('.bank-list').getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Add the ticked questions' }).first().click();
  await expect(page.locator('.bank-list').getByText('In this quiz')).toHaveCount(1);
  await page.goto(setUrl);
  await page.getByLabel('Layout').selectOption('all-on-one-page');
  await page.getByLabel('Feedback').selectOption('end');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Publish' }).click();
  const code = (await page.locator('.panel strong.code').textContent())!;

  const { context, page: student } = await joinAs(browser, javaScriptEnabled, code, 'Sara');
  try {
    const numeric = student.locator('fieldset[data-question-type="numeric"]');
    const trueFalse = student.locator('fieldset[data-question-type="true-false"]');
    const numberOf = async (fieldset: typeof numeric) =>
      (await fieldset.locator('.question-number').textContent())!.match(/\d+/)![0];
    const [numericNumber, trueFalseNumber] = [await numberOf(numeric), await numberOf(trueFalse)];
    await numeric.getByRole('textbox').fill('lots');
    await trueFalse.getByRole('radio', { name: 'True' }).check();
    await student.getByRole('button', { name: 'Hand in and see my results' }).click();
    await expect(student.getByRole('alert').first()).toHaveText(
      `Question ${numericNumber} needs another look (marked below): that answer is not saved. ` +
        `Your answer to question ${trueFalseNumber} is saved. Your quiz is not handed in yet.`
    );
    await expect(numeric.locator('p.error')).toHaveText(/^Enter the number in digits/);
    await expectNoAxeViolations(student, javaScriptEnabled);
    // The state agrees with the message: the saved answer is there after a fresh visit.
    await student.reload();
    await expect(trueFalse.getByRole('radio', { name: 'True' })).toBeChecked();
    await expect(student.locator('#progress-label')).toHaveText('1 of 2 answered');
  } finally {
    await context.close();
  }
});

test.describe('a post that changes nothing says why', () => {
  test('a changed answer after feedback at once keeps the first, and says so', async ({
    page,
    browser,
    javaScriptEnabled
  }) => {
    const code = await publishQuiz(page, 'Feedback at once', {
      layout: 'one-per-page',
      feedback: 'immediate'
    });
    const { context, page: student } = await joinAs(browser, javaScriptEnabled, code, 'Nima');
    try {
      // The question open in a second tab of the same browser, not yet answered there.
      const otherTab = await context.newPage();
      await otherTab.goto(student.url());
      await question(student, 0).getByRole('radio', { name: 'True' }).check();
      await student.getByRole('button', { name: 'Check my answer' }).click();
      await expect(student.locator('.feedback')).toBeVisible();

      await question(otherTab, 0).getByRole('radio', { name: 'False' }).check();
      await otherTab.getByRole('button', { name: 'Check my answer' }).click();
      await expect(question(otherTab, 0).locator('p.error')).toHaveText(
        'Your first answer stands: with feedback at once, an answer cannot be changed once it is checked.'
      );
      await expect(question(otherTab, 0).getByRole('radio', { name: 'True' })).toBeChecked();
      await expectNoAxeViolations(otherTab, javaScriptEnabled);
    } finally {
      await context.close();
    }
  });

  test('an answer sent after the quiz was handed in is not saved, and the results say so', async ({
    page,
    browser,
    javaScriptEnabled
  }) => {
    const code = await publishQuiz(page, 'Handed in elsewhere', {
      layout: 'all-on-one-page',
      feedback: 'end'
    });
    const { context, page: student } = await joinAs(browser, javaScriptEnabled, code, 'Mina');
    try {
      const otherTab = await context.newPage();
      await otherTab.goto(student.url());
      await otherTab.getByRole('button', { name: 'Hand in and see my results' }).click();
      await expect(otherTab).toHaveURL(/\/results$/);

      await question(student, 0).getByRole('radio', { name: 'True' }).check();
      await student.getByRole('button', { name: 'Save my answers' }).click();
      await expect(student).toHaveURL(/\/results\?refused=handed-in$/);
      await expect(student.getByRole('alert')).toHaveText(
        'This quiz was already handed in, so what you just sent was not saved. Your result is as it was handed in.'
      );
      await expect(student.getByText('Mina, you answered 0 of 2 questions.')).toBeVisible();
      await expectNoAxeViolations(student, javaScriptEnabled);
    } finally {
      await context.close();
    }
  });
});
