import { eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { recordResponse, startAttempt, submitAttempt } from './attempts.ts';
import { deleteIdlePracticeAttempts } from './practice-cleanup.ts';
import { attemptQuestions, attempts, attemptTokens, responses } from './schema.ts';
import { isStorageError } from './storage-error.ts';
import { databaseTargets } from './test-databases.ts';
import {
  createTeacherWithSet,
  practiceAttemptInput,
  setAttemptInput,
  useScratchDatabase
} from './test-fixtures.ts';

const idleHours = 24;

describe.for(databaseTargets())('clearing idle practice attempts on $kind', (target) => {
  const db = useScratchDatabase(target);

  /** Sets an attempt's clock back, as if it had been started, answered and handed in `hours` ago. */
  async function age(attemptId: string, hours: number) {
    const then = sql`now() - make_interval(hours => ${hours})`;
    await db()
      .update(attempts)
      .set({
        startedAt: then,
        submittedAt: sql`case when ${attempts.submittedAt} is null then null else ${then} end`
      })
      .where(eq(attempts.id, attemptId));
    await db().update(responses).set({ answeredAt: then }).where(eq(responses.attemptId, attemptId));
  }

  const answerFirst = (attemptId: string) =>
    recordResponse(db(), { attemptId, questionId: 'q-0', response: { a: 1 }, correct: true, points: 1 });

  test('practice untouched for a day goes with its questions, answers and tokens; class attempts and recent practice stay', async () => {
    const { set, questions } = await createTeacherWithSet(db(), { publish: true });
    const stale = await startAttempt(db(), practiceAttemptInput(3));
    await answerFirst(stale.attempt.id);
    const staleSubmitted = await startAttempt(db(), practiceAttemptInput(2));
    await submitAttempt(db(), staleSubmitted.attempt.id);
    const oldClass = await startAttempt(db(), setAttemptInput(set.id, questions));
    await answerFirst(oldClass.attempt.id);
    const fresh = await startAttempt(db(), practiceAttemptInput(2));
    const oldButAnsweredToday = await startAttempt(db(), practiceAttemptInput(2));
    for (const { attempt } of [stale, staleSubmitted, oldClass, oldButAnsweredToday])
      await age(attempt.id, idleHours + 1);
    await answerFirst(oldButAnsweredToday.attempt.id);

    expect(await deleteIdlePracticeAttempts(db(), { idleHours })).toBe(2);

    const gone = [stale.attempt.id, staleSubmitted.attempt.id];
    const kept = [oldClass.attempt.id, fresh.attempt.id, oldButAnsweredToday.attempt.id];
    const left = await db()
      .select({ id: attempts.id })
      .from(attempts)
      .where(inArray(attempts.id, [...gone, ...kept]));
    expect(left.map((row) => row.id).sort()).toEqual([...kept].sort());
    for (const table of [attemptQuestions, attemptTokens, responses]) {
      const orphans = await db().select().from(table).where(inArray(table.attemptId, gone));
      expect(orphans).toEqual([]);
    }
    expect(await deleteIdlePracticeAttempts(db(), { idleHours })).toBe(0);
  });

  test('a bad idle time names the field and deletes nothing', async () => {
    const { attempt } = await startAttempt(db(), practiceAttemptInput(1));
    await age(attempt.id, 5);
    const error = await deleteIdlePracticeAttempts(db(), { idleHours: 0 }).catch((e: unknown) => e);
    expect(isStorageError(error, 'invalid-input') && error.message).toBe('idleHours: must be at least 1');
    expect(
      await db().select({ id: attempts.id }).from(attempts).where(eq(attempts.id, attempt.id))
    ).toHaveLength(1);
  });
});
