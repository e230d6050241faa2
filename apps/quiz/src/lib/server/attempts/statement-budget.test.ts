import {
  findOpenSetByJoinCode,
  findTeacherByEmail,
  openDatabase,
  updateSet,
  type Database
} from '@newsquiz/db';
import { databaseTargets } from '@newsquiz/db/test-databases';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { actions as quizActions, load as quizLoad } from '../../../routes/attempts/[id]/+page.server';
import {
  actions as questionActions,
  load as questionLoad
} from '../../../routes/attempts/[id]/[number=number]/+page.server';
import { load as resultsLoad } from '../../../routes/attempts/[id]/results/+page.server';
import { getFactBase } from '$lib/server/platform/articles';
import { cookieJar, outcomeOf, requestEvent } from '$lib/server/platform/test-requests';
import { demoTeacherEmail, ensureDemoSet } from '$lib/server/sets/demo-set';
import { drawPracticeQuestions, drawSetQuestions, practiceSettings } from './quiz-draw';
import { startAttemptForBrowser, type AttemptStart } from './start-attempt';

/**
 * The statements each student page may send, transaction control included. A page of an attempt is one
 * round trip, the results too (the attempts used, for the retry button, come with the attempt); an answer
 * is that read and one upsert; a hand-in reads nothing first and, in a transaction, locks the attempt
 * (checking the token) before it sums the answers (see submitAttempt).
 */
const budget = { questionPage: 1, answer: 2, quizPage: 1, handIn: 4, results: 1 };

describe.for(databaseTargets())('statements per student page on $kind', (target) => {
  const statements: string[] = [];
  let database: Database;
  let removeScratch: () => Promise<void>;
  beforeAll(async () => {
    const scratch = await target.create();
    removeScratch = scratch.remove;
    database = await openDatabase({ ...scratch.options, onStatement: (text) => statements.push(text) });
  }, 60_000);
  afterAll(async () => {
    await database?.close();
    await removeScratch?.();
  });

  /** The statements `run` sent, with the page's outcome. */
  const counted = async (run: () => unknown) => {
    statements.length = 0;
    const outcome = await outcomeOf(run);
    return { outcome, statements: [...statements] };
  };

  const start = async (attempt: AttemptStart) => {
    const cookies = cookieJar();
    const { event } = await requestEvent({ db: database.db, client: '10.9.0.1', path: '/practice', cookies });
    const outcome = await outcomeOf(() => startAttemptForBrowser(event, attempt));
    if (outcome.kind !== 'redirect') throw new Error('the attempt did not start');
    return { cookies, id: outcome.location.split('/').at(-1)! };
  };

  const page = async (
    path: string,
    params: Record<string, string>,
    cookies: ReturnType<typeof cookieJar>,
    form?: Record<string, string>
  ) => (await requestEvent({ db: database.db, client: '10.9.0.1', path, params, cookies, form })).event;

  test('a question page, an answer, a hand-in and the results, one question a page', async () => {
    // The first question a single choice, so that the test knows how to answer it.
    const drawn = drawPracticeQuestions(getFactBase(), 11);
    const first = drawn.findIndex((question) => question.snapshot.type === 'single-choice');
    const questions = [drawn[first]!, ...drawn.filter((_, index) => index !== first)];
    const snapshot = questions[0]!.snapshot;
    if (snapshot.type !== 'single-choice') throw new Error('no single choice in the draw');
    const { cookies, id } = await start({
      setId: null,
      articleId: 'kerman-2024',
      studentName: 'Practice',
      seed: 11,
      settings: practiceSettings,
      questions
    });
    const params = { id, number: '1' };

    const shown = await counted(async () =>
      questionLoad((await page(`/attempts/${id}/1`, params, cookies)) as never)
    );
    expect(shown.outcome.kind).toBe('answered');
    expect(shown.statements.length, shown.statements.join('\n')).toBeLessThanOrEqual(budget.questionPage);

    const form = { answer: snapshot.options[0]!.id };
    const answered = await counted(async () =>
      questionActions.default!((await page(`/attempts/${id}/1`, params, cookies, form)) as never)
    );
    expect(answered.outcome).toMatchObject({ kind: 'redirect', location: `/attempts/${id}/1#feedback` });
    expect(answered.statements.length, answered.statements.join('\n')).toBeLessThanOrEqual(budget.answer);

    const handedIn = await counted(async () =>
      quizActions.submit!((await page(`/attempts/${id}`, { id }, cookies, {})) as never)
    );
    expect(handedIn.outcome).toMatchObject({ kind: 'redirect', location: `/attempts/${id}/results` });
    expect(handedIn.statements.length, handedIn.statements.join('\n')).toBeLessThanOrEqual(budget.handIn);

    const results = await counted(async () =>
      resultsLoad((await page(`/attempts/${id}/results`, { id }, cookies)) as never)
    );
    expect(results.outcome).toMatchObject({ kind: 'answered', data: { attempt: { answered: 1 } } });
    expect(results.statements.length, results.statements.join('\n')).toBeLessThanOrEqual(budget.results);
  });

  test("all on one page, and the results of a class quiz, which count the student's attempts", async () => {
    const { joinCode } = await ensureDemoSet(database.db);
    const set = (await findOpenSetByJoinCode(database.db, joinCode))!;
    const { cookies, id } = await start({
      setId: set.id,
      articleId: set.articleId,
      studentName: 'Class',
      seed: 5,
      settings: set.settings,
      questions: drawSetQuestions(set.questions, set.settings, 5)
    });

    const quiz = await counted(async () =>
      quizLoad((await page(`/attempts/${id}`, { id }, cookies)) as never)
    );
    expect(quiz.outcome).toMatchObject({ kind: 'answered', data: { attempt: { title: set.title } } });
    expect(quiz.statements.length, quiz.statements.join('\n')).toBeLessThanOrEqual(budget.quizPage);

    await outcomeOf(async () =>
      quizActions.submit!((await page(`/attempts/${id}`, { id }, cookies, {})) as never)
    );
    const results = await counted(async () =>
      resultsLoad((await page(`/attempts/${id}/results`, { id }, cookies)) as never)
    );
    expect(results.outcome).toMatchObject({ kind: 'answered', data: { attempt: { title: set.title } } });
    expect(results.statements.length, results.statements.join('\n')).toBeLessThanOrEqual(budget.results);
  });

  test('the results of a quiz that limits attempts count them in the same statement', async () => {
    const { joinCode } = await ensureDemoSet(database.db);
    const demo = (await findOpenSetByJoinCode(database.db, joinCode))!;
    const teacher = (await findTeacherByEmail(database.db, demoTeacherEmail))!;
    await updateSet(database.db, teacher.id, demo.id, { settings: { ...demo.settings, attemptsAllowed: 2 } });
    const set = (await findOpenSetByJoinCode(database.db, joinCode))!;
    const results = async (seed: number) => {
      const { cookies, id } = await start({
        setId: set.id,
        articleId: set.articleId,
        studentName: 'Limited',
        seed,
        settings: set.settings,
        questions: drawSetQuestions(set.questions, set.settings, seed)
      });
      await outcomeOf(async () =>
        quizActions.submit!((await page(`/attempts/${id}`, { id }, cookies, {})) as never)
      );
      return counted(async () =>
        resultsLoad((await page(`/attempts/${id}/results`, { id }, cookies)) as never)
      );
    };

    // Each attempt starts in a browser of its own: the name alone counts them.
    const first = await results(7);
    expect(first.outcome).toMatchObject({ kind: 'answered', data: { canRetry: true } });
    expect(first.statements.length, first.statements.join('\n')).toBeLessThanOrEqual(budget.results);
    const second = await results(8);
    expect(second.outcome).toMatchObject({ kind: 'answered', data: { canRetry: false } });
    expect(second.statements.length, second.statements.join('\n')).toBeLessThanOrEqual(budget.results);
  });
});
