import { setTimeout as sleep } from 'node:timers/promises';
import type { Random, Response } from '@newsquiz/question-bank';
import type { Browser, PageResponse } from './browser.ts';
import { parseQuestionPage } from './question-page.ts';
import { planAnswer } from './random-answer.ts';

/** What the server acknowledged to one student: the reconciliation checks the database against it. */
export type StudentRecord = {
  name: string;
  attemptId: string | null;
  /** Question number (1-based, as shown) to the response the app must have stored for it. */
  answers: Map<number, Response>;
  submitted: boolean;
};

/**
 * How long a student thinks between requests. A class reads and answers in 2 to 5 s; 100 to 600 ms is an
 * overload test, about 7 times a real class, kept to find where the server gives way.
 */
export const thinkTimes = {
  classroom: { min: 2_000, max: 5_000 },
  overload: { min: 100, max: 600 }
} as const;
export type ThinkTime = (typeof thinkTimes)[keyof typeof thinkTimes];

function expectStatus(response: PageResponse, status: number, what: string): void {
  if (response.status !== status) {
    const detail = response.location
      ? `to ${response.location}`
      : response.body.replace(/\s+/g, ' ').slice(0, 200);
    throw new Error(`${what}: expected ${status}, got ${response.status} ${detail}`);
  }
}

function expectRedirect(response: PageResponse, pattern: RegExp, what: string): RegExpExecArray {
  expectStatus(response, 303, what);
  const match = pattern.exec(response.location ?? '');
  if (!match) throw new Error(`${what}: redirected to ${response.location}, not to ${pattern}`);
  return match;
}

/**
 * One student from the join code to the results page: joins, answers every question on its own page after
 * thinking a while, and hands in. Fills `record` as the server acknowledges each step; throws, naming the
 * step, when the app answers anything but what a working quiz does.
 */
export async function takeQuiz(
  browser: Browser,
  joinCode: string,
  random: Random,
  record: StudentRecord,
  thinkTimeMs: ThinkTime = thinkTimes.overload
): Promise<void> {
  const think = () => sleep(random.int(thinkTimeMs.min, thinkTimeMs.max));
  expectStatus(await browser.get('page', `/join?code=${joinCode}`), 200, 'join page');
  await think();
  const joined = await browser.post('join', '/join', [
    ['code', joinCode],
    ['name', record.name]
  ]);
  const [attemptPath, attemptId] = expectRedirect(joined, /^\/attempts\/([0-9a-f-]{36})$/, 'join');
  record.attemptId = attemptId!;
  const questionPath = new RegExp(`^${attemptPath}/(\\d+)$`);

  let [path] = expectRedirect(await browser.get('page', attemptPath), questionPath, 'first question');
  for (;;) {
    const view = await browser.get('page', path!);
    expectStatus(view, 200, `question page ${path}`);
    const page = parseQuestionPage(view.body);
    const answer = planAnswer(page, random);
    await think();
    const what = `answer to question ${page.number} of ${attemptPath}`;
    const [next, nextNumber] = expectRedirect(
      await browser.post('answer', path!, answer.fields),
      questionPath,
      what
    );
    if (Number(nextNumber) !== Math.min(page.number + 1, page.total)) {
      throw new Error(`${what}: redirected to question ${nextNumber}, not to the next one`);
    }
    record.answers.set(page.number, answer.expected);
    browser.metrics.answersAcknowledged += 1;
    if (page.number === page.total) break;
    path = next;
  }

  await think();
  const resultsPath = new RegExp(`^${attemptPath}/results$`);
  const [results] = expectRedirect(
    await browser.post('submit', `${attemptPath}?/submit`, []),
    resultsPath,
    'hand-in'
  );
  record.submitted = true;
  expectStatus(await browser.get('page', results!), 200, `results page ${results}`);
}
