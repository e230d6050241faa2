import { expect, test, type Browser } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { joinQuiz } from './quiz-helpers.ts';
import { createQuiz, signUp } from './teacher-helpers.ts';

// A teacher signs up and builds a quiz before two students join: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 180_000 });

/** A student's own browser, joined to the quiz. */
async function joinAs(browser: Browser, javaScriptEnabled: boolean, code: string, name: string) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await joinQuiz(page, code, name);
  return { context, page };
}

test('a teacher gives one student extra time: that student gets the longer time, another does not', async ({
  page,
  browser,
  javaScriptEnabled
}) => {
  await signUp(page, 'Ms. Access');
  await createQuiz(page, 'Timed, with an accommodation', 2);
  await page.getByLabel('Time limit in minutes (empty for none)').fill('10');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();

  // A refusal names the field and keeps what was typed; nothing is saved.
  await page.getByLabel('Student’s name').fill('Ava Li');
  await page.getByLabel('Time to add').fill('half');
  await page.getByRole('button', { name: 'Give extra time' }).click();
  await expect(page.locator('#extra-amount-error')).toHaveText(
    'Time to add: Give a whole percentage from 1 to 400, such as 50 for time and a half.'
  );
  await expect(page.getByLabel('Time to add')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Student’s name')).toHaveValue('Ava Li');
  await expect(page.getByRole('button', { name: /Remove the extra time/ })).toHaveCount(0);

  await page.getByLabel('Time to add').fill('50');
  await page.getByLabel('Counted in').selectOption('percent');
  await page.getByRole('button', { name: 'Give extra time' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ava Li has extra time.' })).toBeVisible();
  await expect(page.getByText('Ava Li: +50% of the time limit')).toBeVisible();
  await expectNoAxeViolations(page, javaScriptEnabled);

  await page.getByRole('button', { name: 'Publish' }).click();
  const code = (await page.locator('.panel strong.code').textContent())!;

  // Ava joins under her name as she types it; the server gives her fifteen minutes.
  const ava = await joinAs(browser, javaScriptEnabled, code, ' ava  LI');
  const ben = await joinAs(browser, javaScriptEnabled, code, 'Ben');
  try {
    await expect(ava.page.locator('.extra-time')).toHaveText(
      'Your time is 15 minutes, with 5 minutes of extra time from your teacher.'
    );
    const avaSeconds = Number(await ava.page.locator('.countdown').getAttribute('data-seconds-left'));
    expect(avaSeconds).toBeGreaterThan(10 * 60);
    expect(avaSeconds).toBeLessThanOrEqual(15 * 60);
    if (javaScriptEnabled) await expect(ava.page.getByRole('timer')).toHaveText(/Time left: 1[45]:\d\d/);
    else await expect(ava.page.locator('.countdown')).toHaveText(/About 1[45] minutes left/);
    await expectNoAxeViolations(ava.page, javaScriptEnabled);

    await expect(ben.page.locator('.countdown')).toBeVisible();
    await expect(ben.page.locator('.extra-time')).toHaveCount(0);
    const benSeconds = Number(await ben.page.locator('.countdown').getAttribute('data-seconds-left'));
    expect(benSeconds).toBeLessThanOrEqual(10 * 60);
    if (javaScriptEnabled) await expect(ben.page.getByRole('timer')).toHaveText(/Time left: (9|10):\d\d/);
    else await expect(ben.page.locator('.countdown')).toHaveText(/About (9|10) minutes left/);
  } finally {
    await ava.context.close();
    await ben.context.close();
  }

  // Taken back, the extra time leaves the list; Ava's started attempt keeps its time.
  await page.getByRole('button', { name: 'Remove the extra time of Ava Li' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ava Li has no extra time now' })).toBeVisible();
  await expect(page.getByText('Ava Li: +50% of the time limit')).toHaveCount(0);
});
