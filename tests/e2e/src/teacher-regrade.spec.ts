import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { joinQuiz } from './quiz-helpers.ts';
import { createQuiz, publishOnOnePage, signUp } from './teacher-helpers.ts';

/** Text to find as it stands, inside a regular expression. */
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const shortAnswer = { label: 'Short answer', value: 'short-answer' };

/** A quiz of two short-answer questions on one page, published; returns its page, code and first keys. */
async function publishTypedQuiz(page: Page, title: string) {
  const setUrl = await createQuiz(page, title, 2, shortAnswer);
  const keys = (await page.locator('.set-questions .set-question p.hint').allTextContents()).map(
    (text) => text.replace(/^Answer: /, '').split('; ')[0]!
  );
  const code = await publishOnOnePage(page);
  return { setUrl, code, keys };
}

/** A student types an answer to each question in a browser of their own and hands in. */
async function typeAnswers(
  browser: Browser,
  javaScriptEnabled: boolean,
  code: string,
  name: string,
  answers: string[]
) {
  const context = await browser.newContext({ javaScriptEnabled });
  try {
    const page = await context.newPage();
    await joinQuiz(page, code, name);
    const questions = page.locator('fieldset.question');
    await expect(questions).toHaveCount(answers.length);
    for (const [index, answer] of answers.entries())
      await questions.nth(index).getByRole('textbox').fill(answer);
    await page.getByRole('button', { name: 'Hand in and see my results' }).click();
    await expect(page).toHaveURL(/\/results$/);
  } finally {
    await context.close();
  }
}

test('the teacher reads an attempt question by question, accepts a wrong answer there and in item analysis, and everyone is regraded', async ({
  page,
  browser,
  javaScriptEnabled
}) => {
  test.setTimeout(180_000);
  await signUp(page, 'Ms. Karimi');
  const { setUrl, code, keys } = await publishTypedQuiz(page, 'Kerman: typed');
  const [first, second] = keys as [string, string];
  await typeAnswers(browser, javaScriptEnabled, code, 'Parisa', [first, 'Zagros range']);
  await typeAnswers(browser, javaScriptEnabled, code, 'Omid', ['Zagros range', 'zagros  RANGE!']);

  await page.goto(`${setUrl}/results`);
  await expect(page.getByRole('row', { name: /^Parisa/ })).toContainText('1 of 2 (50%)');
  await expect(page.getByRole('row', { name: /^Omid/ })).toContainText('0 of 2 (0%)');
  await page.getByRole('link', { name: 'Parisa', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Parisa');
  await expect(page.getByText(/^Scored 1 of 2 \(50%\), handed in/)).toBeVisible();
  const questionOne = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: /^Question 1/ }) });
  const questionTwo = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: /^Question 2/ }) });
  await expect(questionOne.getByRole('heading')).toHaveText(/Question 1\s+right/);
  await expect(questionOne).toContainText(new RegExp(`Answer\\s*${literally(first)}\\s*Correct answer`));
  await expect(questionOne).toContainText(/Points\s*1 of 1/);
  await expect(questionOne.getByRole('button')).toHaveCount(0);
  await expect(questionTwo.getByRole('heading')).toHaveText(/Question 2\s+wrong/);
  await expect(questionTwo).toContainText(/Answer\s*Zagros range\s*Correct answer/);
  await expect(questionTwo).toContainText(new RegExp(`Correct answer\\s*${literally(second)}`));
  await expect(questionTwo).toContainText(/Points\s*0 of 1/);
  await expectNoAxeViolations(page, javaScriptEnabled);

  await questionTwo.getByRole('button', { name: 'Accept “Zagros range” as right for question 2' }).click();
  // Omid wrote it otherwise, but it is the same answer once case and punctuation are set aside.
  await expect(page.getByRole('status')).toHaveText('Accepted “Zagros range” as right: 2 attempts regraded.');
  await expect(questionTwo.getByRole('heading')).toHaveText(/Question 2\s+right/);
  await expect(page.getByText(/^Scored 2 of 2 \(100%\)/)).toBeVisible();
  await expect(questionTwo.getByRole('button')).toHaveCount(0);

  await page.getByRole('link', { name: 'All results' }).click();
  await expect(page.getByRole('row', { name: /^Parisa/ })).toContainText('2 of 2 (100%)');
  await expect(page.getByRole('row', { name: /^Omid/ })).toContainText('1 of 2 (50%)');
  const itemOne = page.getByRole('row', { name: /^Q1 / });
  await expect(itemOne).toContainText('Zagros range: 1');
  await itemOne.getByRole('button', { name: 'Accept “Zagros range” as right for question 1' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Accepted' })).toHaveText(
    'Accepted “Zagros range” as right: 1 attempt regraded.'
  );
  await expect(page.getByRole('row', { name: /^Omid/ })).toContainText('2 of 2 (100%)');
  await expect(page.getByRole('row', { name: /^Q1 / })).toContainText('Zagros range: 1 (correct)');
  await expectNoAxeViolations(page, javaScriptEnabled);

  const grades = await (await page.request.get(`${setUrl}/results/csv`)).text();
  const [header, ...rows] = grades
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\n');
  expect(header).toBe(
    '"Student","Score","Max score","Percent","Time taken (s)","Started at","Submitted at","Q1","Q2"'
  );
  expect(rows.map((row) => row.split(',').slice(0, 2).concat(row.split(',').slice(-2)))).toEqual([
    ['"Parisa"', '"2"', '"1"', '"1"'],
    ['"Omid"', '"2"', '"1"', '"1"']
  ]);
});

test('an answer already accepted is refused with a message, and changes nothing', async ({
  page,
  browser,
  javaScriptEnabled
}) => {
  test.setTimeout(120_000);
  await signUp(page, 'Mr. Rostami');
  const { setUrl, code, keys } = await publishTypedQuiz(page, 'Kerman: twice');
  await typeAnswers(browser, javaScriptEnabled, code, 'Sara', ['Zagros', keys[1]!]);
  await page.goto(`${setUrl}/results`);
  await page.getByRole('link', { name: 'Sara', exact: true }).click();
  await expect(page).toHaveURL(/\/results\/[\w-]+$/);
  const attemptUrl = page.url();
  // Two tabs on the same page: the second click comes after the first accepted the answer.
  const second = await page.context().newPage();
  await second.goto(attemptUrl);
  await page.getByRole('button', { name: 'Accept “Zagros” as right for question 1' }).click();
  await expect(page.getByRole('status')).toHaveText('Accepted “Zagros” as right: 1 attempt regraded.');
  await second.getByRole('button', { name: 'Accept “Zagros” as right for question 1' }).click();
  await expect(second.getByRole('alert')).toHaveText('The answer “Zagros” is already accepted.');
  await second.goto(attemptUrl);
  await expect(second.getByText(/^Scored 2 of 2/)).toBeVisible();
});
