import { eq, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { getAttempt, recordResponse, startAttempt, submitAttempt } from './attempts.ts';
import type { Db } from './client.ts';
import { extraSeconds, extraTimeFor, listExtraTimes, removeExtraTime, setExtraTime } from './extra-time.ts';
import { attempts } from './schema.ts';
import { isStorageError } from './storage-error.ts';
import { databaseTargets } from './test-databases.ts';
import {
  createFixtureTeacher,
  createTeacherWithSet,
  setAttemptInput,
  useScratchDatabase
} from './test-fixtures.ts';

/** Moves an attempt `seconds` into the past, start and deadline alike, as if the student had been working. */
async function ageAttempt(db: Db, attemptId: string, seconds: number): Promise<void> {
  await db
    .update(attempts)
    .set({
      startedAt: sql`${attempts.startedAt} - make_interval(secs => ${seconds})`,
      deadlineAt: sql`${attempts.deadlineAt} - make_interval(secs => ${seconds})`
    })
    .where(eq(attempts.id, attemptId));
}

const secondsAllowed = (attempt: { startedAt: Date; deadlineAt: Date | null }) =>
  (attempt.deadlineAt!.getTime() - attempt.startedAt.getTime()) / 1000;

test('extra time adds a share of the limit, rounded to the second, and whole minutes', () => {
  expect(extraSeconds(null, 600)).toBe(0);
  expect(extraSeconds({ percent: 50, minutes: 0 }, 600)).toBe(300);
  expect(extraSeconds({ percent: 0, minutes: 5 }, 600)).toBe(300);
  expect(extraSeconds({ percent: 25, minutes: 2 }, 90)).toBe(23 + 120);
});

describe.for(databaseTargets())('extra time per student on $kind', (target) => {
  const db = useScratchDatabase(target);

  const timedSet = () =>
    createTeacherWithSet(db(), {
      questions: 2,
      publish: true,
      settings: { timeLimitMinutes: 10, attemptsAllowed: null }
    });

  const answer = (attemptId: string, questionId: string) => ({
    attemptId,
    questionId,
    response: 0,
    correct: true,
    points: 1,
    graceSeconds: 30
  });

  test('the student given extra time gets it in the deadline; another student does not', async () => {
    const { teacher, set, questions } = await timedSet();
    await setExtraTime(db(), teacher.id, set.id, { studentName: 'Ava Li', percent: 50 });
    // The name is compared as the attempt limit compares it: case, spaces and lookalike letters aside.
    const ava = await startAttempt(db(), {
      ...setAttemptInput(set.id, questions),
      studentName: ' ａｖａ  LI '
    });
    const ben = await startAttempt(db(), { ...setAttemptInput(set.id, questions), studentName: 'Ben' });
    expect(secondsAllowed(ava.attempt)).toBe(15 * 60);
    expect(secondsAllowed(ben.attempt)).toBe(10 * 60);
  });

  test('an answer after the normal deadline but within the extra time is kept; after the extra time it is refused', async () => {
    const { teacher, set, questions } = await timedSet();
    await setExtraTime(db(), teacher.id, set.id, { studentName: 'Ava', minutes: 5 });
    const ava = (await startAttempt(db(), { ...setAttemptInput(set.id, questions), studentName: 'Ava' }))
      .attempt;
    const ben = (await startAttempt(db(), { ...setAttemptInput(set.id, questions), studentName: 'Ben' }))
      .attempt;

    // Twelve minutes in: past the ten of the quiz and its grace, within Ava's fifteen.
    await ageAttempt(db(), ava.id, 12 * 60);
    await ageAttempt(db(), ben.id, 12 * 60);
    expect((await recordResponse(db(), answer(ava.id, 'q-0'))).outcome).toBe('recorded');
    await expect(recordResponse(db(), answer(ben.id, 'q-0'))).rejects.toSatisfy((error) =>
      isStorageError(error, 'deadline-passed')
    );
    expect((await getAttempt(db(), ava.id)).expired).toBe(false);

    // Sixteen minutes in: past Ava's time and its grace too.
    await ageAttempt(db(), ava.id, 4 * 60);
    await expect(recordResponse(db(), answer(ava.id, 'q-1'))).rejects.toSatisfy((error) =>
      isStorageError(error, 'deadline-passed')
    );
    expect((await submitAttempt(db(), ava.id)).score).toBe(1);
  });

  test('extra time given while the student works reaches the open attempt, counted from its start', async () => {
    const { teacher, set, questions } = await timedSet();
    const input = { ...setAttemptInput(set.id, questions), studentName: 'Cyrus' };
    const { attempt } = await startAttempt(db(), input);
    await ageAttempt(db(), attempt.id, 11 * 60);
    // Out of time, but not yet past the grace: Cyrus still has the page open.
    await setExtraTime(db(), teacher.id, set.id, { studentName: 'cyrus', percent: 100 });
    const extended = await getAttempt(db(), attempt.id);
    // Out of time when the teacher gave it, so the attempt is not reopened: Canvas and Moodle keep that
    // for an explicit extension of the attempt.
    expect(secondsAllowed(extended)).toBe(10 * 60);

    const fresh = await startAttempt(db(), { ...input, participantId: `${input.participantId}-other` });
    await setExtraTime(db(), teacher.id, set.id, { studentName: 'Cyrus', percent: 0, minutes: 3 });
    // Lowered from double time to three minutes: the deadline given stays, never moving earlier.
    expect(secondsAllowed(await getAttempt(db(), fresh.attempt.id))).toBe(20 * 60);
    await setExtraTime(db(), teacher.id, set.id, { studentName: 'Cyrus', percent: 0, minutes: 15 });
    expect(secondsAllowed(await getAttempt(db(), fresh.attempt.id))).toBe(25 * 60);
    // A joins again from the same browser continues that attempt with its deadline.
    const resumed = await startAttempt(db(), { ...input, participantId: `${input.participantId}-other` });
    expect(resumed).toMatchObject({ resumed: true, attempt: { id: fresh.attempt.id } });
    expect(secondsAllowed(resumed.attempt)).toBe(25 * 60);
  });

  test('the teacher lists, replaces and removes extra time; a removal leaves started attempts as they were', async () => {
    const { teacher, set, questions } = await timedSet();
    await setExtraTime(db(), teacher.id, set.id, { studentName: 'Zoë', minutes: 5 });
    await setExtraTime(db(), teacher.id, set.id, { studentName: 'Ava', percent: 25 });
    await setExtraTime(db(), teacher.id, set.id, { studentName: 'zoë', percent: 50 });
    expect(await listExtraTimes(db(), teacher.id, set.id)).toEqual([
      { studentName: 'Ava', percent: 25, minutes: 0 },
      { studentName: 'zoë', percent: 50, minutes: 0 }
    ]);
    expect(await extraTimeFor(db(), set.id, 'ZOË')).toEqual({ studentName: 'zoë', percent: 50, minutes: 0 });

    const { attempt } = await startAttempt(db(), {
      ...setAttemptInput(set.id, questions),
      studentName: 'Zoë'
    });
    expect(await removeExtraTime(db(), teacher.id, set.id, 'ZOË')).toBe(true);
    expect(await removeExtraTime(db(), teacher.id, set.id, 'Zoë')).toBe(false);
    expect(secondsAllowed(await getAttempt(db(), attempt.id))).toBe(15 * 60);
    const later = await startAttempt(db(), { ...setAttemptInput(set.id, questions), studentName: 'Zoë' });
    expect(secondsAllowed(later.attempt)).toBe(10 * 60);
    expect(await listExtraTimes(db(), teacher.id, set.id)).toEqual([
      { studentName: 'Ava', percent: 25, minutes: 0 }
    ]);
  });

  test('bad input and another teacher’s set are refused, changing nothing', async () => {
    const { teacher, set } = await timedSet();
    const refused = async (input: Parameters<typeof setExtraTime>[3], path: string) => {
      const failure = await setExtraTime(db(), teacher.id, set.id, input).catch((error: unknown) => error);
      expect(isStorageError(failure, 'invalid-input') && failure.problem.issues.map((i) => i.path)).toEqual([
        path
      ]);
    };
    await refused({ studentName: '   ', minutes: 5 }, 'studentName');
    await refused({ studentName: '\u200b', minutes: 5 }, 'studentName');
    await refused({ studentName: 'Ava', percent: 0, minutes: 0 }, 'percent');
    await refused({ studentName: 'Ava', percent: 401 }, 'percent');
    await refused({ studentName: 'Ava', minutes: 2.5 }, 'minutes');
    await refused({ studentName: 'Ava', minutes: 601 }, 'minutes');

    const stranger = await createFixtureTeacher(db());
    await expect(
      setExtraTime(db(), stranger.id, set.id, { studentName: 'Ava', minutes: 5 })
    ).rejects.toSatisfy((error) => isStorageError(error, 'not-found'));
    await expect(removeExtraTime(db(), stranger.id, set.id, 'Ava')).rejects.toSatisfy((error) =>
      isStorageError(error, 'not-found')
    );
    expect(await listExtraTimes(db(), stranger.id, set.id)).toEqual([]);
    expect(await listExtraTimes(db(), teacher.id, set.id)).toEqual([]);
  });

  test('without a time limit there is no deadline, extra time or not', async () => {
    const { teacher, set, questions } = await createTeacherWithSet(db(), { questions: 1, publish: true });
    await setExtraTime(db(), teacher.id, set.id, { studentName: 'Ava', minutes: 5 });
    const { attempt } = await startAttempt(db(), {
      ...setAttemptInput(set.id, questions),
      studentName: 'Ava'
    });
    expect(attempt.deadlineAt).toBeNull();
  });
});
