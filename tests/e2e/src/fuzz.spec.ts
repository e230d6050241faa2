import fc from 'fast-check';
import { expect, test, type APIRequestContext, type APIResponse, type Page } from '@playwright/test';
import { appEndpoints, endpointUrl } from './app-routes.ts';
import { demoJoinCode, joinQuiz } from './quiz-helpers.ts';
import { createQuiz, ownerView, signUp, startLiveSession } from './teacher-helpers.ts';

// Bounded so that it runs in every `pnpm test`: each form gets this many malformed posts.
const runsPerTarget = 20;

const injections = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' OR '1'='1",
  "'; DROP TABLE teachers; --",
  '${7*7}{{7*7}}',
  '../../etc/passwd',
  '\u0000',
  '\uD800',
  '\u202Egnp.exe',
  '𝕜𝕖𝕣𝕞𝕒𝕟 🧨 ﷽',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  '[]',
  '{"$ne":null}'
];

/** Values a form should never accept where an id, a choice or a code belongs. */
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(...injections),
  fc.uuid(),
  fc.constant('x'.repeat(100_000))
);

/** Extra fields with names no form of the app uses. */
const noise = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 12 }).map((name) => `zz-${name}`),
  nasty,
  { maxKeys: 4 }
);

type Actor = 'anonymous' | 'owner' | 'student' | 'demo-student';

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
type Target = { actor: Actor; query?: string; fields: fc.Arbitrary<Record<string, string>> };

const liveMoves = ['open', 'next', 'skip', 'close', 'reveal', 'pause', 'resume', 'end'];
const notAnswer = (value: string) => !['true', 'false'].includes(value.trim());
const skills = ['recall', 'chronology', 'sourcing', 'inference'];
/** A question form whose skill is never one of the bank's, whatever the rest says. */
const questionFields = fc.record({
  stem: nasty,
  explanation: nasty,
  topic: nasty,
  skill: nasty.filter((value) => !skills.includes(value)),
  options: nasty,
  correct: nasty,
  paragraphs: nasty,
  quotes: nasty
});

/**
 * Each form action with inputs, and a payload that breaks at least one of them: whatever else the
 * payload holds, the app must refuse it with a 4xx and a message.
 */
const malformedPosts: Record<string, Target> = {
  'POST /join default': { actor: 'anonymous', fields: fc.record({ code: nasty, name: nasty }) },
  'POST /teacher/login default': { actor: 'anonymous', fields: fc.record({ email: nasty, password: nasty }) },
  'POST /teacher/signup default': {
    actor: 'anonymous',
    fields: fc.record({ email: nasty, displayName: nasty, password: fc.string({ maxLength: 9 }) })
  },
  'POST /teacher/account password': {
    actor: 'owner',
    fields: fc.record({
      currentPassword: nasty,
      newPassword: fc.string({ maxLength: 9 }),
      repeatPassword: nasty
    })
  },
  'POST /attempts/[id]/[number=number] default': {
    actor: 'student',
    fields: fc.record({ answer: nasty.filter(notAnswer) }, { requiredKeys: [] })
  },
  'POST /attempts/[id] answerAll': { actor: 'demo-student', fields: fc.constant({}) },
  'POST /teacher create': {
    actor: 'owner',
    fields: fc.record(
      {
        title: fc.oneof(
          fc.constant(''),
          fc.constant('   '),
          fc.integer({ min: 121, max: 400 }).map((n) => 'x'.repeat(n))
        )
      },
      { requiredKeys: [] }
    )
  },
  'POST /teacher/sets/[id] settings': {
    actor: 'owner',
    fields: fc.record({
      title: nasty,
      layout: nasty,
      feedback: nasty,
      timeLimitMinutes: nasty,
      attemptsAllowed: nasty,
      drawCount: nasty
    })
  },
  'POST /teacher/sets/[id] schedule': {
    actor: 'owner',
    // A zone the runtime does not know makes every schedule wrong, whatever the times say.
    fields: fc.record({
      opensAt: nasty,
      closesAt: nasty,
      timeZone: nasty.filter((zone) => !isTimeZone(zone))
    })
  },
  'POST /teacher/sets/[id]/results accept': {
    actor: 'owner',
    fields: fc.record({ questionId: nasty, answer: nasty }, { requiredKeys: [] })
  },
  // A unit that is neither percent nor minutes makes any amount wrong, whatever the name says.
  'POST /teacher/sets/[id] extraTime': {
    actor: 'owner',
    fields: fc.record({
      studentName: nasty,
      amount: nasty,
      unit: nasty.filter((unit) => !['percent', 'minutes'].includes(unit))
    })
  },
  // The fuzzed quiz gives nobody extra time, so there is none to remove under any name.
  'POST /teacher/sets/[id] removeExtraTime': {
    actor: 'owner',
    fields: fc.record({ studentName: nasty }, { requiredKeys: [] })
  },
  'POST /teacher/sets/[id]/results/[attemptId] accept': {
    actor: 'owner',
    fields: fc.record({ questionId: nasty, answer: nasty }, { requiredKeys: [] })
  },
  'POST /teacher/sets/[id] move': {
    actor: 'owner',
    fields: fc.record({ setQuestionId: fc.oneof(nasty, fc.uuid()), direction: nasty })
  },
  'POST /teacher/sets/[id] reorder': {
    actor: 'owner',
    fields: fc.record({ order: nasty }, { requiredKeys: [] })
  },
  'POST /teacher/sets/[id] remove': {
    actor: 'owner',
    fields: fc.record({ setQuestionId: fc.oneof(nasty, fc.uuid()) }, { requiredKeys: [] })
  },
  'POST /teacher/sets/[id] restore': {
    actor: 'owner',
    fields: fc.record({ setQuestionId: fc.oneof(nasty, fc.uuid()) }, { requiredKeys: [] })
  },
  'POST /teacher/sets/[id]/bank add': {
    actor: 'owner',
    fields: fc.record({ questionId: nasty }, { requiredKeys: [] })
  },
  // The fuzzed quiz asks true or false: any other answer is refused, and a preview records nothing anyway.
  'POST /teacher/sets/[id]/preview default': {
    actor: 'owner',
    fields: fc.record({ 'q1.answer': nasty.filter(notAnswer) }, { requiredKeys: [] })
  },
  'POST /teacher/sets/[id]/questions/new default': {
    actor: 'owner',
    query: '?type=single-choice',
    fields: questionFields
  },
  'POST /teacher/sets/[id]/questions/[setQuestionId] default': { actor: 'owner', fields: questionFields },
  'POST /teacher/sets/[id]/live/[sessionId] move': {
    actor: 'owner',
    fields: fc.record({ move: nasty.filter((move) => !liveMoves.includes(move)) }, { requiredKeys: [] })
  },
  'POST /teacher/sets/[id]/live/[sessionId] leaderboard': {
    actor: 'owner',
    fields: fc.record(
      { leaderboard: nasty.filter((value) => value !== 'show' && value !== 'hide') },
      { requiredKeys: [] }
    )
  },
  'POST /teacher/sets/[id]/import default': {
    actor: 'owner',
    fields: fc.record({
      text: nasty,
      topic: nasty,
      skill: nasty.filter((value) => !skills.includes(value)),
      paragraph: nasty,
      quote: nasty
    })
  }
};

/** Actions that take no input, so only a forged id can be wrong: each must be refused for an id not the actor's. */
const forgedIdPosts: Record<string, Actor> = {
  'POST /attempts/[id] submit': 'student',
  'POST /attempts/[id]/results retry': 'student',
  'POST /teacher/sets/[id] publish': 'owner',
  'POST /teacher/sets/[id] close': 'owner',
  'POST /teacher/sets/[id] duplicate': 'owner',
  'POST /teacher/sets/[id]/bank addMatching': 'owner',
  'POST /teacher/sets/[id]/delete default': 'owner',
  'POST /teacher/sets/[id] startLive': 'owner',
  // The answer form is the question pages' own (fuzzed above); here a live page that is not the browser's.
  'POST /attempts/[id]/live default': 'student'
};

// Starting a practice quiz and logging out (here or everywhere) take nothing but the request itself: there
// is nothing to break.
const withoutInput = new Set([
  'POST /practice default',
  'POST /articles/[articleId]/practice default',
  'POST /teacher/logout default',
  'POST /teacher/account logoutEverywhere'
]);

const endpointName = (endpoint: { method: string; route: string; action: string | null }) =>
  `${endpoint.method} ${endpoint.route}${endpoint.action ? ` ${endpoint.action}` : ''}`;

function post(request: APIRequestContext, url: string, form: Record<string, string>): Promise<APIResponse> {
  const origin = new URL(test.info().project.use.baseURL!).origin;
  return request.post(url, { form, headers: { origin, accept: 'text/html' }, maxRedirects: 0 });
}

/** A refusal says what was wrong: on the form for a 400, or on the error page. */
async function expectRefusal(response: APIResponse, label: string) {
  expect(response.status(), label).toBeGreaterThanOrEqual(400);
  expect(response.status(), label).toBeLessThan(500);
  const body = await response.text();
  if (response.status() === 400) expect(body, label).toMatch(/class="error"|role="alert"/);
  else expect(body.trim().length, label).toBeGreaterThan(0);
}

async function answeredText(page: Page, url: string) {
  await page.goto(url);
  return page
    .getByText(/\d+ of \d+ answered/)
    .first()
    .innerText();
}

test('every POST of the app is fuzzed, or named as taking no input @once', async () => {
  // It imports every server module of the built app, which takes long beside the other packages' tests.
  test.setTimeout(120_000);
  const posts = (await appEndpoints()).filter((endpoint) => endpoint.method === 'POST').map(endpointName);
  for (const name of posts) {
    expect(name in malformedPosts || name in forgedIdPosts || withoutInput.has(name), name).toBe(true);
  }
  // A name left behind by a renamed action would leave the new name unfuzzed without anyone noticing.
  for (const name of [...Object.keys(malformedPosts), ...Object.keys(forgedIdPosts), ...withoutInput]) {
    expect(posts, name).toContain(name);
  }
});

test('malformed posts to every form get a 4xx with a message, and nothing changes @once', async ({
  page,
  browser
}) => {
  test.setTimeout(240_000);
  await signUp(page, 'Ms. Fuzz');
  const setUrl = await createQuiz(page, 'Fuzzed quiz', 2);
  await page.getByRole('button', { name: 'Publish' }).click();
  const code = (await page.locator('.panel strong.code').textContent())!;
  const sessionId = await startLiveSession(page, setUrl);

  const anonymous = await browser.newContext();
  const student = await browser.newContext();
  const demoStudent = await browser.newContext();
  try {
    const studentPage = await student.newPage();
    await joinQuiz(studentPage, code, 'Fuzzy');
    const attemptUrl = studentPage.url().replace(/\/1$/, '');

    const demoPage = await demoStudent.newPage();
    await joinQuiz(demoPage, await demoJoinCode(demoPage), 'Fuzzy too');
    const demoUrl = demoPage.url();

    const actors = { anonymous, owner: page.context(), student, 'demo-student': demoStudent };
    const params: Record<Actor, Record<string, string>> = {
      anonymous: {},
      owner: {
        id: setUrl.split('/').at(-1)!,
        setQuestionId: String(
          await page.locator('input[name="setQuestionId"]').first().getAttribute('value')
        ),
        attemptId: attemptUrl.split('/').at(-1)!,
        sessionId
      },
      student: { id: attemptUrl.split('/').at(-1)!, number: '1' },
      'demo-student': { id: demoUrl.split('/').at(-1)! }
    };
    const before = {
      owner: await ownerView(page, setUrl),
      student: await answeredText(studentPage, `${attemptUrl}/1`),
      demo: await answeredText(demoPage, demoUrl)
    };

    const endpoints = new Map((await appEndpoints()).map((endpoint) => [endpointName(endpoint), endpoint]));
    for (const [name, target] of Object.entries(malformedPosts)) {
      const url = endpointUrl(endpoints.get(name)!, params[target.actor]) + (target.query ?? '');
      await fc.assert(
        fc.asyncProperty(target.fields, noise, async (fields, extra) => {
          await expectRefusal(await post(actors[target.actor].request, url, { ...extra, ...fields }), name);
        }),
        { numRuns: runsPerTarget }
      );
    }
    for (const [name, actor] of Object.entries(forgedIdPosts)) {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.uuid(),
            // A lone surrogate cannot be put in an address at all.
            nasty.filter((id) => id.length > 0 && id.length < 200 && !/[\uD800-\uDFFF]/.test(id))
          ),
          noise,
          async (id, extra) => {
            const url = endpointUrl(endpoints.get(name)!, { ...params[actor], id: encodeURIComponent(id) });
            await expectRefusal(await post(actors[actor].request, url, extra), `${name} as ${id}`);
          }
        ),
        { numRuns: runsPerTarget }
      );
    }

    expect(await ownerView(page, setUrl)).toEqual(before.owner);
    expect(await answeredText(studentPage, `${attemptUrl}/1`)).toBe(before.student);
    expect(await answeredText(demoPage, demoUrl)).toBe(before.demo);
  } finally {
    await anonymous.close();
    await student.close();
    await demoStudent.close();
  }
});

/** A multipart body cut off inside its first part, as a dropped connection or a forged request sends it. */
const cutShortBody = (field: string) =>
  `--cut\r\nContent-Disposition: form-data; name="${field}"\r\n\r\nhalf a val`;

/**
 * The forms with text that is kept or shown, each with a form it would otherwise take and the name each
 * text field goes by in its message; a NUL hidden in any one must be refused with a message naming it.
 */
const textForms: Record<
  string,
  {
    actor: Actor | 'typing-student';
    query?: string;
    form: Record<string, string>;
    labels: Record<string, string>;
  }
> = {
  'POST /join default': {
    actor: 'anonymous',
    form: { code: '', name: 'Nul' },
    labels: { code: 'The code', name: 'Your name' }
  },
  'POST /teacher/login default': {
    actor: 'anonymous',
    form: { email: 'nobody@school.example', password: 'correct horse battery' },
    labels: { email: 'The email' }
  },
  'POST /teacher/signup default': {
    actor: 'anonymous',
    form: { email: 'nul@school.example', displayName: 'Ms. Nul', password: 'correct horse battery' },
    labels: { email: 'The email', displayName: 'Your name' }
  },
  'POST /attempts/[id]/[number=number] default': {
    actor: 'typing-student',
    form: { answer: 'Islamic State' },
    labels: { answer: 'Your answer' }
  },
  'POST /attempts/[id] answerAll': {
    actor: 'typing-student',
    form: { 'q1.answer': 'Islamic State' },
    labels: { 'q1.answer': 'Your answer' }
  },
  'POST /teacher create': { actor: 'owner', form: { title: 'A quiz' }, labels: { title: 'The title' } },
  'POST /teacher/sets/[id] settings': {
    actor: 'owner',
    form: {
      title: 'Typed quiz',
      instructions: 'Read the article first.',
      layout: 'all-on-one-page',
      feedback: 'immediate',
      timeLimitMinutes: '',
      attemptsAllowed: '',
      drawCount: ''
    },
    labels: { title: 'The title', instructions: 'The instructions' }
  },
  'POST /teacher/sets/[id]/questions/new default': {
    actor: 'owner',
    query: '?type=short-answer',
    form: {
      stem: 'Who claimed the attack?',
      explanation: 'The article says so.',
      accepted: 'Islamic State',
      quotes: 'x'
    },
    labels: {
      stem: 'The question',
      explanation: 'The explanation',
      accepted: 'The accepted answers',
      quotes: 'The quote'
    }
  },
  'POST /teacher/sets/[id]/questions/[setQuestionId] default': {
    actor: 'owner',
    form: { stem: 'Who claimed the attack?', explanation: 'The article says so.', accepted: 'Islamic State' },
    labels: { stem: 'The question', explanation: 'The explanation', accepted: 'The accepted answers' }
  },
  'POST /teacher/sets/[id]/results accept': {
    actor: 'owner',
    form: { questionId: 'q-0000000000000000', answer: 'Islamic State' },
    labels: { answer: 'The answer' }
  },
  'POST /teacher/sets/[id]/results/[attemptId] accept': {
    actor: 'owner',
    form: { questionId: 'q-0000000000000000', answer: 'Islamic State' },
    labels: { answer: 'The answer' }
  },
  'POST /teacher/sets/[id] extraTime': {
    actor: 'owner',
    form: { studentName: 'Ava', amount: '50', unit: 'percent' },
    labels: { studentName: 'The name' }
  },
  'POST /teacher/sets/[id]/import default': {
    actor: 'owner',
    form: { text: 'Who claimed it? {=Islamic State}', topic: '', skill: 'recall', paragraph: '', quote: '' },
    labels: { text: 'The GIFT text', quote: 'The quote' }
  }
};

// These name an id or a choice, never text to keep: a NUL there is one more id that is not found.
const withoutText = new Set([
  // Passwords are hashed, never stored or shown as text: a NUL in one is one more wrong password.
  'POST /teacher/account password',
  'POST /teacher/sets/[id] move',
  'POST /teacher/sets/[id] reorder',
  // Two times and a zone from a list: each is checked as what it is, and none is kept as text.
  'POST /teacher/sets/[id] schedule',
  'POST /teacher/sets/[id] remove',
  'POST /teacher/sets/[id] restore',
  // A name to look up, never kept: a NUL there is one more name with no extra time.
  'POST /teacher/sets/[id] removeExtraTime',
  'POST /teacher/sets/[id]/bank add',
  // A move, or showing or hiding the leaderboard, is one of a list.
  'POST /teacher/sets/[id]/live/[sessionId] move',
  'POST /teacher/sets/[id]/live/[sessionId] leaderboard',
  // A preview grades an answer and keeps nothing: there is no text to keep.
  'POST /teacher/sets/[id]/preview default'
]);

test('every form that reads text is tried with a NUL in each text field @once', () => {
  for (const name of Object.keys(malformedPosts)) {
    expect(name in textForms || withoutText.has(name), name).toBe(true);
  }
});

test('a cut-short multipart body, or a NUL in any text field, gets a 400 with a message on every form, and nothing changes @once', async ({
  page,
  browser
}) => {
  test.setTimeout(240_000);
  await signUp(page, 'Ms. Nul');
  const setUrl = await createQuiz(page, 'Typed quiz', 1, { label: 'Short answer', value: 'short-answer' });
  // All on one page, so that a refused answerAll shows its page rather than sending the student on.
  await page.getByLabel('Layout').selectOption('all-on-one-page');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.getByRole('button', { name: 'Publish' }).click();
  const code = (await page.locator('.panel strong.code').textContent())!;
  textForms['POST /join default']!.form.code = code;
  const sessionId = await startLiveSession(page, setUrl);

  const anonymous = await browser.newContext();
  const typingStudent = await browser.newContext();
  try {
    const studentPage = await typingStudent.newPage();
    await joinQuiz(studentPage, code, 'Typing');
    const attemptUrl = studentPage.url().replace(/\/1$/, '');
    const actors = { anonymous, owner: page.context(), 'typing-student': typingStudent };
    const params = {
      anonymous: {},
      owner: {
        id: setUrl.split('/').at(-1)!,
        setQuestionId: String(
          await page.locator('input[name="setQuestionId"]').first().getAttribute('value')
        ),
        attemptId: attemptUrl.split('/').at(-1)!,
        sessionId
      },
      'typing-student': { id: attemptUrl.split('/').at(-1)!, number: '1' }
    };
    const before = {
      owner: await ownerView(page, setUrl),
      student: await answeredText(studentPage, `${attemptUrl}/1`)
    };
    const origin = new URL(test.info().project.use.baseURL!).origin;
    const endpoints = new Map((await appEndpoints()).map((endpoint) => [endpointName(endpoint), endpoint]));

    for (const [name, target] of Object.entries(textForms)) {
      const request = actors[target.actor as keyof typeof actors].request;
      const url =
        endpointUrl(endpoints.get(name)!, params[target.actor as keyof typeof params]) + (target.query ?? '');
      const cut = await request.post(url, {
        headers: { origin, accept: 'text/html', 'content-type': 'multipart/form-data; boundary=cut' },
        data: cutShortBody(Object.keys(target.form)[0]!),
        maxRedirects: 0
      });
      expect(cut.status(), `${name}, cut short`).toBe(400);
      expect(await cut.text(), `${name}, cut short`).toContain('The form did not arrive whole');
      for (const [field, label] of Object.entries(target.labels)) {
        const form = { ...target.form, [field]: `${target.form[field] || 'x'}\u0000y` };
        const response = await post(request, url, form);
        const body = await response.text();
        expect(response.status(), `${name}: ${field}`).toBe(400);
        expect(body, `${name}: ${field}`).toContain(`${label} must not contain a null character (U+0000).`);
      }
    }

    for (const name of withoutText) {
      const target = malformedPosts[name]!;
      const url = endpointUrl(endpoints.get(name)!, params[target.actor as 'owner']);
      const cut = await actors.owner.request.post(url, {
        headers: { origin, accept: 'text/html', 'content-type': 'multipart/form-data; boundary=cut' },
        data: cutShortBody('setQuestionId'),
        maxRedirects: 0
      });
      expect(cut.status(), `${name}, cut short`).toBe(400);
      expect(await cut.text(), `${name}, cut short`).toContain('The form did not arrive whole');
    }

    expect(await ownerView(page, setUrl)).toEqual(before.owner);
    expect(await answeredText(studentPage, `${attemptUrl}/1`)).toBe(before.student);
  } finally {
    await anonymous.close();
    await typingStudent.close();
  }
});

test('odd query strings on every page get an answer, never a server error @once', async ({ page }) => {
  // Ten requests for each page of the app: the time grows with the pages.
  test.setTimeout(120_000);
  await signUp(page, 'Mr. Query');
  const setUrl = await createQuiz(page, 'Queried quiz', 1);
  const pages = (await appEndpoints()).filter(
    (endpoint) =>
      endpoint.method === 'GET' && !/\[/.test(endpoint.route.replace('[id]', '').replace('[articleId]', ''))
  );
  const id = setUrl.split('/').at(-1)!;
  const query = fc.dictionary(
    fc.constantFrom(
      'type',
      'topic',
      'skill',
      'difficulty',
      'q',
      'page',
      'code',
      'evidence',
      'quote',
      'next',
      'timeout'
    ),
    nasty.filter((v) => v.length < 2000),
    { maxKeys: 4 }
  );
  for (const endpoint of pages) {
    const path = (
      endpoint.route.startsWith('/attempts')
        ? endpoint.route.replace('[id]', '00000000-0000-4000-8000-000000000000')
        : endpoint.route.replace('[id]', id)
    ).replace('[articleId]', 'kerman-2024');
    await fc.assert(
      fc.asyncProperty(query, async (values) => {
        const response = await page.request.get(`${path}?${new URLSearchParams(values)}`, {
          maxRedirects: 0
        });
        expect(response.status(), `${path} ${JSON.stringify(values)}`).toBeLessThan(500);
      }),
      { numRuns: 10 }
    );
  }
});
