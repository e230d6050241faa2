import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { fillSomeAnswer } from './quiz-helpers.ts';
import { createQuiz, signUp } from './teacher-helpers.ts';

/**
 * The presenter and a student page at a projector's and a phone's width, for a person to look at: written
 * under test-results, never compared.
 */
async function screenshots(page: Page, name: string) {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

/**
 * Reloads a student page that is waiting. Without JavaScript such a page refreshes itself every 3 s, and a
 * refresh that lands during the test's reload aborts it; the page is then loaded by its own refresh.
 */
async function reloadWaitingPage(page: Page) {
  try {
    await page.reload();
  } catch (error) {
    if (!(error instanceof Error) || !error.message.includes('net::ERR_ABORTED')) throw error;
    await page.waitForLoadState();
  }
}

test('a teacher leads a live session of three questions: three students join, answer, see each reveal and their results, one reloading mid-question', async ({
  page,
  browser,
  javaScriptEnabled
}) => {
  // Four browsers through a whole session, with axe on six pages: minutes on a machine shared with other work.
  test.setTimeout(600_000);
  // Student pages follow the class by themselves: by events with JavaScript, by a refresh every 3 s without.
  const soon = { timeout: 15_000 };
  await signUp(page, 'Ms. Live');
  const setUrl = await createQuiz(page, 'Live quiz', 3);
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByRole('button', { name: 'Start a live session' }).click();
  await expect(page).toHaveURL(/\/teacher\/sets\/[\w-]+\/live\/[\w-]+$/);
  const presenter = page.url();
  await expect(page.getByRole('status').filter({ hasText: 'Waiting for students to join.' })).toBeVisible();
  const code = (await page.locator('.live-code').textContent())!;
  expect(code).toMatch(/^[23456789BCDFGHJKMNPQRSTVWXYZ]{6}$/);
  await expect(page.getByRole('img', { name: /QR code of the join link/ })).toBeVisible();
  await expectNoAxeViolations(page, javaScriptEnabled);

  // The teacher's page follows the class with JavaScript; without it the teacher reloads.
  const teacherSees = async (text: string | RegExp) => {
    if (!javaScriptEnabled) await page.goto(presenter);
    await expect(page.getByText(text).first()).toBeVisible(soon);
  };

  const names = ['Ava', 'Ben', 'Cy'];
  const contexts = await Promise.all(names.map(() => browser.newContext({ javaScriptEnabled })));
  try {
    const students: Page[] = [];
    for (const [index, name] of names.entries()) {
      const student = await contexts[index]!.newPage();
      await student.goto('/join');
      await student.getByLabel('Code from your teacher').fill(code.toLowerCase());
      await student.getByRole('button', { name: 'Find the quiz' }).click();
      await expect(student.getByText('A live session of 3 questions')).toBeVisible();
      await student.getByLabel('Your name, as your teacher will see it').fill(name);
      await student.getByRole('button', { name: 'Join the live session' }).click();
      await expect(student).toHaveURL(/\/attempts\/[\w-]+\/live$/);
      await expect(student.getByText(`You are in, ${name}.`)).toBeVisible();
      students.push(student);
    }
    await expectNoAxeViolations(students[0]!, javaScriptEnabled);
    await teacherSees('3 students joined');
    if (javaScriptEnabled) await screenshots(page, 'presenter-lobby');

    for (const number of [1, 2, 3]) {
      // With JavaScript the page is brought up to date in place, on the stream it has: no reload.
      if (javaScriptEnabled) await students[0]!.evaluate(() => document.body.setAttribute('data-kept', ''));
      await page.getByRole('button', { name: number === 1 ? 'Open question 1' : 'Next question' }).click();
      await expect(page.getByRole('heading', { name: `Question ${number} of 3` })).toBeVisible();
      await expect(page.getByText('0 of 3 answered')).toBeVisible();
      for (const [index, student] of students.entries()) {
        const question = student.locator('fieldset.question');
        await expect(question).toBeVisible(soon);
        await expect(student.getByText(`Question ${number} of 3`)).toBeVisible();
        if (javaScriptEnabled && index === 0) await expect(student.locator('body[data-kept]')).toHaveCount(1);
        // No key, explanation or evidence before the answer is revealed.
        await expect(student.locator('div.feedback')).toHaveCount(0);
        if (number === 2 && index === 2) {
          // A reload mid-question (or a dropped network) comes back to the same open question.
          await student.reload();
          await expect(question).toBeVisible();
        }
        await fillSomeAnswer(question);
        await student.getByRole('button', { name: 'Send my answer' }).click();
        await expect(student.getByText('Your answer is in. Waiting for the teacher.')).toBeVisible();
        if (number === 2 && index === 2) {
          // Reloaded after answering, the page shows the answer given, which cannot be sent again.
          await reloadWaitingPage(student);
          await expect(student.getByText('Your answer is in.')).toBeVisible();
          await expect(question.getByRole('radio', { checked: true })).toHaveCount(1);
          await expect(student.getByRole('button', { name: 'Send my answer' })).toHaveCount(0);
        }
      }
      if (number === 1) {
        await expectNoAxeViolations(students[1]!, javaScriptEnabled);
        if (javaScriptEnabled) await screenshots(students[1]!, 'student-answered');
      }
      await teacherSees('3 of 3 answered');
      await page.getByRole('button', { name: 'Close answers' }).click();
      await expect(page.getByRole('table', { name: `Answers to question ${number}` })).toBeVisible();
      await expect(students[0]!.getByText('Answers are closed.')).toBeVisible(soon);
      await page.getByRole('button', { name: 'Reveal the answer' }).click();
      await expect(page.getByRole('heading', { name: /^The answer: (True|False)$/ })).toBeVisible();
      await expect(page.getByRole('link', { name: /Read it in the article/ }).first()).toBeVisible();
      for (const student of students) {
        await expect(student.locator('div.feedback')).toBeVisible(soon);
        await expect(student.locator('.evidence-quote').first()).toBeVisible();
      }
      if (number === 1) {
        await expectNoAxeViolations(page, javaScriptEnabled);
        await expectNoAxeViolations(students[0]!, javaScriptEnabled);
        if (javaScriptEnabled) {
          await screenshots(page, 'presenter-revealed');
          await screenshots(students[0]!, 'student-revealed');
        }
        // A pause shows on every student's page; resuming goes back to where the class was.
        await page.getByRole('button', { name: 'Pause' }).click();
        await expect(students[2]!.getByText('The teacher has paused the session.')).toBeVisible(soon);
        await page.getByRole('button', { name: 'Resume' }).click();
        await expect(students[2]!.locator('div.feedback')).toBeVisible(soon);
      }
    }
    await expect(page.getByRole('button', { name: 'Next question' })).toHaveCount(0);
    await page.getByRole('button', { name: 'End the session' }).click();
    await expect(page.getByRole('heading', { name: 'Class summary' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'How the class did on each question' })).toBeVisible();
    for (const name of names) await expect(page.getByRole('link', { name })).toBeVisible();
    await expectNoAxeViolations(page, javaScriptEnabled);
    if (javaScriptEnabled) await screenshots(page, 'presenter-summary');

    // Each student ends on a results page like any attempt's.
    for (const [index, student] of students.entries()) {
      await expect(student).toHaveURL(/\/attempts\/[\w-]+\/results$/, soon);
      await expect(student.getByText(`${names[index]}, you answered 3 of 3 questions.`)).toBeVisible();
      // The class took it together: no retry of their own.
      await expect(student.getByRole('button', { name: /again/i })).toHaveCount(0);
    }
    // The grades CSV holds the live session's students like any others.
    const csv = await (await page.request.get(`${setUrl}/results/csv`)).text();
    for (const name of names) expect(csv).toContain(name);
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
});

test('a move the session has passed is refused with where it is, and an ended session’s code opens nothing @once', async ({
  page
}) => {
  test.setTimeout(120_000);
  await signUp(page, 'Mr. Ended');
  await createQuiz(page, 'Short live quiz', 1);
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByRole('button', { name: 'Start a live session' }).click();
  const presenter = page.url();
  const code = (await page.locator('.live-code').textContent())!;
  await page.getByRole('button', { name: 'Open question 1' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 1' })).toBeVisible();
  // What a second tab, still on the lobby, sends when its Open button is pressed.
  const origin = new URL(presenter).origin;
  const post = (move: string) =>
    page.request.post(`${presenter}?/move`, {
      form: { move },
      headers: { origin, accept: 'text/html' },
      maxRedirects: 0
    });
  const stale = await post('open');
  expect(stale.status()).toBe(409);
  expect(await stale.text()).toContain('The live session has moved on (it is now open)');
  const unknown = await post('rewind');
  expect(unknown.status()).toBe(400);
  expect(await unknown.text()).toContain(
    'The move must be one of open, next, skip, close, reveal, pause, resume, end'
  );
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Question 1 of 1' })).toBeVisible();
  await page.getByRole('button', { name: 'End the session' }).click();
  await expect(page.getByRole('heading', { name: 'Class summary' })).toBeVisible();
  await page.goto(`/join?code=${code}`);
  await expect(page.getByText(`No open quiz has the code ${code}.`)).toBeVisible();
});

test('a teacher starts a timed session with points for speed: each student is told their own time, and the leaderboard shows between questions only', async ({
  page,
  browser,
  javaScriptEnabled
}) => {
  test.setTimeout(300_000);
  const soon = { timeout: 15_000 };
  await signUp(page, 'Mrs. Fair');
  await createQuiz(page, 'Fair live quiz', 1);
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('button', { name: 'Start a live session' })).toBeVisible();
  await page.getByLabel('Student’s name').fill('Ben');
  await page.getByLabel('Time to add').fill('50');
  await page.getByRole('button', { name: 'Give extra time' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ben has extra time.' })).toBeVisible();

  // A time out of range is refused by name, and the form keeps what was typed.
  await page.getByLabel('Time per question in seconds').fill('5');
  await page.getByLabel('Points for speed').check();
  await page.getByRole('button', { name: 'Start a live session' }).click();
  await expect(
    page.getByText('Time per question: Give a whole number from 10 to 600, or leave it empty.')
  ).toBeVisible();
  await expect(page.getByLabel('Time per question in seconds')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Time per question in seconds')).toHaveValue('5');
  await expect(page.getByLabel('Points for speed')).toBeChecked();
  await expectNoAxeViolations(page, javaScriptEnabled);
  await page.getByLabel('Time per question in seconds').fill('120');
  await page.getByRole('button', { name: 'Start a live session' }).click();
  await expect(page).toHaveURL(/\/live\/[\w-]+$/);
  const presenter = page.url();
  await expect(page.getByText('Each question is open for 120 seconds')).toBeVisible();
  const code = (await page.locator('.live-code').textContent())!;

  const names = ['Ava', 'Ben'];
  const contexts = await Promise.all(names.map(() => browser.newContext({ javaScriptEnabled })));
  try {
    const students: Page[] = [];
    for (const [index, name] of names.entries()) {
      const student = await contexts[index]!.newPage();
      await student.goto(`/join?code=${code}`);
      await student.getByLabel('Your name, as your teacher will see it').fill(name);
      await student.getByRole('button', { name: 'Join the live session' }).click();
      await expect(student.getByText(`You are in, ${name}.`)).toBeVisible();
      await expect(student.getByText('Your score stays 1 point for each right answer.')).toBeVisible();
      students.push(student);
    }
    await page.getByRole('button', { name: 'Open question 1' }).click();
    await expect(page.getByRole('heading', { name: 'Question 1 of 1' })).toBeVisible();
    // The leaderboard is never offered while a question is open.
    await expect(page.getByRole('button', { name: 'Show leaderboard' })).toHaveCount(0);
    await expect(page.getByText('Ben (extra time +50% of the question’s time)')).toBeVisible();
    // Ben's 50% extra time is his on top of the question's 120 seconds; Ava's time is the question's.
    const times = ['You have 120 seconds for this question.', 'You have 180 seconds for this question.'];
    for (const [index, student] of students.entries()) {
      await expect(student.getByText(times[index]!)).toBeVisible(soon);
      // True for one and False for the other: exactly one is right.
      await student.locator('fieldset.question').getByRole('radio').nth(index).check();
      await student.getByRole('button', { name: 'Send my answer' }).click();
      await expect(student.getByText('Your answer is in.')).toBeVisible();
    }
    await expectNoAxeViolations(students[1]!, javaScriptEnabled);
    if (!javaScriptEnabled) await page.goto(presenter);
    await expect(page.getByText('2 of 2 answered')).toBeVisible(soon);
    await page.getByRole('button', { name: 'Close answers' }).click();
    // With JavaScript a second presenter tab follows the toggle made in the first.
    const otherTab = javaScriptEnabled ? await page.context().newPage() : null;
    await otherTab?.goto(presenter);
    await page.getByRole('button', { name: 'Show leaderboard' }).click();
    const board = page.locator('ol.leaderboard li');
    await expect(board).toHaveCount(1);
    await expect(board).toHaveText(/^1\. (Ava|Ben): \d{3,4} points \(1 right\)$/);
    if (otherTab) {
      await expect(otherTab.locator('ol.leaderboard li')).toHaveCount(1, soon);
      await otherTab.close();
    }
    await expectNoAxeViolations(page, javaScriptEnabled);
    // Students never see anyone's rank.
    for (const student of students) {
      await reloadWaitingPage(student);
      await expect(student.getByText('Answers are closed.')).toBeVisible();
      await expect(student.getByText(/leaderboard/i)).toHaveText(/only your teacher’s screen shows/);
      await expect(student.locator('ol.leaderboard')).toHaveCount(0);
    }
    await page.getByRole('button', { name: 'Hide leaderboard' }).click();
    await expect(page.locator('ol.leaderboard')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Show leaderboard' })).toBeVisible();
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
});
