import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { signUp } from './teacher-helpers.ts';

test('the quiz page names the questions that answer each other', async ({ page, javaScriptEnabled }) => {
  // A sign-up, two bank pages of full questions and axe over the quiz page: more than the default on a shared machine.
  test.setTimeout(90_000);
  await signUp(page, 'Mr. Pairs');
  await page.getByLabel('Title').fill('Putin quiz');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Putin quiz');
  const setUrl = page.url();
  const note = page.getByRole('note', { name: 'Questions that answer each other' });
  await expect(note).toHaveCount(0);
  await page.getByRole('link', { name: 'Add from the bank' }).click();
  const matching = async () => Number((await page.getByRole('status').textContent())?.match(/^\d+/)?.[0]);
  const whole = await matching();
  // The Putin items: the year he thanked Trump, and an ordering and a choice that both date it.
  await page.getByRole('searchbox', { name: 'Words' }).fill('Putin');
  await page.getByRole('button', { name: 'Show questions' }).click();
  await expect(page).toHaveURL(/q=Putin/);
  await expect.poll(matching).toBeLessThan(whole);
  await page
    .getByRole('button', { name: /^Add all \d+ matching the filters/ })
    .first()
    .click();
  await expect(page.locator('.bank-list').getByText('In this quiz').first()).toBeVisible();
  await page.goto(setUrl);
  await expect(note).toBeVisible();
  await expect(note.getByRole('listitem').first()).toHaveText(/^Questions \d+ and \d+$/);
  await expectNoAxeViolations(page, javaScriptEnabled);
});
