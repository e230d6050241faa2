import { isRedirect, type Cookies } from '@sveltejs/kit';
import { getAttemptByToken, isStorageError, openDatabase, type Database } from '@newsquiz/db';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getFactBase } from '$lib/server/platform/articles';
import { drawPracticeQuestions, practiceSettings } from './quiz-draw';
import { startAttemptForBrowser } from './start-attempt';

/** The cookies of one browser, with the options each was set with. */
function browserCookies() {
  const jar = new Map<string, { value: string; path: string }>();
  const cookies: Cookies = {
    get: (name) => jar.get(name)?.value,
    getAll: () => [...jar].map(([name, { value }]) => ({ name, value })),
    set: (name, value, options) => void jar.set(name, { value, path: options.path }),
    delete: (name) => void jar.delete(name),
    serialize: () => ''
  };
  return { cookies, jar };
}

/** What the helper ends with: the redirect it throws, or the error. */
async function outcomeOf(run: Promise<never>) {
  try {
    await run;
  } catch (thrown) {
    return thrown;
  }
  throw new Error('the start neither redirected nor threw');
}

describe('starting an attempt for the browser that asked', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ dataDir: 'memory://' });
  }, 60_000);
  afterAll(() => database?.close());

  const url = new URL('http://localhost:3000/practice');
  const start = (seed: number) => ({
    setId: null,
    articleId: getFactBase().article.id,
    studentName: 'Practice',
    seed,
    settings: practiceSettings,
    questions: drawPracticeQuestions(getFactBase(), seed)
  });

  test('gives the browser the attempt cookie, counts the attempt as its own and sends it there', async () => {
    const { cookies, jar } = browserCookies();
    const outcome = await outcomeOf(
      startAttemptForBrowser({ locals: { db: database.db, teacher: null }, cookies, url }, start(7))
    );
    expect(isRedirect(outcome) && outcome.status).toBe(303);
    const attemptId = isRedirect(outcome) ? outcome.location.replace('/attempts/', '') : '';
    const token = jar.get(`nq-attempt-${attemptId}`);
    expect(token?.path).toBe(`/attempts/${attemptId}`);
    const attempt = await getAttemptByToken(database.db, attemptId, token!.value);
    expect(attempt?.participantId).toBe(cookies.get('nq-participant'));
    expect(cookies.get('nq-current')).toBe(attemptId);
  });

  test('a start the store refuses throws its error and sets no attempt cookie', async () => {
    const { cookies, jar } = browserCookies();
    const noSuchSet = { ...start(8), setId: '00000000-0000-4000-8000-000000000000' };
    const outcome = await outcomeOf(
      startAttemptForBrowser({ locals: { db: database.db, teacher: null }, cookies, url }, noSuchSet)
    );
    expect(isStorageError(outcome, 'not-found')).toBe(true);
    expect([...jar.keys()].filter((name) => name.startsWith('nq-attempt-'))).toEqual([]);
  });
});
