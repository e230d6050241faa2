import { importGift, parseBankJson, readQtiPackage } from '@newsquiz/question-bank';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { createQuiz, signUp } from './teacher-helpers.ts';

/** The text as an HTML file writes it. */
const escapeHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');

test('the bank filters, pages and previews questions, and adding one keeps the filters and the page', async ({
  page,
  javaScriptEnabled
}) => {
  await signUp(page, 'Ms. Bank');
  const setUrl = await createQuiz(page, 'Filtered quiz', 0);
  await page.getByRole('link', { name: 'Add from the bank' }).click();
  await page.getByLabel('Type').selectOption({ label: 'Single choice' });
  // Hard single-choice questions fill more than one page of the bank.
  await page.getByLabel('Difficulty').selectOption('hard');
  await page.getByRole('button', { name: 'Show questions' }).click();
  // The unfiltered bank also says "page 1 of …": wait for the filtered page, or its links are the old ones.
  await expect(page).toHaveURL(/type=single-choice.*difficulty=hard/);
  await expect(page.getByRole('status')).toHaveText(/^\d+ questions match; page 1 of \d+\.$/);
  await expect(page.getByRole('link', { name: 'Previous page' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Next page' }).click();
  await expect(page.getByRole('status')).toHaveText(/page 2 of/);
  await expect(page).toHaveURL(/type=single-choice/);
  await expect(page).toHaveURL(/difficulty=hard/);
  await expect(page.getByLabel('Type')).toHaveValue('single-choice');
  const first = page.locator('.bank-list > li').first();
  await expect(first.locator('.tag')).toHaveText('Single choice');

  await first.getByText('Key and evidence').click();
  const quote = first.locator('blockquote').first();
  await expect(quote).toBeVisible();
  await expect(quote.getByRole('link', { name: /^paragraph \d+$/ })).toHaveAttribute(
    'href',
    /\/articles\/kerman-2024\?evidence=p\d+&quote=.+#p\d+$/
  );
  await expectNoAxeViolations(page, javaScriptEnabled);

  const stem = (await first.locator('label.pick').innerText()).replace(/^Single choice\s*/i, '');
  await first.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Add the ticked questions' }).first().click();
  await expect(page.locator('.bank-list > li').first().getByText('In this quiz')).toBeVisible();
  await expect(page).toHaveURL(/page=2/);
  await expect(page).toHaveURL(/difficulty=hard/);
  await expect(page.getByRole('status').first()).toHaveText(/page 2 of/);

  await page.goto(setUrl);
  await expect(page.getByRole('heading', { name: 'Questions (1)' })).toBeVisible();
  await expect(page.locator('.set-questions')).toContainText(stem);
});

test('a published quiz shows its link and a QR code; a copy is a draft with the same questions', async ({
  page,
  javaScriptEnabled
}) => {
  await signUp(page, 'Mr. Share');
  const setUrl = await createQuiz(page, 'Shared quiz', 2);
  await expect(page.getByRole('img', { name: /QR code/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Publish' }).click();
  const code = (await page.locator('.panel strong.code').textContent())!;
  const qr = page.getByRole('img', {
    name: `QR code of the join link ${new URL(setUrl).origin}/join?code=${code}`
  });
  await expect(qr).toBeVisible();
  await expect(qr.locator('svg path')).not.toHaveCount(0);
  await expectNoAxeViolations(page, javaScriptEnabled);

  await page.getByRole('button', { name: 'Duplicate this quiz' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shared quiz (copy)');
  expect(page.url()).not.toBe(setUrl);
  await expect(page.getByText('A draft: students cannot join yet.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Questions (2)' })).toBeVisible();
  await page.goto('/teacher');
  await expect(page.getByRole('row', { name: /Shared quiz \(copy\)/ })).toContainText('Draft');
  await expect(page.getByRole('row', { name: /^Shared quiz Open/ })).toBeVisible();
});

test('a set exports in every format, each file readable by what imports it', async ({
  page,
  javaScriptEnabled
}) => {
  await signUp(page, 'Ms. Export');
  await createQuiz(page, 'Export: Kerman', 3);
  await page.getByRole('link', { name: 'Export' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Export');
  await expectNoAxeViolations(page, javaScriptEnabled);

  const links = page.locator('.export-list > li > a');
  await expect(links).toHaveCount(9);
  const downloadPromise = page.waitForEvent('download');
  await links.first().click();
  expect((await downloadPromise).suggestedFilename()).toBe('export-kerman.json');

  const files = new Map<string, { type: string; body: Buffer }>();
  for (const href of await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!))) {
    const response = await page.request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()['content-disposition'], href).toMatch(/^attachment; filename="export-kerman\./);
    files.set(href.split('/').at(-1)!, {
      type: response.headers()['content-type']!,
      body: await response.body()
    });
  }
  const text = (format: string) => files.get(format)!.body.toString('utf8');

  const bank = parseBankJson(text('json'));
  expect(bank.ok && bank.bank.questions.map((question) => question.type)).toEqual([
    'true-false',
    'true-false',
    'true-false'
  ]);
  const stems = bank.ok ? bank.bank.questions.map((question) => question.stem) : [];
  expect(importGift(text('gift')).questions.map((question) => question.stem)).toEqual(stems);
  expect(text('moodle-xml')).toContain('<question type="truefalse">');
  expect(readQtiPackage(new Uint8Array(files.get('qti')!.body)).items).toHaveLength(3);
  expect(files.get('kahoot')!.body.subarray(0, 2).toString()).toBe('PK');
  expect(files.get('kahoot')!.type).toContain('spreadsheetml');
  expect(text('blooket')).toContain(stems[0]!.replaceAll('"', '""'));
  expect(text('quizlet').trim().split('\n')).toHaveLength(3);
  // The worksheet asks; the answer key answers, with each question's explanation.
  const explanations = bank.ok ? bank.bank.questions.map((question) => question.explanation) : [];
  for (const [index, stem] of stems.entries()) {
    expect(text('worksheet')).toContain(escapeHtml(stem));
    expect(text('worksheet')).not.toContain(escapeHtml(explanations[index]!));
    expect(text('answer-key')).toContain(escapeHtml(explanations[index]!));
  }
});

test('a question dragged onto another takes its place, and the order is saved @js-only', async ({ page }) => {
  await signUp(page, 'Ms. Drag');
  const setUrl = await createQuiz(page, 'Dragged quiz', 3);
  const items = page.locator('.set-questions > li');
  const stems = async () =>
    (await items.locator('p:first-child').allTextContents()).map((text) => text.trim());
  // The drag events a browser sends, one after the other: the mouse gesture that makes them is Chromium's,
  // and its emulation sometimes starts no drag at all (seen in CI), which would test nothing of ours.
  const dragOnto = async (from: number, to: number) => {
    await expect(items.first()).toHaveAttribute('draggable', 'true');
    const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
    await items.nth(from).dispatchEvent('dragstart', { dataTransfer });
    await items.nth(to).dispatchEvent('dragover', { dataTransfer });
    await items.nth(to).dispatchEvent('drop', { dataTransfer });
    await items.nth(from).dispatchEvent('dragend', { dataTransfer });
  };
  const [first, second, third] = await stems();
  await dragOnto(2, 0);
  await expect.poll(stems).toEqual([third, first, second]);
  await page.goto(setUrl);
  expect(await stems()).toEqual([third, first, second]);
  await dragOnto(0, 1);
  await expect.poll(stems).toEqual([first, third, second]);
});

test('no teacher page scrolls sideways on a 360 px phone, nor any question form', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signUp(page, 'Ms. Phone');
  const setUrl = await createQuiz(page, 'Phone quiz', 2);
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  const types = [
    'single-choice',
    'multiple-response',
    'true-false',
    'numeric',
    'short-answer',
    'cloze',
    'matching',
    'ordering'
  ];
  const paths = [
    '/teacher',
    setUrl,
    `${setUrl}/bank`,
    `${setUrl}/import`,
    `${setUrl}/results`,
    `${setUrl}/export`,
    ...types.map((type) => `${setUrl}/questions/new?type=${type}`)
  ];
  for (const path of paths) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
  }
});
