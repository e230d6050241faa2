import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { joinQuiz } from './quiz-helpers.ts';
import { createQuiz, signUp } from './teacher-helpers.ts';

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const setQuestions = (page: Page) => page.locator('.set-questions .set-question');

test('rows are added and removed keeping what was typed; a question without explanation or evidence is saved, flagged not grounded', async ({
  page,
  javaScriptEnabled
}) => {
  // Axe runs on several pages, on a machine shared with other browsers.
  test.setTimeout(120_000);
  await signUp(page, 'Ms. Rows');
  const setUrl = await createQuiz(page, 'Rows', 0);
  await page.goto(`${setUrl}/questions/new?type=single-choice`);
  await field(page, 'Question').fill('Where did the bombings happen?');
  for (const [index, text] of ['Tehran', 'Mashhad', 'Kerman', 'Isfahan'].entries())
    await field(page, `Option ${index + 1}`).fill(text);
  await page.getByLabel('Correct: option 3').check();
  await expect(field(page, 'Option 5')).toHaveCount(0);

  await page.getByRole('button', { name: 'Add an option' }).click();
  await expect(field(page, 'Option 5')).toBeFocused();
  await expect(field(page, 'Option 5')).toHaveValue('');
  await expect(field(page, 'Question')).toHaveValue('Where did the bombings happen?');
  await expect(field(page, 'Option 4')).toHaveValue('Isfahan');
  await field(page, 'Option 5').fill('Qom');
  await expectNoAxeViolations(page, javaScriptEnabled);

  // The mark of the correct option moves up with its row.
  await page.getByRole('button', { name: 'Remove option 2' }).click();
  await expect(field(page, 'Option 2')).toHaveValue('Kerman');
  await expect(page.getByLabel('Correct: option 2')).toBeChecked();
  await expect(field(page, 'Option 4')).toHaveValue('Qom');
  await expect(field(page, 'Option 1')).toHaveValue('Tehran');

  // Enter in a field saves the form, not the first row button.
  await field(page, 'Topic').selectOption({ label: 'The attack' });
  await field(page, 'Option 1').press('Enter');
  await expect(page).toHaveURL(setUrl);
  await expect(setQuestions(page)).toHaveCount(1);
  await expect(setQuestions(page).first()).toContainText('Not grounded');
  await expect(setQuestions(page).first()).toContainText('Answer: Kerman');

  await page.getByRole('link', { name: 'Edit question 1' }).click();
  await expect(field(page, 'Explanation, shown once the student has answered')).toHaveValue('');
  await expect(field(page, 'Quote 3: paragraph')).toHaveCount(0);
  await page.getByRole('button', { name: 'Add a quote' }).click();
  await expect(field(page, 'Quote 3: paragraph')).toBeFocused();
  await field(page, 'Quote 1: paragraph').selectOption('p10');
  await field(page, 'Quote 1: the article’s words').fill('the southeastern town of Kerman');
  await page.getByRole('button', { name: 'Save the question' }).click();
  await expect(page).toHaveURL(setUrl);
  await expect(setQuestions(page).first()).not.toContainText('Not grounded');
});

test('a question of the set, of the bank and the whole quiz preview as a student sees them, cloze passages included, and checking records nothing', async ({
  page,
  javaScriptEnabled
}) => {
  // Axe runs on several pages, on a machine shared with other browsers.
  test.setTimeout(120_000);
  await signUp(page, 'Mr. Preview');
  const setUrl = await createQuiz(page, 'Previewed', 2, { label: 'Fill the blank', value: 'cloze' });
  await expect(setQuestions(page).first().locator('.passage')).toContainText('{{blank}}');

  await page.getByRole('link', { name: 'Preview question 1' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Preview a question');
  await expect(page.locator('fieldset.question')).toHaveCount(1);
  await expect(page.locator('.passage')).not.toContainText('{{blank}}');
  // The key reaches the browser only with the feedback.
  await expect(page.locator('main')).not.toContainText('The answer');
  await expectNoAxeViolations(page, javaScriptEnabled);
  await page.getByLabel('The missing words').fill('a guess that is wrong');
  await page.getByRole('button', { name: 'Check my answers' }).click();
  await expect(page.getByRole('heading', { name: /Not quite/ })).toBeVisible();
  await expect(page.getByText('Checked 1 answer; nothing was recorded.')).toBeVisible();
  await expect(page.getByLabel('The missing words')).toHaveValue('a guess that is wrong');

  await page.goto(setUrl);
  await page.getByRole('link', { name: 'Preview the whole quiz as a student' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Preview the quiz');
  await expect(page.locator('fieldset.question')).toHaveCount(2);
  await page.getByRole('button', { name: 'Check my answers' }).click();
  await expect(page.getByRole('alert')).toHaveText('Answer at least one question first.');

  await page.goto(`${setUrl}/bank?type=matching`);
  await page
    .getByRole('link', { name: /^Preview as a student/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Preview a bank question');
  await expect(page.locator('fieldset.question[data-question-type="matching"]')).toHaveCount(1);
  await expectNoAxeViolations(page, javaScriptEnabled);

  // Nothing was recorded: no attempt in the results.
  const grades = await page.request.get(`${setUrl}/results/csv`);
  expect((await grades.text()).trim().split('\n')).toHaveLength(1);
});

test('the bank adds the ticked questions, then all matching the filters; a removal is undone in place', async ({
  page,
  javaScriptEnabled
}) => {
  // Axe runs on several pages, on a machine shared with other browsers.
  test.setTimeout(120_000);
  await signUp(page, 'Ms. Many');
  const setUrl = await createQuiz(page, 'Many at once', 0);
  await page.goto(`${setUrl}/bank?type=true-false`);
  const total = Number((await page.getByRole('status').first().innerText()).match(/^(\d+)/)![1]);
  const boxes = page.locator('.bank-list').getByRole('checkbox');
  await boxes.nth(1).check();
  await boxes.nth(3).check();
  await page.getByRole('button', { name: 'Add the ticked questions' }).last().click();
  await expect(page.getByText('Added 2 questions to the quiz.')).toBeVisible();
  await expect(page.locator('.bank-list').getByText('In this quiz')).toHaveCount(2);
  await expectNoAxeViolations(page, javaScriptEnabled);

  await page
    .getByRole('button', { name: `Add all ${total - 2} matching the filters` })
    .first()
    .click();
  await expect(page.getByText(`Added ${total - 2} questions to the quiz.`)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Add all/ })).toHaveCount(0);

  await page.goto(setUrl);
  await expect(setQuestions(page)).toHaveCount(total);
  const before = await setQuestions(page).locator('p:first-child').allInnerTexts();
  await page.getByRole('button', { name: 'Remove question 2', exact: true }).click();
  await expect(setQuestions(page)).toHaveCount(total - 1);
  await expect(page.getByRole('status').filter({ hasText: 'Removed' })).toContainText(
    `Removed “${before[1]!.replace(/^True or false\s*/i, '')}”.`
  );
  await expectNoAxeViolations(page, javaScriptEnabled);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByText('Put back in its place.')).toBeVisible();
  expect(await setQuestions(page).locator('p:first-child').allInnerTexts()).toEqual(before);
});

test('a quiz is deleted after a confirmation: its code stops working, the student keeps their result', async ({
  page,
  browser,
  javaScriptEnabled
}) => {
  // Axe runs on several pages, on a machine shared with other browsers.
  test.setTimeout(120_000);
  await signUp(page, 'Mr. Delete');
  const setUrl = await createQuiz(page, 'To be deleted', 1);
  await page.getByRole('button', { name: 'Publish' }).click();
  const code = (await page.locator('.panel strong.code').textContent())!;

  const student = await browser.newContext({ javaScriptEnabled });
  const studentPage = await student.newPage();
  await joinQuiz(studentPage, code, 'Sara');
  const attemptUrl = studentPage.url();

  await page.getByRole('link', { name: 'Delete this quiz…' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Delete “To be deleted”?');
  await expect(page.locator('main')).toContainText(`the code ${code} and its link stop working`);
  await expect(page.locator('main')).toContainText('Its 1 attempt is kept');
  await expect(page.getByRole('link', { name: 'download the grades (CSV)' })).toBeVisible();
  await expectNoAxeViolations(page, javaScriptEnabled);
  // Keeping it changes nothing.
  await page.getByRole('link', { name: 'Keep it' }).click();
  await expect(page).toHaveURL(setUrl);

  await page.goto(`${setUrl}/delete`);
  await page.getByRole('button', { name: 'Delete the quiz' }).click();
  await expect(page.getByRole('status')).toHaveText('The quiz is deleted: students can no longer open it.');
  await expect(page.locator('main')).not.toContainText('To be deleted');
  expect((await page.goto(setUrl))?.status()).toBe(404);

  await studentPage.goto(`/join?code=${code}`);
  await expect(studentPage.getByRole('alert')).toContainText(`No open quiz has the code ${code}`);
  await studentPage.goto(attemptUrl);
  await expect(studentPage.locator('main')).toContainText('To be deleted');
  await student.close();
});
