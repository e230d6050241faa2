import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { fillSomeAnswer } from './quiz-helpers.ts';
import { createQuiz, logIn, signUp } from './teacher-helpers.ts';

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

test('signing up with an email that has an account answers as for a new one, and leaves that account as it was', async ({
  page,
  browser,
  javaScriptEnabled
}) => {
  const email = await signUp(page, 'Ms. Taken');
  const stranger = await browser.newContext({ javaScriptEnabled });
  try {
    const strangerPage = await stranger.newPage();
    const signUpAs = async (address: string) => {
      await strangerPage.goto('/teacher/signup');
      await strangerPage.getByLabel('Email').fill(address);
      await strangerPage.getByLabel('Your name, as students see it').fill('Not Ms. Taken');
      await strangerPage.getByLabel('Password (at least 10 characters)').fill('a takeover attempt');
      await strangerPage.getByRole('button', { name: 'Create my account' }).click();
      await expect(strangerPage.getByRole('heading', { level: 1 })).toHaveText('Teacher log-in');
      return {
        url: strangerPage.url(),
        text: await strangerPage.locator('main').innerText(),
        cookies: (await stranger.cookies()).map((cookie) => cookie.name)
      };
    };
    const taken = await signUpAs(email.toUpperCase());
    const fresh = await signUpAs(`fresh-${email}`);
    expect(taken).toEqual(fresh);
    expect(taken.text).toContain('If it already had one, that account is unchanged');
    expect(taken.cookies).not.toContain('nq-session');
  } finally {
    await stranger.close();
  }
  await page.getByRole('button', { name: 'Log out' }).click();
  await page.goto('/teacher/login');
  await logIn(page, email);
});

test('a teacher logs out and back in; a wrong password and an unknown email get the same answer, and guessing is slowed but never locks the owner out', async ({
  page,
  browser,
  javaScriptEnabled
}) => {
  // A dozen deliberately slow password checks, on a machine the other tests keep busy.
  test.setTimeout(90_000);
  const email = await signUp(page, 'Ms. Login');
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/teacher');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teacher log-in');
  await expectNoAxeViolations(page, javaScriptEnabled);

  const tryLogIn = async (on: Page, address: string, password: string) => {
    await on.getByLabel('Email').fill(address);
    await on.getByLabel('Password').fill(password);
    // The refusal reads the same each time, so wait for the server's answer rather than the text.
    const answered = on.waitForResponse((response) => response.request().method() === 'POST');
    await on.getByRole('button', { name: 'Log in' }).click();
    await answered;
  };
  const refusal = page.getByRole('alert');
  await tryLogIn(page, email, 'not my password');
  await expect(refusal).toHaveText('That email and password do not match an account.');
  await expect(page.getByLabel('Email')).toHaveValue(email);
  await tryLogIn(page, `unknown-${email}`, 'correct horse battery');
  await expect(refusal).toHaveText('That email and password do not match an account.');
  await tryLogIn(page, email, 'correct horse battery');
  await expect(page).toHaveURL(/\/teacher$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your quizzes');
  await page.getByRole('button', { name: 'Log out' }).click();

  // A browser that has never logged in to the account guesses: five guesses are checked, then even the
  // right password waits, and the form says so instead of trying it.
  const stranger = await browser.newContext({ javaScriptEnabled });
  try {
    const strangerPage = await stranger.newPage();
    await strangerPage.goto('/teacher/login');
    const strangerRefusal = strangerPage.getByRole('alert');
    for (let failure = 1; failure <= 5; failure += 1) {
      await tryLogIn(strangerPage, email, `guess number ${failure}`);
      await expect(strangerRefusal).toHaveText('That email and password do not match an account.');
    }
    await tryLogIn(strangerPage, email, 'correct horse battery');
    await expect(strangerRefusal).toHaveText(
      /^Too many failed log-ins for this email\. Try again in 15 minutes\.$/
    );
    await expect(strangerPage).toHaveURL(/\/teacher\/login/);
  } finally {
    await stranger.close();
  }

  // The owner's browser, which has logged in before, has its own guesses and gets in.
  await page.goto('/teacher/login');
  await logIn(page, email);
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
    await expect(studentPage.getByText('1 minute once you start')).toBeVisible();
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

test('the settings take what a quiz can store: a time limit of 600 minutes is kept, 601 is refused in words', async ({
  page
}) => {
  await signUp(page, 'Mr. Settings');
  await createQuiz(page, 'Settings quiz', 1);
  const limit = page.getByLabel('Time limit in minutes (empty for none)');
  await limit.fill('600');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.reload();
  await expect(limit).toHaveValue('600');

  await limit.fill('601');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(limit).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#time-limit-error')).toHaveText(
    'Time limit: Give a whole number from 1 to 600, or leave it empty.'
  );
  await page.reload();
  await expect(limit).toHaveValue('600');
});
