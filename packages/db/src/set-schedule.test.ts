import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { getAttempt, recordResponse, startAttempt, submitAttempt } from './attempts.ts';
import { updateSet } from './question-sets.ts';
import { attempts } from './schema.ts';
import { isStorageError } from './storage-error.ts';
import { databaseTargets } from './test-databases.ts';
import { createTeacherWithSet, setAttemptInput, useScratchDatabase } from './test-fixtures.ts';

const day = 24 * 60 * 60 * 1000;
const daysFromNow = (days: number) => new Date(Date.now() + days * day);

describe.for(databaseTargets())('a set’s opening and closing times on $kind', (target) => {
  const db = useScratchDatabase(target);

  const countAttempts = async (setId: string) => {
    const [row] = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(attempts)
      .where(sql`${attempts.setId} = ${setId}`);
    return row!.n;
  };

  test('before the opening time no attempt starts, and the refusal says when it opens in the teacher’s zone', async () => {
    const { teacher, set, questions } = await createTeacherWithSet(db(), { questions: 1, publish: true });
    const opensAt = new Date('2099-03-02T08:30:00.000Z');
    await updateSet(db(), teacher.id, set.id, { opensAt, closesAt: null, scheduleTimeZone: 'Europe/Berlin' });
    const refusal = startAttempt(db(), setAttemptInput(set.id, questions));
    await expect(refusal).rejects.toSatisfy((error) => isStorageError(error, 'set-opens-later'));
    await expect(refusal).rejects.toThrow(
      'This quiz opens on Monday, March 2, 2099 at 9:30 AM (Europe/Berlin time). Come back then.'
    );
    expect(await countAttempts(set.id)).toBe(0);
  });

  test('after the closing time no attempt starts, and the refusal says when it closed', async () => {
    const { teacher, set, questions } = await createTeacherWithSet(db(), { questions: 1, publish: true });
    const closesAt = new Date('2020-01-03T17:00:00.000Z');
    await updateSet(db(), teacher.id, set.id, { opensAt: null, closesAt, scheduleTimeZone: null });
    const refusal = startAttempt(db(), setAttemptInput(set.id, questions));
    await expect(refusal).rejects.toSatisfy((error) => isStorageError(error, 'set-closed-at'));
    await expect(refusal).rejects.toThrow('This quiz closed on Friday, January 3, 2020 at 5:00 PM (UTC).');
    expect(await countAttempts(set.id)).toBe(0);
  });

  test('between the two times a student starts as usual', async () => {
    const { teacher, set, questions } = await createTeacherWithSet(db(), { questions: 1, publish: true });
    await updateSet(db(), teacher.id, set.id, { opensAt: daysFromNow(-1), closesAt: daysFromNow(1) });
    const { resumed } = await startAttempt(db(), setAttemptInput(set.id, questions));
    expect(resumed).toBe(false);
    expect(await countAttempts(set.id)).toBe(1);
  });

  test('an attempt begun before the close is continued, answered and handed in after it', async () => {
    const { teacher, set, questions } = await createTeacherWithSet(db(), {
      questions: 2,
      publish: true,
      settings: { timeLimitMinutes: 30 }
    });
    const input = setAttemptInput(set.id, questions);
    const { attempt } = await startAttempt(db(), input);
    await updateSet(db(), teacher.id, set.id, { closesAt: daysFromNow(-1) });

    const again = await startAttempt(db(), input);
    expect(again).toMatchObject({ resumed: true, attempt: { id: attempt.id } });
    await recordResponse(db(), {
      attemptId: attempt.id,
      questionId: 'q-0',
      response: 0,
      correct: true,
      points: 1
    });
    expect((await submitAttempt(db(), attempt.id)).score).toBe(1);
    // Handed in, the same student gets no new attempt after the close.
    await expect(startAttempt(db(), input)).rejects.toSatisfy((error) =>
      isStorageError(error, 'set-closed-at')
    );
    expect((await getAttempt(db(), attempt.id)).submittedAt).not.toBeNull();
  });

  test('a closing time not after the opening time, or an unknown zone, is refused by field and changes nothing', async () => {
    const { teacher, set } = await createTeacherWithSet(db(), { questions: 1 });
    const opensAt = daysFromNow(2);
    await expect(
      updateSet(db(), teacher.id, set.id, { opensAt, closesAt: opensAt, scheduleTimeZone: 'UTC' })
    ).rejects.toSatisfy(
      (error) =>
        isStorageError(error, 'invalid-input') &&
        error.problem.issues.some(
          (issue) => issue.path === 'closesAt' && issue.message === 'must be after the opening time'
        )
    );
    await expect(updateSet(db(), teacher.id, set.id, { scheduleTimeZone: 'Mars/Olympus' })).rejects.toSatisfy(
      (error) =>
        isStorageError(error, 'invalid-input') && error.problem.issues[0]!.path === 'scheduleTimeZone'
    );
    const [row] = await db()
      .select({ opensAt: sql`opens_at`, zone: sql`schedule_time_zone` })
      .from(sql`question_sets`)
      .where(sql`id = ${set.id}`);
    expect(row).toEqual({ opensAt: null, zone: null });
  });
});
