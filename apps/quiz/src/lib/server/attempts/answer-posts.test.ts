import { isActionFailure, isRedirect } from '@sveltejs/kit';
import {
  getAttempt,
  openDatabase,
  startAttempt,
  type AttemptView,
  type Database,
  type SetSettings
} from '@newsquiz/db';
import { generateBank } from '@newsquiz/question-bank';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getFactBase } from '$lib/server/platform/articles';
import { answerAllPost, answerOnePost } from './answer-posts';
import { practiceSettings } from './quiz-draw';

// Two true-or-false questions and a numeric one: answers that are easy to write, and one easy to get wrong.
const bank = generateBank(getFactBase(), { seed: 5, count: 40, types: ['true-false', 'numeric'] }).questions;
const questions = [
  ...bank.filter((question) => question.type === 'true-false').slice(0, 2),
  bank.find((question) => question.type === 'numeric')!
].map((question) => ({ questionId: question.id, setQuestionId: null, snapshot: question }));

/** What a post ends with: the redirect it throws, or what it returns. */
async function outcomeOf(post: Promise<unknown>) {
  try {
    return await post;
  } catch (thrown) {
    if (isRedirect(thrown)) return thrown;
    throw thrown;
  }
}

const form = (fields: Record<string, string>) => {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  return body;
};

describe('posts of answers to an attempt', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ dataDir: 'memory://' });
  }, 60_000);
  afterAll(() => database?.close());

  const start = async (settings: Partial<SetSettings>): Promise<AttemptView> => {
    const { attempt } = await startAttempt(database.db, {
      setId: null,
      articleId: getFactBase().article.id,
      studentName: 'Practice',
      participantId: 'participant-of-the-test',
      seed: 1,
      settings: { ...practiceSettings, timeLimitMinutes: 1, ...settings },
      questions
    });
    return getAttempt(database.db, attempt.id);
  };
  /** Moves the deadline this many seconds into the past, as if the student had waited. */
  const waited = async (attempt: AttemptView, secondsPast: number) => {
    await database.db.execute(
      `update attempts set deadline_at = now() - interval '${secondsPast} seconds' where id = '${attempt.id}'`
    );
    return getAttempt(database.db, attempt.id);
  };
  const allOnOnePage = { layout: 'all-on-one-page', feedback: 'end' } as const;

  test('a hand-in just after time is up keeps every answer on the page, marked late, and hands in', async () => {
    const attempt = await start(allOnOnePage);
    await answerAllPost(database.db, attempt, form({ 'q1.answer': 'true' })).catch(() => undefined);
    const late = await waited(attempt, 5);
    const outcome = await outcomeOf(
      answerAllPost(database.db, late, form({ 'q1.answer': 'true', 'q2.answer': 'false', intent: 'submit' }))
    );
    expect(isRedirect(outcome) && outcome.location).toBe(`/attempts/${attempt.id}/results?timeout=1`);
    const after = await getAttempt(database.db, attempt.id);
    expect(after.submittedAt).not.toBeNull();
    expect(after.responses).toHaveLength(2);
    const second = after.responses.find((response) => response.questionId === questions[1]!.questionId);
    expect(second!.answeredAt.getTime()).toBeGreaterThan(after.deadlineAt!.getTime());
  });

  test("the countdown's post a moment early saves the page and leaves the quiz open", async () => {
    const attempt = await start(allOnOnePage);
    const outcome = await outcomeOf(
      answerAllPost(database.db, attempt, form({ 'q2.answer': 'true', intent: 'timeout' }))
    );
    expect(isRedirect(outcome) && outcome.location).toBe(`/attempts/${attempt.id}`);
    const after = await getAttempt(database.db, attempt.id);
    expect(after.submittedAt).toBeNull();
    expect(after.responses).toHaveLength(1);
  });

  test('answers past the grace are refused and the results say so; the saved ones count', async () => {
    const attempt = await start(allOnOnePage);
    await outcomeOf(answerAllPost(database.db, attempt, form({ 'q1.answer': 'true' })));
    const tooLate = await waited(attempt, 31);
    const outcome = await outcomeOf(
      answerAllPost(
        database.db,
        tooLate,
        form({ 'q1.answer': 'false', 'q2.answer': 'true', intent: 'timeout' })
      )
    );
    expect(isRedirect(outcome) && outcome.location).toBe(
      `/attempts/${attempt.id}/results?timeout=1&refused=late`
    );
    const after = await getAttempt(database.db, attempt.id);
    expect(after.submittedAt).not.toBeNull();
    expect(after.responses.map((response) => response.response)).toEqual([
      { type: 'true-false', value: true }
    ]);
  });

  test('a refused post saves its valid answers and names which were saved and which were not', async () => {
    const attempt = await start(allOnOnePage);
    const outcome = await outcomeOf(
      answerAllPost(
        database.db,
        attempt,
        form({ 'q1.answer': 'true', 'q2.answer': 'maybe', 'q3.answer': 'lots', intent: 'submit' })
      )
    );
    expect(isActionFailure(outcome) && outcome.status).toBe(400);
    expect(isActionFailure(outcome) && outcome.data).toMatchObject({
      message:
        'Questions 2 and 3 need another look (marked below): those answers are not saved. Your answer to question 1 is saved. Your quiz is not handed in yet.',
      fields: { q2: ['Choose true or false.'], q3: [expect.stringMatching(/^Enter the number/)] }
    });
    const after = await getAttempt(database.db, attempt.id);
    expect(after.submittedAt).toBeNull();
    expect(after.responses.map((response) => response.questionId)).toEqual([questions[0]!.questionId]);
  });

  test('the autosave keeps what it can, skips what is incomplete and never hands in', async () => {
    const attempt = await start(allOnOnePage);
    const late = await waited(attempt, 3);
    const outcome = await outcomeOf(
      answerAllPost(
        database.db,
        late,
        form({ 'q1.answer': 'false', 'q3.answer': 'lots', intent: 'autosave' })
      )
    );
    expect(outcome).toEqual({ saved: [1] });
    const after = await getAttempt(database.db, attempt.id);
    expect(after.submittedAt).toBeNull();
    expect(after.responses).toHaveLength(1);
  });

  test('a post to a handed-in attempt changes nothing, and the results say why', async () => {
    const attempt = await start(allOnOnePage);
    await outcomeOf(answerAllPost(database.db, attempt, form({ intent: 'submit' })));
    const handedIn = await getAttempt(database.db, attempt.id);
    for (const post of [
      answerAllPost(database.db, handedIn, form({ 'q1.answer': 'true' })),
      answerOnePost(database.db, handedIn, 1, form({ answer: 'true' }))
    ]) {
      const outcome = await outcomeOf(post);
      expect(isRedirect(outcome) && outcome.location).toBe(
        `/attempts/${attempt.id}/results?refused=handed-in`
      );
    }
    expect((await getAttempt(database.db, attempt.id)).responses).toHaveLength(0);
  });

  test('an intent the page does not have is refused by name', async () => {
    const attempt = await start(allOnOnePage);
    const outcome = await outcomeOf(answerAllPost(database.db, attempt, form({ intent: 'grade-me' })));
    expect(isActionFailure(outcome)).toBe(true);
    expect(outcome).toMatchObject({
      status: 400,
      data: {
        message: "The form's intent must be one of save, submit, timeout, autosave; nothing was saved."
      }
    });
  });

  test('one question a page: the answer on screen when the countdown hands in is kept', async () => {
    const attempt = await start({ layout: 'one-per-page', feedback: 'end' });
    const late = await waited(attempt, 2);
    const outcome = await outcomeOf(
      answerOnePost(database.db, late, 2, form({ answer: 'true', intent: 'timeout' }))
    );
    expect(isRedirect(outcome) && outcome.location).toBe(`/attempts/${attempt.id}/results?timeout=1`);
    const after = await getAttempt(database.db, attempt.id);
    expect(after.responses.map((response) => response.questionId)).toEqual([questions[1]!.questionId]);
    expect(after.submittedAt).not.toBeNull();
  });

  test('one question a page: a blank question when time is up hands in without a complaint', async () => {
    const attempt = await start({ layout: 'one-per-page', feedback: 'end' });
    const late = await waited(attempt, 2);
    const outcome = await outcomeOf(answerOnePost(database.db, late, 1, form({ intent: 'timeout' })));
    expect(isRedirect(outcome) && outcome.location).toBe(`/attempts/${attempt.id}/results?timeout=1`);
  });

  test('with feedback at once a changed answer is refused with the reason; a repeat is a quiet retry', async () => {
    const attempt = await start({ layout: 'one-per-page', feedback: 'immediate', timeLimitMinutes: null });
    await outcomeOf(answerOnePost(database.db, attempt, 1, form({ answer: 'true' })));
    const repeat = await outcomeOf(answerOnePost(database.db, attempt, 1, form({ answer: 'true' })));
    expect(isRedirect(repeat) && repeat.location).toBe(`/attempts/${attempt.id}/1#feedback`);
    const changed = await outcomeOf(answerOnePost(database.db, attempt, 1, form({ answer: 'false' })));
    expect(isActionFailure(changed)).toBe(true);
    expect(changed).toMatchObject({
      status: 409,
      data: { message: expect.stringMatching(/^Your first answer stands/) }
    });
    const [stored] = (await getAttempt(database.db, attempt.id)).responses;
    expect(stored!.response).toEqual({ type: 'true-false', value: true });
  });
});
