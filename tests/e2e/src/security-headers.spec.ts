import { createHash } from 'node:crypto';
import { expect, test, type APIResponse } from '@playwright/test';
import { FormatId } from '@newsquiz/question-bank';
import { demoJoinCode, fillSomeAnswer, joinQuiz, startPractice } from './quiz-helpers.ts';
import { createQuiz, signUp } from './teacher-helpers.ts';

/** The policy's directives by name, each with its sources. */
function cspDirectives(response: APIResponse | null): Map<string, string[]> {
  const header = response?.headers()['content-security-policy'] ?? '';
  return new Map(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources])
  );
}

function expectHardened(response: APIResponse | null) {
  const csp = cspDirectives(response);
  // Scripts from the site itself, and inline only SvelteKit's own, by its nonce (a student page has none).
  expect(csp.get('script-src')).toContain("'self'");
  for (const source of csp.get('script-src')!) expect(source).toMatch(/^'(self|nonce-[\w+/=]+)'$/);
  expect(csp.get('style-src')).toEqual(["'self'"]);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('form-action')).toEqual(["'self'"]);
  const headers = response!.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['x-frame-options']).toBe('DENY');
}

test('every kind of page is sent with a strict Content Security Policy and the other safety headers', async ({
  page
}) => {
  for (const path of ['/', '/articles/kerman-2024', '/join', '/teacher/login', '/teacher/signup']) {
    await test.step(path, async () => expectHardened(await page.request.get(path)));
  }
  const code = await demoJoinCode(page);
  expectHardened(await page.request.get(`/join?code=${code}`));
  await startPractice(page);
  expectHardened(await page.request.get(page.url()));
  await signUp(page, 'Ms. Headers');
  expectHardened(await page.request.get('/teacher'));
});

test('the pages run under their policy without a single violation @js-only', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      violations.push(message.text());
  });
  // The countdown ticks only if the quiz page's script ran under the policy.
  await joinQuiz(page, await demoJoinCode(page), 'Policy P.');
  await expect(page.getByText(/Time left: \d+:\d\d/)).toBeVisible();
  await startPractice(page);
  await fillSomeAnswer(page.locator('fieldset.question'));
  await page.getByRole('button', { name: 'Check my answer' }).click();
  await expect(page.locator('.feedback')).toBeVisible();
  await page.goto('/articles/kerman-2024');
  await signUp(page, 'Mr. Policy');
  // A mark on the window survives only if the quiz is created without a page load: SvelteKit's scripts ran.
  await page.evaluate(() => Object.assign(window, { stillThisDocument: true }));
  await page.getByLabel('Title').fill('Policy quiz');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Policy quiz');
  expect(await page.evaluate(() => 'stillThisDocument' in window)).toBe(true);
  expect(violations).toEqual([]);
});

test('session and attempt cookies are HttpOnly, SameSite=Lax and scoped to what they open', async ({
  page,
  context
}) => {
  await startPractice(page);
  const attemptId = new URL(page.url()).pathname.split('/')[2]!;
  await signUp(page, 'Ms. Cookies');
  const cookies = await context.cookies();
  const byName = new Map(cookies.map((cookie) => [cookie.name, cookie]));
  for (const name of ['nq-session', 'nq-browser', `nq-attempt-${attemptId}`, 'nq-participant']) {
    const cookie = byName.get(name);
    expect(cookie, name).toBeDefined();
    expect(cookie!.httpOnly, name).toBe(true);
    expect(cookie!.sameSite, name).toBe('Lax');
    // Served over plain http on loopback here; the app sets Secure when the site is on https.
    expect(cookie!.secure, name).toBe(false);
  }
  expect(byName.get(`nq-attempt-${attemptId}`)!.path).toBe(`/attempts/${attemptId}`);
  expect(byName.get('nq-session')!.path).toBe('/');
  // It only gives the browser its own budget of log-in guesses, so only the teacher pages need it.
  expect(byName.get('nq-browser')!.path).toBe('/teacher');
});

test('a request body over the limit is refused before the app reads it @once', async ({ request }) => {
  const response = await request.post('/join', {
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: new URL(test.info().project.use.baseURL!).origin
    },
    data: `name=${'x'.repeat(1024 * 1024)}`
  });
  expect(response.status()).toBe(413);
});

/** What every response carries, whoever sends it: a page, a file of the build, a redirect, an error. */
function expectSafetyHeaders(response: APIResponse, label: string) {
  const headers = response.headers();
  expect(headers['x-content-type-options'], label).toBe('nosniff');
  expect(headers['referrer-policy'], label).toBe('same-origin');
  expect(headers['x-frame-options'], label).toBe('DENY');
  expect(headers['cross-origin-opener-policy'], label).toBe('same-origin');
  expect(headers['permissions-policy'], label).toBe('camera=(), microphone=(), geolocation=()');
}

test('the files of the build, redirects, errors and endpoints carry the safety headers too @once', async ({
  page
}) => {
  await page.goto('/');
  const files = await page
    .locator('[href*="/_app/immutable/"], [src*="/_app/immutable/"]')
    .evaluateAll((elements) =>
      elements.map((element) => element.getAttribute('href') ?? element.getAttribute('src'))
    );
  expect(files.length).toBeGreaterThan(0);
  for (const file of [...new Set(files)].map((path) => new URL(path!, page.url()).pathname)) {
    const response = await page.request.get(file);
    expect(response.status(), file).toBe(200);
    expectSafetyHeaders(response, file);
    // The same file again, unchanged: the short answer carries them as well.
    const unchanged = await page.request.get(file, {
      headers: { 'if-none-match': response.headers()['etag']! }
    });
    expect(unchanged.status(), `${file} again`).toBe(304);
    expectSafetyHeaders(unchanged, `${file} again`);
  }
  const others = [
    ['/_app/version.json', 200],
    // The log-in redirect is thrown before any page is rendered.
    ['/teacher', 303],
    ['/teacher/sets/00000000-0000-4000-8000-000000000000/export/worksheet', 303],
    ['/no-such-page', 404],
    ['/health', 200]
  ] as const;
  for (const [path, status] of others) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    expectSafetyHeaders(response, path);
  }
});

test('every download carries a policy that runs nothing; the printable pages keep only their own style @once', async ({
  page
}) => {
  await signUp(page, 'Ms. Downloads');
  const setUrl = await createQuiz(page, 'Download quiz', 1);
  for (const format of [...FormatId.options, 'grades.csv']) {
    const path = format === 'grades.csv' ? `${setUrl}/results/csv` : `${setUrl}/export/${format}`;
    const response = await page.request.get(path);
    expect(response.status(), format).toBe(200);
    expectSafetyHeaders(response, format);
    const csp = cspDirectives(response);
    expect(csp.get('default-src'), format).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors'), format).toEqual(["'none'"]);
    expect(csp.get('form-action'), format).toEqual(["'none'"]);
    expect(csp.get('base-uri'), format).toEqual(["'none'"]);
    expect(csp.has('sandbox'), format).toBe(true);
    expect(csp.has('script-src'), format).toBe(false);
    if (format === 'worksheet' || format === 'answer-key') {
      const style = /<style>([\s\S]*?)<\/style>/.exec(await response.text())?.[1] ?? '';
      const hash = createHash('sha256').update(style).digest('base64');
      expect(csp.get('style-src'), format).toEqual([`'sha256-${hash}'`]);
    }
  }
});
