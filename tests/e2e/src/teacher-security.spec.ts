import { expect, test, type APIRequestContext } from '@playwright/test';
import { createQuiz, startLiveSession, ownerView, signUp } from './teacher-helpers.ts';
import { endpointUrl, teacherEndpoints } from './app-routes.ts';
import { joinQuiz } from './quiz-helpers.ts';

/** A body that every action would accept from the set's owner: if a check were missing, it would change the set. */
const forgedForm = (setQuestionId: string) => ({
  title: 'Taken over',
  instructions: 'Taken over',
  layout: 'all-on-one-page',
  feedback: 'immediate',
  timeLimitMinutes: '',
  attemptsAllowed: '',
  drawCount: '',
  setQuestionId,
  direction: 'down',
  questionId: 'q-0000000000000000'
});

function send(
  request: APIRequestContext,
  method: string,
  url: string,
  origin: string,
  form: Record<string, string>
) {
  return method === 'GET'
    ? request.get(url, { maxRedirects: 0 })
    : request.fetch(url, { method, form, headers: { origin, accept: 'text/html' }, maxRedirects: 0 });
}

test('the matrix covers every teacher page, action and endpoint', async () => {
  const names = (await teacherEndpoints()).map((endpoint) =>
    `${endpoint.method} ${endpoint.route} ${endpoint.action ?? ''}`.trim()
  );
  for (const expected of [
    'GET /teacher',
    'POST /teacher create',
    'POST /teacher/sets/[id] settings',
    'POST /teacher/sets/[id] publish',
    'POST /teacher/sets/[id] duplicate',
    'POST /teacher/sets/[id]/bank add',
    'GET /teacher/sets/[id]/export/[format]',
    'GET /teacher/sets/[id]/results',
    'POST /teacher/sets/[id]/results accept',
    'GET /teacher/sets/[id]/results/[attemptId]',
    'POST /teacher/sets/[id]/results/[attemptId] accept',
    'POST /teacher/sets/[id] schedule'
  ]) {
    expect(names).toContain(expected);
  }
});

test('every teacher page, action and endpoint refuses anonymous visitors, students and other teachers, and nothing leaks or changes', async ({
  page,
  browser
}) => {
  test.setTimeout(120_000);
  await signUp(page, 'Ms. Owner');
  const setUrl = await createQuiz(page, 'Private quiz', 2);
  const origin = new URL(setUrl).origin;
  await page.getByRole('button', { name: 'Publish' }).click();
  const code = (await page.locator('.panel strong.code').textContent())!;
  const params = {
    id: setUrl.split('/').at(-1)!,
    setQuestionId: await page
      .locator('input[name="setQuestionId"]')
      .first()
      .getAttribute('value')
      .then(String),
    format: 'json',
    // The student's attempt, once they have joined below.
    attemptId: '',
    sessionId: await startLiveSession(page, setUrl)
  };
  const anonymous = await browser.newContext();
  const student = await browser.newContext();
  const intruder = await browser.newContext();
  try {
    const studentPage = await student.newPage();
    await joinQuiz(studentPage, code, 'Curious student');
    params.attemptId = /\/attempts\/([\w-]+)/.exec(studentPage.url())![1]!;
    expect((await student.cookies()).some((cookie) => cookie.name.startsWith('nq-attempt-'))).toBe(true);
    await signUp(await intruder.newPage(), 'Mallory');
    const before = await ownerView(page, setUrl);
    const stem: string = JSON.parse(before.questions).questions[0].stem;

    for (const endpoint of await teacherEndpoints()) {
      const url = endpointUrl(endpoint, params);
      const label = `${endpoint.method} ${url}`;
      for (const [who, context] of [
        ['anonymous', anonymous],
        ['student', student]
      ] as const) {
        const response = await send(
          context.request,
          endpoint.method,
          url,
          origin,
          forgedForm(params.setQuestionId)
        );
        expect(response.status(), `${who}: ${label}`).toBe(303);
        expect(response.headers().location, `${who}: ${label}`).toMatch(/^\/teacher\/login\?next=/);
      }
      if (!endpoint.route.includes('[id]')) continue;
      const response = await send(
        intruder.request,
        endpoint.method,
        url,
        origin,
        forgedForm(params.setQuestionId)
      );
      expect(response.status(), `other teacher: ${label}`).toBe(404);
      const body = await response.text();
      expect(body, `other teacher: ${label}`).not.toContain('Private quiz');
      expect(body, `other teacher: ${label}`).not.toContain(stem);
    }
    const intruderDashboard = await intruder.request.get('/teacher');
    expect(await intruderDashboard.text()).not.toContain('Private quiz');
    expect(await ownerView(page, setUrl)).toEqual(before);
  } finally {
    await anonymous.close();
    await student.close();
    await intruder.close();
  }

  // The same forged form from the owner does change the set: the refusals above were the checks at work.
  const owned = await send(
    page.request,
    'POST',
    `${setUrl}?/settings`,
    origin,
    forgedForm(params.setQuestionId)
  );
  expect(owned.status()).toBe(200);
  await page.reload();
  await expect(page.getByLabel('Title')).toHaveValue('Taken over');
});
