import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { currentQuestion, fillSomeAnswer } from './quiz-helpers.ts';
import { signUp } from './teacher-helpers.ts';

// The facts package's second article, which the test server loads from NEWSQUIZ_ARTICLES_DIR.
const harbor = { id: 'harbor-bridge-2025', title: 'Harbor Bridge Reopens After Two-Year Repair' };

test('a second article is listed, read and practised like the first', async ({ page, javaScriptEnabled }) => {
  await page.goto('/');
  const more = page.locator('section.more-articles');
  await expect(more.getByRole('heading', { level: 2 })).toHaveText('More articles');
  await more.getByRole('link', { name: harbor.title }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${harbor.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(harbor.title);
  await expectNoAxeViolations(page, javaScriptEnabled);

  await page.getByRole('button', { name: 'Take a practice quiz on this article' }).click();
  await expect(page).toHaveURL(/\/attempts\/[\w-]+\/1$/);
  await fillSomeAnswer(currentQuestion(page));
  await page.getByRole('button', { name: 'Check my answer' }).click();
  const feedback = page.locator('div.feedback');
  await expect(feedback).toBeVisible();
  // The evidence quotes this article, and its link opens this article's reader at the quote.
  await feedback
    .getByRole('link', { name: /Read it in the article/ })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/articles/${harbor.id}\\?evidence=p\\d+&quote=`));
  await expect(page.locator('mark')).toHaveCount(1);
});

test('the home page starts a practice quiz on any article it lists', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: `Take a practice quiz on “${harbor.title}”` }).click();
  await expect(page).toHaveURL(/\/attempts\/[\w-]+\/1$/);
  await page.getByRole('button', { name: 'Finish and see my results' }).click();
  await expect(page.getByRole('link', { name: 'Read the article' })).toHaveAttribute(
    'href',
    new RegExp(`/articles/${harbor.id}$`)
  );
});

test('a teacher builds a quiz on the second article from its own bank', async ({
  page,
  javaScriptEnabled
}) => {
  await signUp(page, 'Ms. Harbor');
  await page.getByLabel('Title').fill('Bridge week');
  await page.getByLabel('Article').selectOption({ label: harbor.title });
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bridge week');
  await expect(page.getByRole('link', { name: harbor.title })).toHaveAttribute(
    'href',
    new RegExp(`/articles/${harbor.id}$`)
  );

  await page.getByRole('link', { name: 'Add from the bank' }).click();
  const bank = page.locator('.bank-list');
  // Every question the bank offers cites this article and no other.
  await expect(bank.locator(`a[href*="/articles/${harbor.id}?"]`).first()).toBeAttached();
  await expect(bank.locator('a[href*="/articles/kerman-2024"]')).toHaveCount(0);
  await bank.getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Add the ticked questions' }).first().click();
  await expect(bank.getByText('In this quiz')).toHaveCount(1);
  await expectNoAxeViolations(page, javaScriptEnabled);
});

test('an article the app does not have is a 404 that says so, to read or to practise @once', async ({
  request
}) => {
  const origin = new URL(test.info().project.use.baseURL!).origin;
  const reading = await request.get('/articles/no-such-article');
  expect(reading.status()).toBe(404);
  expect(await reading.text()).toContain('There is no article with that name.');
  const practising = await request.post('/articles/no-such-article/practice', {
    form: {},
    headers: { origin, accept: 'text/html' },
    maxRedirects: 0
  });
  expect(practising.status()).toBe(404);
});
