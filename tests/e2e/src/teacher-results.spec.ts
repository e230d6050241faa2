import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { joinQuiz } from './quiz-helpers.ts';
import { createQuiz, publishOnOnePage, signUp } from './teacher-helpers.ts';

const evilName = '=HYPERLINK("http://evil.example","x")';

/** Builds a quiz of true-or-false questions on one page, publishes it; returns its page, code and keys. */
async function publishQuiz(page: Page, title: string, questions: number) {
  const setUrl = await createQuiz(page, title, questions);
  const keys = (await page.locator('.set-questions .set-question p.hint').allTextContents()).map(
    (text) => text === 'Answer: True'
  );
  const code = await publishOnOnePage(page);
  return { setUrl, code, keys };
}

/** A student joins in a browser of their own, answers true or false to each question and hands in. */
async function takeQuiz(
  browser: Browser,
  javaScriptEnabled: boolean,
  code: string,
  name: string,
  answers: boolean[]
): Promise<void> {
  const context = await browser.newContext({ javaScriptEnabled });
  try {
    const page = await context.newPage();
    await joinQuiz(page, code, name);
    const questions = page.locator('fieldset.question');
    await expect(questions).toHaveCount(answers.length);
    for (const [index, answer] of answers.entries())
      await questions
        .nth(index)
        .getByRole('radio', { name: answer ? 'True' : 'False' })
        .check();
    await page.getByRole('button', { name: 'Hand in and see my results' }).click();
    await expect(page).toHaveURL(/\/results$/);
  } finally {
    await context.close();
  }
}

test('the teacher sees each student, the item statistics and the histogram, and downloads a CSV safe against formulas', async ({
  page,
  browser,
  javaScriptEnabled
}) => {
  test.setTimeout(120_000);
  await signUp(page, 'Ms. Navabi');
  const { setUrl, code, keys } = await publishQuiz(page, 'Kerman: results', 2);
  const [first, second] = keys as [boolean, boolean];
  // Both get question 1 right; only Parisa gets question 2 right.
  await takeQuiz(browser, javaScriptEnabled, code, 'Parisa', [first, second]);
  await takeQuiz(browser, javaScriptEnabled, code, evilName, [first, !second]);

  await page.goto(setUrl);
  await page.getByRole('link', { name: 'Results', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results');
  await expect(page.getByText('2 handed in. Mean score 75%, median 75%.')).toBeVisible();
  // Without JavaScript nothing updates by itself, so the page offers a plain link instead.
  await expect(
    javaScriptEnabled
      ? page.getByRole('button', { name: 'Pause updates' })
      : page.getByRole('link', { name: 'Refresh', exact: true })
  ).toBeVisible();
  await expect(page.getByRole('row', { name: /^Parisa/ })).toContainText('2 of 2 (100%)');
  await expect(page.getByRole('row', { name: evilName })).toContainText('1 of 2 (50%)');

  const answerText = (value: boolean) => (value ? 'True' : 'False');
  const questionOne = page.getByRole('row', { name: /^Q1 / });
  await expect(questionOne).toContainText('100% (2 of 2)');
  await expect(questionOne).toContainText(`${answerText(first)}: 2 (correct)`);
  await expect(questionOne).toContainText(`${answerText(!first)}: 0`);
  const questionTwo = page.getByRole('row', { name: /^Q2 / });
  await expect(questionTwo).toContainText('50% (1 of 2)');
  await expect(questionTwo).toContainText(`${answerText(second)}: 1 (correct)`);
  await expect(questionTwo).toContainText(`${answerText(!second)}: 1`);

  const histogram = page.getByRole('img', { name: 'Score histogram' });
  await expect(histogram).toBeVisible();
  await expect(histogram).toHaveAccessibleDescription(
    'Scores of 2 students in bands of ten percentage points: 50–59%, 1 student; 90–100%, 1 student; ' +
      'no one in the other bands.'
  );
  await expect(histogram.locator('rect')).toHaveCount(10);
  await expect(page.getByRole('img', { name: 'Facility of each question' })).toHaveAccessibleDescription(
    'Share of students who got each question right: Q1 100%, Q2 50%.'
  );
  await expectNoAxeViolations(page, javaScriptEnabled);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download grades (CSV)' }).click()
  ]);
  expect(download.suggestedFilename()).toBe('kerman-results-grades.csv');
  const csv = await readFile(await download.path(), 'utf8');
  const [header, ...rows] = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\n');
  // The points of each question follow, numbered as item analysis numbers them.
  expect(header).toBe(
    '"Student","Score","Max score","Percent","Time taken (s)","Started at","Submitted at","Q1","Q2"'
  );
  expect(rows).toHaveLength(2);
  const iso = '\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z';
  // Every field is quoted, so no comma or semicolon in a name is read as a delimiter.
  expect(rows[0]).toMatch(new RegExp(`^"Parisa","2","2","100","\\d+","${iso}","${iso}","1","1"$`));
  // The formula starts with an apostrophe, so that a spreadsheet shows it as text.
  expect(rows[1]).toMatch(
    new RegExp(
      `^"'=HYPERLINK\\(""http://evil\\.example"",""x""\\)","1","2","50","\\d+","${iso}","${iso}","1","0"$`
    )
  );

  const response = await page.request.get(`${setUrl}/results/csv`);
  expect(response.headers()['cache-control']).toBe('private, no-store');
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
});

test('results and grades are for the quiz’s own teacher only', async ({ page, browser }) => {
  await signUp(page, 'Mr. Sadeghi');
  const setUrl = await createQuiz(page, 'Private results', 1);
  const anonymous = await browser.newContext();
  const intruder = await browser.newContext();
  try {
    const anonymousCsv = await anonymous.request.get(`${setUrl}/results/csv`, { maxRedirects: 0 });
    expect(anonymousCsv.status()).toBe(303);
    expect(anonymousCsv.headers().location).toMatch(/^\/teacher\/login/);

    const intruderPage = await intruder.newPage();
    await signUp(intruderPage, 'Mallory');
    expect((await intruderPage.goto(`${setUrl}/results`))?.status()).toBe(404);
    expect((await intruder.request.get(`${setUrl}/results/csv`)).status()).toBe(404);
  } finally {
    await anonymous.close();
    await intruder.close();
  }
});

test('the results page updates by itself while the class hands in, and can be paused @js-only', async ({
  page,
  browser
}) => {
  test.setTimeout(120_000);
  await signUp(page, 'Ms. Tehrani');
  const { setUrl, code, keys } = await publishQuiz(page, 'Kerman: live', 1);
  await page.goto(`${setUrl}/results`);
  await expect(page.getByText('0 handed in.')).toBeVisible();
  const updated = page.getByText(/^Updated at \d\d:\d\d:\d\d; updates every 10 seconds\.$/);
  await expect(updated).toBeVisible();
  // Gone after a reload: the page must change without one.
  await page.evaluate(() => document.body.setAttribute('data-no-reload', ''));

  await takeQuiz(browser, true, code, 'Leila', keys);
  await expect(page.getByRole('row', { name: /^Leila/ })).toContainText('1 of 1 (100%)', {
    timeout: 15_000
  });
  await expect(page.getByRole('img', { name: 'Score histogram' })).toBeVisible();
  // Screen readers are told of the hand-in, not of each refresh.
  const announcement = page.getByRole('status').filter({ hasText: /hand-in/ });
  await expect(announcement).toHaveText('1 new hand-in, 1 in all.');

  await page.getByRole('button', { name: 'Pause updates' }).click();
  await expect(page.getByText(/; updates paused\.$/)).toBeVisible();
  await takeQuiz(browser, true, code, 'Reza', keys);
  await page.waitForTimeout(12_000);
  await expect(page.getByRole('row', { name: /^Reza/ })).toHaveCount(0);
  // Resuming fetches at once rather than after another ten seconds.
  await page.getByRole('button', { name: 'Resume updates' }).click();
  await expect(page.getByRole('row', { name: /^Reza/ })).toBeVisible({ timeout: 5_000 });
  await expect(announcement).toHaveText('1 new hand-in, 2 in all.');
  await expect(page.locator('body[data-no-reload]')).toHaveCount(1);
});
