import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { logIn, signUp, teacherPassword } from './teacher-helpers.ts';

/** Whether the page's browser is still logged in: the dashboard answers, or the log-in form does. */
async function isLoggedIn(page: Page): Promise<boolean> {
  await page.goto('/teacher');
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  return heading === 'Your quizzes';
}

test('a teacher changes the password: a wrong current one is named, and every other device is logged out', async ({
  page,
  browser,
  javaScriptEnabled
}) => {
  // Seven password checks and hashes at the cost a real account needs, two browsers and axe: near the
  // default 30 s when the app has just started on a busy machine.
  test.setTimeout(90_000);
  const email = await signUp(page, 'Ms. Account');
  const laptop = await browser.newContext({ javaScriptEnabled });
  try {
    const laptopPage = await laptop.newPage();
    await laptopPage.goto('/teacher/login');
    await logIn(laptopPage, email);

    await page.getByRole('link', { name: 'Account' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account');
    await expectNoAxeViolations(page, javaScriptEnabled);
    const current = page.getByLabel('Current password');
    await current.fill('not my password');
    await page.getByLabel('New password (at least 10 characters)').fill('a new passphrase');
    await page.getByLabel('New password again').fill('a new passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.locator('#current-password-error')).toHaveText(
      'Current password is not your password.'
    );
    await expect(current).toHaveAttribute('aria-invalid', 'true');

    await current.fill(teacherPassword);
    await page.getByLabel('New password (at least 10 characters)').fill('a new passphrase');
    await page.getByLabel('New password again').fill('a new passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('status')).toHaveText(
      'Your password is changed, and every other device is logged out.'
    );

    expect(await isLoggedIn(page)).toBe(true);
    expect(await isLoggedIn(laptopPage)).toBe(false);
    await laptopPage.getByLabel('Email').fill(email);
    await laptopPage.getByLabel('Password').fill(teacherPassword);
    await laptopPage.getByRole('button', { name: 'Log in' }).click();
    await expect(laptopPage.getByRole('alert')).toHaveText(
      'That email and password do not match an account.'
    );
    await logIn(laptopPage, email, 'a new passphrase');
  } finally {
    await laptop.close();
  }
});

test('log out everywhere ends the session on this device and every other', async ({
  page,
  browser,
  javaScriptEnabled
}) => {
  const email = await signUp(page, 'Mr. Everywhere');
  const phone = await browser.newContext({ javaScriptEnabled });
  try {
    const phonePage = await phone.newPage();
    await phonePage.goto('/teacher/login');
    await logIn(phonePage, email);

    await page.goto('/teacher/account');
    await page.getByRole('button', { name: 'Log out everywhere' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teacher log-in');
    await expect(page.getByRole('status')).toHaveText(
      'You are logged out on every device. Log in again here.'
    );
    await expectNoAxeViolations(page, javaScriptEnabled);
    expect(await isLoggedIn(phonePage)).toBe(false);
    expect(await isLoggedIn(page)).toBe(false);
    await logIn(page, email);
  } finally {
    await phone.close();
  }
});
