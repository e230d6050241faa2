import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { fillSomeAnswer } from './quiz-helpers.ts';
import { createQuiz, signUp } from './teacher-helpers.ts';

test('sign-up refuses a short password and says why', async ({ page, javaScriptEnabled }) => {
  await page.goto('/teacher');
  await expect(page).toHaveURL(/\/teacher\/login\?next=%2Fteacher$/);
  await page.getByRole('link', { name: 'Create a teacher account' }).click();
  await expectNoAxeViolations(page, javaScriptEnabled);
  await page.getByLabel('Email').fill('short@school.example');
  await page.getByLabel('Your name, as students see it').fill('Ms. Short');
  await page.getByLabel('Password (at least 10 characters)').fill('tooshort');
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page.getByText('Password must be at least 10 characters.')).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue('short@school.example');
});

test('a teacher logs out and back in; a wrong password and an unknown email get the same answer, and guessing is slowed', async ({
  page,
  javaScriptEnabled
}) => {
  const email = await signUp(page, 'Ms. Login');
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/teacher');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teacher log-in');
  await expectNoAxeViolations(page, javaScriptEnabled);

  const logIn = async (address: string, password: string) => {
    await page.getByLabel('Email').fill(address);
    await page.getByLabel('Password').fill(password);
    // The refusal reads the same each time, so wait for the server's answer rather than the text.
    const answered = page.waitForResponse((response) => response.request().method() === 'POST');
    await page.getByRole('button', { name: 'Log in' }).click();
    await answered;
  };
  const refusal = page.getByRole('alert');
  await logIn(email, 'not my password');
  await expect(refusal).toHaveText('That email and password do not match an account.');
  await expect(page.getByLabel('Email')).toHaveValue(email);
  await logIn(`unknown-${email}`, 'correct horse battery');
  await expect(refusal).toHaveText('That email and password do not match an account.');
  await logIn(email, 'correct horse battery');
  await expect(page).toHaveURL(/\/teacher$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your quizzes');

  await page.getByRole('button', { name: 'Log out' }).click();
  await page.goto('/teacher/login');
  for (let failure = 1; failure <= 5; failure += 1) {
    await logIn(email, `guess number ${failure}`);
    await expect(refusal).toHaveText('That email and password do not match an account.');
  }
  // Even the right password waits now: the form says so instead of trying it.
  await logIn(email, 'correct horse battery');
  await expect(refusal).toHaveText(/^Too many failed log-ins for this email\. Try again in 15 minutes\.$/);
  await expect(page).toHaveURL(/\/teacher\/login/);
});

test('a teacher builds and publishes a timed quiz; the server hands it in when time is up, and the teacher sees the result', async ({
  page,
  browser,
  javaScriptEnabled
}) => {
  test.setTimeout(180_000);
  await signUp(page, 'Ms. Rahimi');
  await expectNoAxeViolations(page, javaScriptEnabled);
  const setUrl = await createQuiz(page, 'Kerman: week 1', 3);

  const questions = page.locator('.set-questions .set-question');
  const second = await questions.nth(1).locator('p').first().textContent();
  await page.getByRole('button', { name: 'Move question 2 up' }).click();
  await expect(questions.first().locator('p').first()).toHaveText(second!);

  await page.getByLabel('Feedback').selectOption('end');
  await page.getByLabel('Time limit in minutes (empty for none)').fill('1');
  await page.getByLabel('Attempts allowed (empty for any number)').fill('1');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Publish' }).click();
  const code = (await page.locator('.panel strong.code').textContent())!;
  expect(code).toMatch(/^[23456789BCDFGHJKMNPQRSTVWXYZ]{6}$/);
  await expectNoAxeViolations(page, javaScriptEnabled);

  const student = await browser.newContext({ javaScriptEnabled });
  try {
    const studentPage = await student.newPage();
    await studentPage.goto(`/join?code=${code}`);
    await expect(studentPage.getByText('1 minutes once you start')).toBeVisible();
    await studentPage.getByLabel('Your name, as your teacher will see it').fill('Omid');
    await studentPage.getByRole('button', { name: 'Start the quiz' }).click();
    await expect(studentPage).toHaveURL(/\/attempts\/[\w-]+\/1$/);
    await fillSomeAnswer(studentPage.locator('fieldset.question'));
    await studentPage.getByRole('button', { name: 'Save and go on' }).click();
    await expect(studentPage).toHaveURL(/\/2$/);

    // Past the deadline the server hands the attempt in, whatever the page still shows; with JavaScript the
    // countdown takes the student there when it reaches zero.
    if (javaScriptEnabled) {
      await expect(studentPage.getByRole('timer')).toHaveText(/Time left: 0:\d\d/);
    } else {
      await studentPage.waitForTimeout(62_000);
      await studentPage.reload();
    }
    await expect(studentPage).toHaveURL(/\/results\?timeout=1$/, { timeout: 70_000 });
    await expect(studentPage.getByText('Time was up')).toBeVisible();
    await expect(studentPage.getByText('Omid, you answered 1 of 3 questions.')).toBeVisible();
    // One attempt allowed, and it is used.
    await expect(studentPage.getByRole('button', { name: 'Try again with new questions' })).toHaveCount(0);
  } finally {
    await student.close();
  }

  await page.goto(`${setUrl}/results`);
  const row = page.getByRole('row', { name: /Omid/ });
  await expect(row).toContainText(/of 3/);
  await page.goto('/teacher');
  await expect(page.getByRole('row', { name: /Kerman: week 1/ })).toContainText('Open · code');
});

test('the settings take what a quiz can store: a draw of 250 is kept, 501 is refused by name', async ({
  page
}) => {
  await signUp(page, 'Mr. Settings');
  await createQuiz(page, 'Settings quiz', 1);
  const draw = page.getByLabel('Questions drawn per student (empty for all)');
  await draw.fill('250');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.reload();
  await expect(draw).toHaveValue('250');

  await draw.fill('501');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(draw).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#draw-count-error')).toHaveText(/^Questions drawn: .*500/);
  await page.reload();
  await expect(draw).toHaveValue('250');
});
