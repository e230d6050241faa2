import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Browser, type BrowserContext } from '@playwright/test';
import { demoJoinCode, joinQuiz, startPractice } from './quiz-helpers.ts';
import { createQuiz, signUp } from './teacher-helpers.ts';

// A student's pages must stay light on a school's slow network and old phones: each loads at most this much
// gzipped JavaScript on a fresh visit. (An empty SvelteKit page with its client router ships about 30 KiB.)
const budgetBytes = 35 * 1024;

// The figures of the last accepted build, so that a failure says which script grew and by how much.
// Rewrite them with `pnpm --filter @newsquiz/e2e budget:update` and commit the diff with the change.
const figuresPath = new URL('./js-budget.json', import.meta.url);
type Figures = Record<string, Record<string, number>>;

/** A script's name without the content hash that Vite puts in it, so that figures compare across builds. */
const scriptName = (url: string) =>
  url.startsWith('inline:') ? url : new URL(url).pathname.replace(/\.[\w-]{8}(?=\.js$)/, '');

/**
 * Every script a fresh visit to `url` loads (files and inline), by name, with its gzipped size. A live page
 * keeps its event stream open, so the network never goes idle there: `settled` says to wait for the load
 * event instead, after which nothing more is fetched.
 */
async function scriptsOfFreshVisit(
  browser: Browser,
  from: BrowserContext,
  url: string,
  settled: 'networkidle' | 'load' = 'networkidle'
) {
  // A new context has an empty cache; the cookies are the student's, so an attempt's pages open.
  const context = await browser.newContext({ storageState: await from.storageState() });
  try {
    const page = await context.newPage();
    const bodies: Promise<[string, Buffer]>[] = [];
    page.on('response', (response) => {
      if ((response.headers()['content-type'] ?? '').includes('javascript'))
        bodies.push(response.body().then((body) => [scriptName(response.url()), body]));
    });
    const response = await page.goto(url, { waitUntil: settled });
    expect(response?.status(), url).toBe(200);
    expect(new URL(page.url()).pathname, 'the page itself, not a redirect').toBe(
      new URL(response!.url()).pathname
    );
    const inline = await page
      .locator('script:not([src])')
      .evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ''));
    const scripts: Record<string, number> = {};
    for (const [name, body] of await Promise.all(bodies)) scripts[name] = gzipSync(body).length;
    for (const [index, text] of inline.entries()) scripts[`inline:${index}`] = gzipSync(text).length;
    return scripts;
  } finally {
    await context.close();
  }
}

function changesAgainst(before: Record<string, number> | undefined, now: Record<string, number>) {
  const names = new Set([...Object.keys(before ?? {}), ...Object.keys(now)]);
  return [...names]
    .map((name) => {
      const was = before?.[name];
      const is = now[name];
      if (was === undefined) return `  ${name}: new, ${is} B`;
      if (is === undefined) return `  ${name}: gone (was ${was} B)`;
      return `  ${name}: ${is} B (${is - was >= 0 ? '+' : ''}${is - was} B against ${was} B)`;
    })
    .join('\n');
}

test('every student page loads at most 35 KiB of gzipped JavaScript on a fresh visit @js-only', async ({
  browser,
  page
}) => {
  test.setTimeout(180_000);
  const pages: Record<string, string> = {};
  const measured: Figures = {};
  const measure = async (label: string, url: string, settled?: 'load') => {
    pages[label] = url;
    measured[label] = await scriptsOfFreshVisit(browser, page.context(), url, settled);
  };
  const here = () => new URL(page.url()).pathname;

  await measure('home', '/');
  await measure('reader', '/articles/kerman-2024');
  await measure('join', '/join');
  const code = await demoJoinCode(page);
  await measure('join with a code', `/join?code=${code}`);
  await joinQuiz(page, code, 'Budget B.');
  // The demo class quiz shows every question on one page, with a time limit.
  await expect(page.locator('fieldset.question')).not.toHaveCount(1);
  await measure('class quiz, all on one page', here());

  await startPractice(page);
  await measure('practice, one question a page', here());
  await page.getByRole('button', { name: 'Finish and see my results' }).click();
  await expect(page).toHaveURL(/\/results$/);
  await measure('results', here());

  // A live session's student page, waiting and with a question open, led by a teacher in another browser.
  const teacherContext = await browser.newContext();
  try {
    const teacher = await teacherContext.newPage();
    await signUp(teacher, 'Ms. Budget');
    await createQuiz(teacher, 'Budget live quiz', 2);
    await teacher.getByRole('button', { name: 'Publish' }).click();
    await teacher.getByRole('button', { name: 'Start a live session' }).click();
    const liveCode = (await teacher.locator('.live-code').textContent())!;
    await page.goto('/join');
    await page.getByLabel('Code from your teacher').fill(liveCode);
    await page.getByRole('button', { name: 'Find the quiz' }).click();
    await page.getByLabel('Your name, as your teacher will see it').fill('Budget L.');
    await page.getByRole('button', { name: 'Join the live session' }).click();
    await expect(page).toHaveURL(/\/live$/);
    await measure('live session, waiting', here(), 'load');
    await teacher.getByRole('button', { name: 'Open question 1' }).click();
    await expect(page.locator('fieldset.question')).toBeVisible({ timeout: 15_000 });
    await measure('live session, question open', here(), 'load');
  } finally {
    await teacherContext.close();
  }

  if (test.info().config.updateSnapshots === 'all') {
    writeFileSync(figuresPath, `${JSON.stringify(measured, null, 2)}\n`);
  }
  const committed: Figures = JSON.parse(readFileSync(figuresPath, 'utf8'));
  for (const [label, scripts] of Object.entries(measured)) {
    const total = Object.values(scripts).reduce((sum, bytes) => sum + bytes, 0);
    expect
      .soft(
        total,
        `${label} (${pages[label]}) loads ${total} B of gzipped JavaScript; by script, against js-budget.json:\n` +
          changesAgainst(committed[label], scripts)
      )
      .toBeLessThanOrEqual(budgetBytes);
  }
  expect(measured, 'js-budget.json is stale: run `pnpm --filter @newsquiz/e2e budget:update`').toEqual(
    committed
  );
});
