import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { demoJoinCode, fillSomeAnswer, goToNextQuestion, joinQuiz } from './quiz-helpers.ts';
import { createQuiz, signUp } from './teacher-helpers.ts';

test('a student joins the class quiz with its code and name, answers on one page and hands in', async ({
  page,
  javaScriptEnabled
}) => {
  test.setTimeout(90_000);
  const code = await demoJoinCode(page);
  await expectNoAxeViolations(page, javaScriptEnabled);
  // Typed the way students type it.
  await page.getByLabel('Code from your teacher').fill(`${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`);
  await page.getByRole('button', { name: 'Join', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kerman attack: class demo');
  await expect(page.getByText('8 questions')).toBeVisible();
  await expect(page.getByText('15 minutes once you start')).toBeVisible();
  await expectNoAxeViolations(page, javaScriptEnabled);

  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(page.getByText('Enter the name your teacher will see.')).toBeVisible();
  await page.getByLabel('Your name, as your teacher will see it').fill('Sara K.');
  await page.getByRole('button', { name: 'Start the quiz' }).click();

  await expect(page).toHaveURL(/\/attempts\/[\w-]+$/);
  const questions = page.locator('fieldset.question');
  await expect(questions).toHaveCount(8);
  // Without JavaScript the time left in words: a clock time would be in the server's time zone.
  await expect(
    page.getByText(
      javaScriptEnabled ? /Time left: \d+:\d\d/ : /^About 1[45] minutes left when this page loaded\.$/
    )
  ).toBeVisible();
  await expectNoAxeViolations(page, javaScriptEnabled);

  for (const question of (await questions.all()).slice(0, 4)) await fillSomeAnswer(question);
  const answersShown = () =>
    page
      .locator('form.question-form')
      .evaluate((form: HTMLFormElement) =>
        [...new FormData(form)].map(([name, value]) => `${name}=${value}`)
      );
  const typed = await answersShown();
  await page.getByRole('button', { name: 'Save my answers' }).click();
  await expect(page.getByText('Your answers are saved.')).toBeVisible();
  await expect(page.getByText('4 of 8 answered')).toBeVisible();
  // The saved answers stay on the page, as the student gave them.
  expect(await answersShown()).toEqual(typed);
  // Feedback comes at the end: nothing of the answers shows before handing in.
  await expect(page.locator('div.feedback')).toHaveCount(0);

  await page.getByRole('button', { name: 'Hand in and see my results' }).click();
  await expect(page).toHaveURL(/\/results$/);
  await expect(page.getByText('Sara K., you answered 4 of 8 questions.')).toBeVisible();
  await expect(page.locator('.review-item div.feedback')).toHaveCount(8);
  await expect(page.getByRole('heading', { level: 3, name: /Not answered/ })).toHaveCount(4);
  await expectNoAxeViolations(page, javaScriptEnabled);
});

test('an unknown code says so and starts nothing', async ({ page }) => {
  await page.goto('/join?code=ZZZZZZ');
  await expect(page.getByRole('alert')).toHaveText(/No open quiz has the code ZZZZZZ/);
  await expect(page.getByLabel('Code from your teacher')).toHaveAttribute('aria-invalid', 'true');
});

test('a forged join post with an unknown code gets a message, not an attempt', async ({ page }) => {
  await page.goto('/join');
  const response = await page.request.post('/join', {
    form: { code: 'BCDFGH', name: 'Mallory' },
    headers: { origin: new URL(page.url()).origin, accept: 'text/html' }
  });
  expect(response.status()).toBe(400);
  expect(await response.text()).toContain('No open quiz has the code BCDFGH');
});

test('joining again in the same browser under the same name continues the open attempt, answers and all', async ({
  page
}) => {
  const code = await demoJoinCode(page);
  await joinQuiz(page, code, 'Sam R.');
  const attemptUrl = page.url();
  await fillSomeAnswer(page.locator('fieldset.question').first());
  await page.getByRole('button', { name: 'Save my answers' }).click();
  await expect(page.getByText('1 of 8 answered')).toBeVisible();

  // The link again, as a student does after closing the tab.
  await joinQuiz(page, code, 'sam r.');
  expect(page.url()).toBe(attemptUrl);
  await expect(page.getByText('1 of 8 answered')).toBeVisible();

  // Someone else at the same computer gets a quiz of their own.
  await joinQuiz(page, code, 'Lena');
  expect(page.url()).not.toBe(attemptUrl);
  await expect(page.getByText('0 of 8 answered')).toBeVisible();
});

test('the next question starts blank, whatever was chosen on the one before', async ({ page, browser }) => {
  await signUp(page, 'Ms. Blank');
  await createQuiz(page, 'Two of a kind', 2);
  await page.getByRole('button', { name: 'Publish' }).click();
  const code = (await page.locator('.panel strong.code').textContent())!;
  const student = await browser.newContext({ javaScriptEnabled: test.info().project.use.javaScriptEnabled });
  try {
    const studentPage = await student.newPage();
    await joinQuiz(studentPage, code, 'Nima');
    await studentPage.getByRole('radio', { name: 'True' }).check();
    await studentPage.getByRole('button', { name: 'Check my answer' }).click();
    await expect(studentPage.locator('div.feedback')).toBeVisible();
    await goToNextQuestion(studentPage, 2);
    await expect(studentPage.getByRole('radio', { name: 'True' })).not.toBeChecked();
    await expect(studentPage.getByRole('radio', { name: 'False' })).not.toBeChecked();
  } finally {
    await student.close();
  }
});

test('a set that allows one attempt allows one per name, whatever the browser: clearing cookies gives no second @once', async ({
  page,
  browser
}) => {
  await signUp(page, 'Ms. Limit');
  const setUrl = await createQuiz(page, 'One go', 1);
  await page.getByLabel('Attempts allowed (empty for any number)').fill('1');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.getByRole('button', { name: 'Publish' }).click();
  const code = (await page.locator('.panel strong.code').textContent())!;

  const first = await browser.newContext();
  const fresh = await browser.newContext();
  try {
    const firstPage = await first.newPage();
    await joinQuiz(firstPage, code, 'Ava Li');
    await firstPage.getByRole('radio', { name: 'True' }).check();
    await firstPage.getByRole('button', { name: 'Check my answer' }).click();
    await expect(firstPage.locator('div.feedback')).toBeVisible();

    // A browser with none of the first one's cookies, and the name typed another way.
    const freshPage = await fresh.newPage();
    await freshPage.goto(`/join?code=${code}`);
    await freshPage.getByLabel('Your name, as your teacher will see it').fill('  ava   LI ');
    await freshPage.getByRole('button', { name: 'Start the quiz' }).click();
    await expect(freshPage.getByRole('alert')).toHaveText(/allows 1 attempt, and all have been used/);
    await expect(freshPage).toHaveURL(/\/join/);

    // Another name is another student.
    await joinQuiz(freshPage, code, 'Bo Chen');
  } finally {
    await first.close();
    await fresh.close();
  }
  // The teacher is told what the limit holds to, and what it cannot.
  await page.goto(setUrl);
  await expect(page.locator('#attempts-note')).toHaveText(/^Counted by name.*another name/);
});

test('a draw larger than the set is refused by name, and the join page counts the questions a student will get', async ({
  page
}) => {
  await signUp(page, 'Mr. Draw');
  await createQuiz(page, 'Small set, big draw', 2);
  const draw = page.getByLabel('Questions drawn per student (empty for all)');
  await draw.fill('100');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Questions drawn: The quiz has 2 questions: draw at most 2')).toBeVisible();
  await expect(draw).toHaveAttribute('aria-invalid', 'true');
  await draw.fill('2');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  // A question removed after the draw was set: the student is promised the one question left.
  await page.getByRole('button', { name: 'Remove question 2' }).click();
  await expect(page.getByRole('button', { name: 'Remove question 2' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Publish' }).click();
  const code = (await page.locator('.panel strong.code').textContent())!;
  await page.goto(`/join?code=${code}`);
  await expect(page.getByText('1 question to answer', { exact: true })).toBeVisible();
  await expect(page.getByText('2 questions')).toHaveCount(0);
});
