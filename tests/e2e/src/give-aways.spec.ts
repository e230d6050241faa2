import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { createQuiz, signUp } from './teacher-helpers.ts';

test('the quiz page names the questions that answer each other', async ({ page, javaScriptEnabled }) => {
  await signUp(page, 'Mr. Pairs');
  const setUrl = await createQuiz(page, 'Kabul quiz', 0);
  const note = page.getByRole('note', { name: 'Questions that answer each other' });
  await expect(note).toHaveCount(0);
  await page.getByRole('link', { name: 'Add from the bank' }).click();
  // The Kabul items: a blank whose sentence prints both tolls, and the questions that ask for them.
  await page.getByLabel('Words').fill('Kabul');
  await page.getByRole('button', { name: 'Show questions' }).click();
  await expect(page).toHaveURL(/q=Kabul/);
  await page
    .getByRole('button', { name: /^Add all \d+ matching the filters/ })
    .first()
    .click();
  await page.goto(setUrl);
  await expect(note).toBeVisible();
  await expect(note.getByRole('listitem').first()).toHaveText(/^Questions \d+ and \d+$/);
  await expectNoAxeViolations(page, javaScriptEnabled);
});
