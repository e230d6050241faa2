import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { signUp } from './teacher-helpers.ts';

/** An empty quiz; returns the set page's URL. */
async function emptyQuiz(page: Page, title: string): Promise<string> {
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  return page.url();
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

async function fillRows(page: Page, label: string, texts: string[]): Promise<void> {
  for (const [index, text] of texts.entries()) await field(page, `${label} ${index + 1}`).fill(text);
}

async function cite(page: Page, paragraph: string, quote: string): Promise<void> {
  await field(page, 'Quote 1: paragraph').selectOption(paragraph);
  await field(page, 'Quote 1: the article’s words').fill(quote);
}

type Authoring = { type: string; stem: string; fill: (page: Page) => Promise<void> };

// One question of each type, each true to the article and clear of the quality gates.
const questions: Authoring[] = [
  {
    type: 'Single choice',
    stem: 'Where did the bombings happen?',
    fill: async (page) => {
      await fillRows(page, 'Option', ['Tehran', 'Kerman', 'Isfahan']);
      await page.getByLabel('Correct: option 2').check();
      await cite(page, 'p10', 'the southeastern town of Kerman');
    }
  },
  {
    type: 'Multiple response',
    stem: 'Which of these does the article say Iran has armed?',
    fill: async (page) => {
      await fillRows(page, 'Option', ['Yemen’s Houthis', 'The Taliban', 'Militias in Syria']);
      await page.getByLabel('Correct: option 1').check();
      await page.getByLabel('Correct: option 3').check();
      await cite(page, 'p28', 'has armed multiple proxies');
    }
  },
  {
    type: 'True or false',
    stem: 'The U.S. warned Iran before the attack.',
    fill: async (page) => {
      await page.getByLabel('True', { exact: true }).check();
      await cite(page, 'p7', 'The U.S. secretly warned Iran');
    }
  },
  {
    type: 'Number',
    stem: 'How many Iranians did the bombings kill?',
    fill: async (page) => {
      await field(page, 'Number').fill('84');
      await field(page, 'Unit (optional), such as “people”').fill('people');
      await cite(page, 'p19', 'killed 84 Iranians');
    }
  },
  {
    type: 'Short answer',
    stem: 'In which country did ISIS-K first emerge?',
    fill: async (page) => {
      await field(page, 'Accepted answers, one a line').fill('Afghanistan');
      await cite(page, 'p22', 'ISIS-K first emerged in Afghanistan in 2015');
    }
  },
  {
    type: 'Fill the blank',
    stem: 'Fill in the name of the missiles.',
    fill: async (page) => {
      await field(page, 'Passage').fill('On Jan. 15 Iran fired four {{blank}} ballistic missiles.');
      await field(page, 'Accepted answers, one a line').fill('Kheibar Shekan');
      await cite(page, 'p36', 'fired four Kheibar Shekan ballistic missiles');
    }
  },
  {
    type: 'Matching',
    stem: 'Match each person to their role.',
    fill: async (page) => {
      await fillRows(page, 'Prompt', ['Hossein Salami', 'Douglas London', 'Alex Vatanka']);
      await fillRows(page, 'Match', ['Guard commander', 'Former CIA officer', 'Think-tank director']);
      await cite(page, 'p38', 'Alex Vatanka, director of the Iran program');
    }
  },
  {
    type: 'Ordering',
    stem: 'Put these events in order, earliest first.',
    fill: async (page) => {
      await fillRows(page, 'Item', [
        'The bombings in Kerman',
        'Iran publishes its investigation',
        'Iran fires missiles at Idlib'
      ]);
      await cite(page, 'p37', 'published on Jan. 10');
    }
  }
];

test('a teacher writes a question of every type, each checked and cited, and sees them in the quiz', async ({
  page,
  javaScriptEnabled
}) => {
  test.setTimeout(120_000);
  await signUp(page, 'Ms. Tehrani');
  const setUrl = await emptyQuiz(page, 'Written by hand');
  await page.getByRole('link', { name: 'Write a question' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Write a question');
  await expectNoAxeViolations(page, javaScriptEnabled);

  for (const [index, question] of questions.entries()) {
    await page.goto(`${setUrl}/questions/new`);
    await page.getByRole('link', { name: question.type, exact: true }).click();
    await expect(page).toHaveURL(/\?type=/);
    if (index === 6) await expectNoAxeViolations(page, javaScriptEnabled);
    await field(page, question.type === 'True or false' ? 'Statement' : 'Question')
      .or(field(page, 'Instruction'))
      .fill(question.stem);
    await question.fill(page);
    await field(page, 'Explanation, shown once the student has answered').fill('As the article reports.');
    await field(page, 'Topic').selectOption({ label: 'The attack' });
    await page.getByRole('button', { name: 'Add to the quiz' }).click();
    await expect(page).toHaveURL(setUrl);
    await expect(page.locator('.set-questions .set-question')).toHaveCount(index + 1);
    await expect(page.locator('.set-questions .set-question').nth(index)).toContainText(question.stem);
  }
  await expect(page.locator('.set-questions')).toContainText('Answer: Kerman');
  await expect(page.locator('.set-questions')).toContainText('Answer: 84 people');
  await expect(page.locator('.set-questions')).toContainText(
    'Answer: 1. The bombings in Kerman; 2. Iran publishes its investigation; 3. Iran fires missiles at Idlib'
  );
});

test('a refused question keeps what was typed and says what to fix where; an edit shows in the quiz', async ({
  page,
  javaScriptEnabled
}) => {
  await signUp(page, 'Mr. Sadeghi');
  const setUrl = await emptyQuiz(page, 'Corrections');
  await page.goto(`${setUrl}/questions/new?type=single-choice`);
  await field(page, 'Question').fill('Where did the bombings happen?');
  await fillRows(page, 'Option', ['Kerman', 'Tehran', 'kerman']);
  await page.getByLabel('Correct: option 1').check();
  await cite(page, 'p7', 'the southeastern town of Kerman');
  await field(page, 'Explanation, shown once the student has answered').fill('Paragraph 10 names the town.');
  await field(page, 'Topic').selectOption({ label: 'The attack' });
  await page.getByRole('button', { name: 'Add to the quiz' }).click();

  await expect(page.getByRole('alert').first()).toContainText('Not saved: 2 fields need a change');
  await expect(field(page, 'Option 3')).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, 'Option 3')).toHaveAccessibleDescription('This repeats another row.');
  const quote = field(page, 'Quote 1: the article’s words');
  await expect(quote).toHaveAccessibleDescription(
    'These words are not in paragraph 7; they stand in paragraph 10.'
  );
  await expect(field(page, 'Question')).toHaveValue('Where did the bombings happen?');
  await expect(field(page, 'Option 1')).toHaveValue('Kerman');
  await expect(field(page, 'Option 3')).toHaveValue('kerman');
  await expect(page.getByLabel('Correct: option 1')).toBeChecked();
  await expect(quote).toHaveValue('the southeastern town of Kerman');
  await expect(field(page, 'Topic')).toHaveValue('the-attack');
  if (javaScriptEnabled) await expectNoAxeViolations(page, javaScriptEnabled);

  await field(page, 'Option 3').fill('Isfahan');
  await field(page, 'Quote 1: paragraph').selectOption('p10');
  await page.getByRole('button', { name: 'Add to the quiz' }).click();
  await expect(page).toHaveURL(setUrl);
  await expect(page.locator('.set-question')).toContainText('Where did the bombings happen?');

  await page.getByRole('link', { name: 'Edit question 1' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit question 1');
  await expect(field(page, 'Option 3')).toHaveValue('Isfahan');
  await expect(field(page, 'Quote 1: paragraph')).toHaveValue('p10');
  await expectNoAxeViolations(page, javaScriptEnabled);
  await field(page, 'Question').fill('In which town did the bombings happen?');
  await page.getByRole('button', { name: 'Save the question' }).click();
  await expect(page).toHaveURL(setUrl);
  await expect(page.locator('.set-question')).toHaveCount(1);
  await expect(page.locator('.set-question')).toContainText('In which town did the bombings happen?');

  // The question's id opens nothing from another quiz, not even the same teacher's, and changes nothing.
  const editHref = await page.getByRole('link', { name: 'Edit question 1' }).getAttribute('href');
  const setQuestionId = editHref!.split('/').pop();
  await page.goto('/teacher');
  const otherUrl = await emptyQuiz(page, 'Another quiz');
  expect((await page.goto(`${otherUrl}/questions/${setQuestionId}`))?.status()).toBe(404);
  const post = await page.request.post(`${otherUrl}/questions/${setQuestionId}`, {
    form: { stem: 'Hijacked?' },
    headers: { Origin: new URL(setUrl).origin }
  });
  expect(post.status()).toBe(404);
  await page.goto(setUrl);
  await expect(page.locator('.set-question')).toContainText('In which town did the bombings happen?');
});

test('GIFT import adds what reads, lists what it left out by line, and adds nothing when nothing reads', async ({
  page,
  javaScriptEnabled
}) => {
  await signUp(page, 'Ms. Azadi');
  const setUrl = await emptyQuiz(page, 'Imported');
  await page.getByRole('link', { name: 'Import GIFT' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import GIFT');
  await expectNoAxeViolations(page, javaScriptEnabled);

  await field(page, 'Or paste GIFT text').fill(
    [
      'The U.S. warned Iran before the attack. {T}',
      '',
      '::Where:: Where did the bombings happen? {=Kerman ~Tehran ~Isfahan}'
    ].join('\n')
  );
  await field(page, 'Topic of these questions').selectOption({ label: 'The warning' });
  await field(page, 'Paragraph').selectOption('p7');
  await field(page, 'The article’s words, as they stand in that paragraph').fill('secretly warned Iran');
  await page.getByRole('button', { name: 'Import the questions' }).click();
  await expect(page.getByRole('status')).toContainText('Added 2 questions');

  // A file as Moodle saves it: no evidence, HTML in the text, one question that cannot be read.
  const fileInput = page.getByLabel('A GIFT file (.gift, .gift.txt or .txt, up to 200 KB)');
  await fileInput.setInputFiles({
    name: 'from-moodle.gift.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(
      '$CATEGORY: $course$/Attack\n\n::Warned::[html]Iran was <b>warned</b>. {T}\n\nHow many died? {#lots}\n'
    )
  });
  await field(page, 'Topic of these questions').selectOption({ label: 'The attack' });
  await page.getByRole('button', { name: 'Import the questions' }).click();
  const status = page.getByRole('status');
  await expect(status).toContainText('Added 1 question');
  await expect(status).toContainText('marked “not grounded”');
  await expect(status).toContainText('1 question left out');
  await expect(status).toContainText('Line 5: "lots" is not a number');
  await expectNoAxeViolations(page, javaScriptEnabled);

  await fileInput.setInputFiles({
    name: 'broken.gift',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('How many died? {#lots}\n\nWhy? {}\n')
  });
  await field(page, 'Topic of these questions').selectOption({ label: 'The attack' });
  await page.getByRole('button', { name: 'Import the questions' }).click();
  await expect(page.getByRole('alert')).toContainText('Nothing was imported');
  await expect(page.getByRole('alert')).toContainText('Line 1: "lots" is not a number');
  await expect(page.getByRole('alert')).toContainText('Line 3: essay questions');
  if (javaScriptEnabled) await expectNoAxeViolations(page, javaScriptEnabled);

  await page.goto(setUrl);
  const listed = page.locator('.set-questions .set-question');
  await expect(listed).toHaveCount(3);
  await expect(listed.nth(1)).toContainText('Where did the bombings happen?');
  await expect(listed.nth(2)).toContainText('Iran was warned.');
  await expect(listed.nth(2)).not.toContainText('<b>');
});
