import { expect, type Page } from '@playwright/test';

let accounts = 0;

export const teacherPassword = 'correct horse battery';

/** Fills the log-in form the page shows and lands on the dashboard. */
export async function logIn(page: Page, email: string, password = teacherPassword): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your quizzes');
}

/** Signs up a new teacher in this page's context, logs in and lands on the dashboard. */
export async function signUp(page: Page, name: string): Promise<string> {
  accounts += 1;
  const email = `${name.toLowerCase().replace(/\W/g, '')}-${Date.now()}-${accounts}@school.example`;
  await page.goto('/teacher/signup');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Your name, as students see it').fill(name);
  await page.getByLabel('Password (at least 10 characters)').fill(teacherPassword);
  await page.getByRole('button', { name: 'Create my account' }).click();
  // Sign-up answers alike whether or not the email had an account, so it never logs anyone in.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teacher log-in');
  await logIn(page, email);
  return email;
}

/** A type of question as the bank's filter offers it. */
type BankType = { label: string; value: string };

/** Creates a quiz with the bank's first questions of a type (true or false unless told) and returns its URL. */
export async function createQuiz(
  page: Page,
  title: string,
  questions: number,
  type: BankType = { label: 'True or false', value: 'true-false' }
): Promise<string> {
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const setUrl = page.url();
  await page.getByRole('link', { name: 'Add from the bank' }).click();
  await page.getByLabel('Type').selectOption({ label: type.label });
  await page.getByRole('button', { name: 'Show questions' }).click();
  await expect(page).toHaveURL(new RegExp(`type=${type.value}`));
  if (questions > 0) {
    const boxes = page.locator('.bank-list').getByRole('checkbox');
    for (let index = 0; index < questions; index += 1) await boxes.nth(index).check();
    await page.getByRole('button', { name: 'Add the ticked questions' }).first().click();
    await expect(page.locator('.bank-list').getByText('In this quiz')).toHaveCount(questions);
  }
  await page.goto(setUrl);
  return setUrl;
}

/** Sets the quiz on the owner's page to show all its questions on one page, publishes it, and returns its code. */
export async function publishOnOnePage(page: Page): Promise<string> {
  await page.getByLabel('Layout').selectOption('all-on-one-page');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Publish' }).click();
  return (await page.locator('.panel strong.code').textContent())!;
}

/** Starts a live session of the published quiz on the owner's page, returns its id and goes back. */
export async function startLiveSession(page: Page, setUrl: string): Promise<string> {
  await page.getByRole('button', { name: 'Start a live session' }).click();
  await expect(page).toHaveURL(/\/live\/[\w-]+$/);
  const sessionId = page.url().split('/').at(-1)!;
  await page.goto(setUrl);
  return sessionId;
}

/** What the owner can see of the set: any change by someone else would show here. */
export async function ownerView(page: Page, setUrl: string) {
  const exported = await page.request.get(`${setUrl}/export/json`);
  const grades = await page.request.get(`${setUrl}/results/csv`);
  await page.goto('/teacher');
  const dashboard = await page.locator('main').innerText();
  await page.goto(setUrl);
  return {
    questions: await exported.text(),
    grades: await grades.text(),
    dashboard,
    page: await page.locator('main').innerText(),
    title: await page.getByLabel('Title').inputValue(),
    layout: await page.getByLabel('Layout').inputValue(),
    feedback: await page.getByLabel('Feedback').inputValue()
  };
}
