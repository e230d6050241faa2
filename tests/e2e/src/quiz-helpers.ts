import { QuestionType } from '@newsquiz/question-bank';
import { expect, type Locator, type Page } from '@playwright/test';

export const questionTypes = QuestionType.options;

/** Fills in some answer to the question shown in `question` (a fieldset), whatever its type; returns the type. */
export async function fillSomeAnswer(question: Locator): Promise<string> {
  const type = (await question.getAttribute('data-question-type')) ?? '';
  switch (type) {
    case 'single-choice':
    case 'true-false':
    case 'evidence-selection':
      await question.getByRole('radio').first().check();
      break;
    case 'multiple-response':
      await question.getByRole('checkbox').first().check();
      break;
    case 'numeric':
      await question.getByRole('textbox').fill('84');
      break;
    case 'short-answer':
    case 'cloze':
      await question.getByRole('textbox').fill('Islamic State');
      break;
    case 'matching':
      for (const select of await question.getByRole('combobox').all())
        await select.selectOption({ index: 1 });
      break;
    case 'ordering': {
      // Keep the order shown: item n goes to place n.
      const selects = await question.getByRole('combobox').all();
      for (const [index, select] of selects.entries()) await select.selectOption(String(index + 1));
      break;
    }
    default:
      throw new Error(`unknown question type "${type}"`);
  }
  return type;
}

/** Starts a practice quiz from the home page and waits for its first question. */
export async function startPractice(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start a practice quiz' }).click();
  await expect(page).toHaveURL(/\/attempts\/[\w-]+\/1$/);
}

/** The visible question of a one-question-a-page attempt. */
export const currentQuestion = (page: Page) => page.locator('fieldset.question');

/** The join code of the demo class quiz, as the home page shows it. */
export async function demoJoinCode(page: Page): Promise<string> {
  await page.goto('/');
  const code = await page.locator('strong.code').textContent();
  expect(code).toMatch(/^[23456789BCDFGHJKMNPQRSTVWXYZ]{6}$/);
  return code!;
}

/** Follows the "Next question" link and waits until the next question's page is the one shown. */
export async function goToNextQuestion(page: Page, number: number): Promise<void> {
  await page.getByRole('link', { name: 'Next question →' }).click();
  await expect(page).toHaveURL(new RegExp(`/${number}$`));
}

/** Joins a class quiz by its code under this name and waits for the attempt's first page. */
export async function joinQuiz(page: Page, code: string, name: string): Promise<void> {
  await page.goto(`/join?code=${code}`);
  await page.getByLabel('Your name, as your teacher will see it').fill(name);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(page).toHaveURL(/\/attempts\/[\w-]+(\/1)?$/);
}
