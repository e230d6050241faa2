import { and, DrizzleQueryError, eq, sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { attemptView, getAttemptByToken, recordResponse, startAttempt, submitAttempt } from './attempts.ts';
import { openDatabase, queryRows, type Database } from './client.ts';
import { preparedRows } from './prepared-statement.ts';
import { attemptQuestions, attempts, responses } from './schema.ts';
import { isStorageError } from './storage-error.ts';
import { databaseTargets, type ScratchDatabase } from './test-databases.ts';
import { practiceAttemptInput } from './test-fixtures.ts';

const textOf = (query: SQL) => new PgDialect().sqlToQuery(query).sql;

/** Every kind of value the student statements bring back, from a row and given as parameters. */
const mixed = (attemptId: string) => sql`
  select a.id, a.started_at, a.settings, a.score, json_build_object('startedAt', a.started_at,
    'seed', a.seed, 'deadlineAt', a.deadline_at) as doc, ${JSON.stringify({ a: [1, 'b'] })}::jsonb as given,
    ${true}::boolean as yes, ${1.5}::float8 as half, ${'text'} as word, null::text as nothing
  from attempts a where a.id = ${attemptId}`;

describe.for(databaseTargets())('prepared statements on $kind', (target) => {
  const statements: string[] = [];
  let scratch: ScratchDatabase;
  let database: Database;
  const open = async () => {
    database = await openDatabase({ ...scratch.options, onStatement: (text) => statements.push(text) });
  };
  const db = () => database.db;
  beforeAll(async () => {
    scratch = await target.create();
    await open();
  });
  afterAll(async () => {
    await database?.close();
    await scratch?.remove();
  });

  const answer = (attemptId: string, questionId: string, response: string) =>
    recordResponse(db(), { attemptId, questionId, response, correct: true, points: 1 });

  test('a prepared statement brings back what the same statement unprepared does, once prepared on the connection', async () => {
    const { attempt } = await startAttempt(db(), practiceAttemptInput(2));
    const query = mixed(attempt.id);
    const unprepared = await queryRows(db(), query);
    expect(unprepared).toHaveLength(1);
    expect(await preparedRows(db(), query)).toEqual(unprepared);
    expect(await preparedRows(db(), query)).toEqual(unprepared);
    // In a transaction, on one connection, so that the check sees the connection the statement ran on.
    const listed = await db().transaction(async (tx) => {
      await preparedRows(tx, query);
      return queryRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from pg_prepared_statements where statement = ${textOf(query)}`
      );
    });
    expect(listed).toEqual([{ n: 1 }]);
  });

  test('the page read and the answer give what the rows hold, with dates as dates', async () => {
    const { attempt, accessToken } = await startAttempt(db(), practiceAttemptInput(3));
    const recorded = await answer(attempt.id, 'q-1', 'b');
    expect(recorded.outcome).toBe('recorded');
    const view = await getAttemptByToken(db(), attempt.id, accessToken, 2);
    const [stored] = await db()
      .select({ id: attempts.id, startedAt: attempts.startedAt, settings: attempts.settings })
      .from(attempts)
      .where(eq(attempts.id, attempt.id));
    const storedResponses = await db()
      .select({
        attemptId: responses.attemptId,
        questionId: responses.questionId,
        response: responses.response,
        correct: responses.correct,
        points: responses.points,
        answeredAt: responses.answeredAt
      })
      .from(responses)
      .where(eq(responses.attemptId, attempt.id));
    expect(view).toMatchObject({ ...stored, expired: false, set: null, responses: storedResponses });
    expect(view?.startedAt).toBeInstanceOf(Date);
    expect(recorded.response).toEqual(storedResponses[0]);
    expect(view?.questions.map((q) => q.snapshot === null)).toEqual([true, false, true]);
    expect(await answer(attempt.id, 'q-1', 'b')).toEqual({
      outcome: 'unchanged',
      response: recorded.response
    });
  });

  test('inside a transaction it reads what the transaction wrote, and a statement first prepared in a rolled-back one still runs', async () => {
    const { attempt } = await startAttempt(db(), practiceAttemptInput(2));
    const inside = await db().transaction(async (tx) => {
      await tx.update(attempts).set({ score: 7 }).where(eq(attempts.id, attempt.id));
      return attemptView(tx, attempt.id, null, 1);
    });
    expect(inside?.score).toBe(7);
    expect(await attemptView(db(), attempt.id, null, 1)).toEqual(inside);

    // A text no other test sends, so that the rolled-back transaction is where it is first parsed.
    const fresh = sql`select ${sql.raw(String(Date.now()))}::bigint as n, a.score from attempts a where a.id = ${attempt.id}`;
    await expect(
      db().transaction(async (tx) => {
        await tx.update(attempts).set({ score: 8 }).where(eq(attempts.id, attempt.id));
        expect(await preparedRows<{ score: number }>(tx, fresh)).toMatchObject([{ score: 8 }]);
        throw new Error('roll back');
      })
    ).rejects.toThrow('roll back');
    expect(await preparedRows(db(), fresh)).toMatchObject([{ score: 7 }]);
  });

  test('a value the database refuses fails as it did unprepared, and the next statement runs', async () => {
    const { attempt, accessToken } = await startAttempt(db(), practiceAttemptInput(2));
    // jsonb takes no NUL character: the database refuses it when the parameter is bound.
    const nul = { attemptId: attempt.id, questionId: 'q-0', response: 'a\u0000b', correct: true, points: 1 };
    const refused = { cause: { code: '22P05' } };
    const prepared = await recordResponse(db(), nul).catch((caught: unknown) => caught);
    const unprepared = await queryRows(db(), sql`select ${JSON.stringify(nul.response)}::jsonb`).catch(
      (caught: unknown) => caught
    );
    for (const error of [prepared, unprepared]) {
      expect(error).toBeInstanceOf(DrizzleQueryError);
      expect(error).toMatchObject(refused);
    }
    // A question number that is no integer is refused too, before the statement runs.
    await expect(getAttemptByToken(db(), attempt.id, accessToken, 1.5)).rejects.toMatchObject({
      cause: { code: '22P02' }
    });
    expect((await answer(attempt.id, 'q-0', 'a')).outcome).toBe('recorded');
    expect((await getAttemptByToken(db(), attempt.id, accessToken, 1))?.responses).toHaveLength(1);

    // In a transaction the refusal aborts it, as any failed statement does; the database goes on.
    await expect(db().transaction((tx) => attemptView(tx, attempt.id, null, 0.5))).rejects.toMatchObject({
      cause: { code: '22P02' }
    });
    expect((await attemptView(db(), attempt.id, null, 1))?.id).toBe(attempt.id);
  });

  test('a refused answer gives the same storage error, and the next answer is taken', async () => {
    const { attempt } = await startAttempt(db(), practiceAttemptInput(2));
    const outside = await answer(attempt.id, 'not-drawn', 'a').catch((error) => error);
    expect(isStorageError(outside, 'question-not-in-attempt')).toBe(true);
    expect((await answer(attempt.id, 'q-0', 'a')).outcome).toBe('recorded');
    await submitAttempt(db(), attempt.id);
    const late = await answer(attempt.id, 'q-1', 'a').catch((error) => error);
    expect(isStorageError(late, 'attempt-submitted')).toBe(true);
    const other = await startAttempt(db(), practiceAttemptInput(2));
    expect((await answer(other.attempt.id, 'q-1', 'a')).outcome).toBe('recorded');
  });

  test('each statement is told to onStatement once, its parsing included', async () => {
    const { attempt, accessToken } = await startAttempt(db(), practiceAttemptInput(2));
    // A text not sent before, so that the first call parses it.
    const fresh = sql`select ${sql.raw(String(Date.now()))}::bigint as n from attempts a where a.id = ${attempt.id}`;
    statements.length = 0;
    await preparedRows(db(), fresh);
    await preparedRows(db(), fresh);
    expect(statements).toEqual([textOf(fresh), textOf(fresh)]);
    statements.length = 0;
    await getAttemptByToken(db(), attempt.id, accessToken, 1);
    await answer(attempt.id, 'q-0', 'a');
    expect(statements).toHaveLength(2);
  });

  test('a page read again takes the snapshots this process read, only with the token and while they stand', async () => {
    const { attempt, accessToken } = await startAttempt(db(), practiceAttemptInput(3));
    const first = (await getAttemptByToken(db(), attempt.id, accessToken))!;
    const again = (await getAttemptByToken(db(), attempt.id, accessToken))!;
    expect(again).toEqual(first);
    expect(again.questions[1]!.snapshot).toBe(first.questions[1]!.snapshot);
    expect(Object.isFrozen(again.questions[1]!.snapshot)).toBe(true);
    const shown = (await getAttemptByToken(db(), attempt.id, accessToken, 2))!;
    expect(shown.questions.map((question) => question.snapshot)).toEqual([
      null,
      first.questions[1]!.snapshot,
      null
    ]);
    expect(await getAttemptByToken(db(), attempt.id, 'not-the-token')).toBeNull();
    // Changed in the database by anyone (acceptAnswer does so): read again.
    await db()
      .update(attemptQuestions)
      .set({ snapshot: { ...first.questions[1]!.snapshot, stem: 'Changed?' } })
      .where(and(eq(attemptQuestions.attemptId, attempt.id), eq(attemptQuestions.questionId, 'q-1')));
    const changed = (await getAttemptByToken(db(), attempt.id, accessToken))!;
    expect(changed.questions[1]!.snapshot).toMatchObject({ stem: 'Changed?' });
    expect(changed.questions[0]!.snapshot).toEqual(first.questions[0]!.snapshot);
  });

  test('a database closed and opened again prepares its statements again', async () => {
    const { attempt, accessToken } = await startAttempt(db(), practiceAttemptInput(2));
    await answer(attempt.id, 'q-0', 'a');
    const before = await getAttemptByToken(db(), attempt.id, accessToken, 1);
    await database.close();
    await open();
    expect(await getAttemptByToken(db(), attempt.id, accessToken, 1)).toEqual(before);
    expect((await answer(attempt.id, 'q-1', 'b')).outcome).toBe('recorded');
  });
});
