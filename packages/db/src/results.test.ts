import { describe, expect, test } from 'vitest';
import { getAttempt, recordResponse, startAttempt, submitAttempt } from './attempts.ts';
import { listSets } from './question-sets.ts';
import {
  acceptAnswer,
  getSetAttempt,
  listResults,
  questionPoints,
  questionStatistics,
  type Regrader
} from './results.ts';
import { addQuestions, createSet, publishSet } from './question-sets.ts';
import { isStorageError, StorageError } from './storage-error.ts';
import { responses, setQuestions } from './schema.ts';
import { eq } from 'drizzle-orm';
import { databaseTargets } from './test-databases.ts';
import {
  createFixtureTeacher,
  createTeacherWithSet,
  setAttemptInput,
  useScratchDatabase
} from './test-fixtures.ts';

describe.for(databaseTargets())('results on $kind', (target) => {
  const db = useScratchDatabase(target);

  test('results list every student, and item analysis counts each response', async () => {
    const { teacher, set, questions } = await createTeacherWithSet(db(), {
      questions: 2,
      publish: true,
      settings: { attemptsAllowed: null }
    });
    // Six students: q-0 tells the strong from the weak, q-1 everyone gets right.
    const answers = [
      ['A', true],
      ['A', true],
      ['A', true],
      ['B', false],
      ['C', false],
      ['B', false]
    ] as const;
    const attemptIds = [];
    for (const [n, [choice, right]] of answers.entries()) {
      const { attempt } = await startAttempt(db(), {
        ...setAttemptInput(set.id, questions),
        studentName: `Student ${n}`
      });
      attemptIds.push(attempt.id);
      await recordResponse(db(), {
        attemptId: attempt.id,
        questionId: 'q-0',
        response: choice,
        correct: right,
        points: right ? 1 : 0
      });
      await recordResponse(db(), {
        attemptId: attempt.id,
        questionId: 'q-1',
        response: 'A',
        correct: true,
        points: 1
      });
      if (n < 5) await submitAttempt(db(), attempt.id);
    }

    const results = await listResults(db(), teacher.id, set.id);
    expect(results.map((r) => [r.studentName, r.score, r.maxScore])).toEqual([
      ['Student 0', 2, 2],
      ['Student 1', 2, 2],
      ['Student 2', 2, 2],
      ['Student 3', 1, 2],
      ['Student 4', 1, 2],
      ['Student 5', null, 2]
    ]);
    expect(results[0]!.secondsTaken).toBeGreaterThanOrEqual(0);
    expect(results[5]!.submittedAt).toBeNull();

    const statistics = await questionStatistics(db(), teacher.id, set.id);
    expect(statistics.map((s) => [s.questionId, s.seen, s.answered, s.correct, s.facility])).toEqual([
      ['q-0', 5, 5, 3, 0.6],
      ['q-1', 5, 5, 5, 1]
    ]);
    expect(statistics[0]!.responseCounts).toEqual([
      { response: 'A', count: 3 },
      { response: 'B', count: 1 },
      { response: 'C', count: 1 }
    ]);
    expect(statistics[0]!.setQuestionId).toBe(questions[0]!.id);
    expect(statistics[1]!.flags).toEqual(['too-easy', 'not-discriminating']);

    const [summary] = await listSets(db(), teacher.id);
    expect(summary).toMatchObject({ attemptCount: 6, submittedCount: 5 });
    expect(summary!.meanScore).toBeCloseTo(0.8, 6);
  });

  test('another teacher sees no results', async () => {
    const { set } = await createTeacherWithSet(db(), { questions: 1, publish: true });
    const intruder = await createFixtureTeacher(db());
    for (const call of [listResults, questionStatistics]) {
      await expect(call(db(), intruder.id, set.id)).rejects.toSatisfy((error) =>
        isStorageError(error, 'not-found')
      );
    }
  });

  /** A typed-answer question as the test's regrader reads it: right when the text is one of the key's. */
  const typedQuestion = (id: string) => ({
    sourceQuestionId: id,
    snapshot: { id, type: 'short-answer', stem: 'Which city?', key: ['Kerman'] }
  });
  const regraderFor = (answer: string): Regrader => ({
    accept: (snapshot) => {
      const key = snapshot.key as string[];
      if (key.includes(answer)) {
        throw new StorageError({
          code: 'invalid-input',
          issues: [{ path: 'answer', message: 'is already accepted' }]
        });
      }
      return { ...snapshot, key: [...key, answer] };
    },
    grade: (snapshot, response, maxPoints) => {
      const right = (snapshot.key as string[]).includes(response as string);
      return { correct: right, points: right ? maxPoints : 0 };
    }
  });

  async function typedSetWithClass(answers: (string | null)[], handIn: boolean[]) {
    const teacher = await createFixtureTeacher(db());
    const created = await createSet(db(), teacher.id, {
      articleId: 'kerman-2024',
      title: 'Typed',
      settings: { attemptsAllowed: null }
    });
    const questions = await addQuestions(db(), teacher.id, created.id, [
      typedQuestion('t-0'),
      typedQuestion('t-1')
    ]);
    const set = await publishSet(db(), teacher.id, created.id);
    const attemptIds: string[] = [];
    for (const [n, answer] of answers.entries()) {
      const { attempt } = await startAttempt(db(), {
        ...setAttemptInput(set.id, questions),
        studentName: `S${n}`
      });
      attemptIds.push(attempt.id);
      await recordResponse(db(), {
        attemptId: attempt.id,
        questionId: 't-1',
        response: 'Kerman',
        correct: true,
        points: 1
      });
      if (answer !== null) {
        const right = answer === 'Kerman';
        await recordResponse(db(), {
          attemptId: attempt.id,
          questionId: 't-0',
          response: answer,
          correct: right,
          points: right ? 1 : 0
        });
      }
      if (handIn[n]) await submitAttempt(db(), attempt.id);
    }
    return { teacher, set, questions, attemptIds };
  }

  test('accepting an answer regrades every attempt that gave it, in the set, the copies and the totals', async () => {
    const { teacher, set, questions, attemptIds } = await typedSetWithClass(
      ['Kerman', 'Kermaan', 'Kermaan', 'Tehran', null, 'Kermaan'],
      [true, true, true, true, true, false]
    );
    const outcome = await acceptAnswer(db(), teacher.id, set.id, 't-0', regraderFor('Kermaan'));
    expect(outcome).toEqual({ attemptsChanged: 3 });

    const results = await listResults(db(), teacher.id, set.id);
    expect(results.map((r) => r.score)).toEqual([2, 2, 2, 1, 1, null]);
    // The open attempt's answer is regraded too, and its hand-in counts it.
    expect((await submitAttempt(db(), attemptIds[5]!)).score).toBe(2);

    const regraded = await getSetAttempt(db(), teacher.id, set.id, attemptIds[1]!);
    expect(regraded.responses.find((r) => r.questionId === 't-0')).toMatchObject({
      correct: true,
      points: 1
    });
    expect(regraded.questions[0]!.snapshot!.key).toEqual(['Kerman', 'Kermaan']);
    expect(regraded.questions[1]!.snapshot!.key).toEqual(['Kerman']);
    const [setQuestion] = await db().select().from(setQuestions).where(eq(setQuestions.id, questions[0]!.id));
    expect(setQuestion!.snapshot!.key).toEqual(['Kerman', 'Kermaan']);
    const statistics = await questionStatistics(db(), teacher.id, set.id);
    expect(statistics[0]!.correct).toBe(4);
  });

  test('an accepted answer reaches the pages of an attempt this process read before', async () => {
    const { teacher, set, attemptIds } = await typedSetWithClass(['Kermaan'], [true]);
    const before = await getAttempt(db(), attemptIds[0]!);
    expect(before.questions[0]!.snapshot!.key).toEqual(['Kerman']);
    await acceptAnswer(db(), teacher.id, set.id, 't-0', regraderFor('Kermaan'));
    const after = await getAttempt(db(), attemptIds[0]!);
    expect(after.questions[0]!.snapshot!.key).toEqual(['Kerman', 'Kermaan']);
    expect(after.questions[1]!.snapshot).toEqual(before.questions[1]!.snapshot);
    expect(after.score).toBe(2);
  });

  test('an answer nobody gave, one already accepted, or another teacher’s set is refused and changes nothing', async () => {
    const { teacher, set, attemptIds } = await typedSetWithClass(['Tehran', 'Qom'], [true, true]);
    const before = await db().select().from(responses);
    await expect(acceptAnswer(db(), teacher.id, set.id, 't-0', regraderFor('Isfahan'))).rejects.toThrow(
      'answer: is not a wrong answer any student gave to this question'
    );
    await expect(acceptAnswer(db(), teacher.id, set.id, 't-0', regraderFor('Kerman'))).rejects.toThrow(
      'answer: is already accepted'
    );
    await expect(
      acceptAnswer(db(), teacher.id, set.id, 'no-such-question', regraderFor('Qom'))
    ).rejects.toSatisfy((error) => isStorageError(error, 'question-not-in-set'));
    // PostgreSQL keeps no NUL in text: one in the id is refused before any query, not a failed query.
    await expect(acceptAnswer(db(), teacher.id, set.id, 't-\u0000', regraderFor('Qom'))).rejects.toSatisfy(
      (error) => isStorageError(error, 'invalid-input')
    );
    const intruder = await createFixtureTeacher(db());
    await expect(acceptAnswer(db(), intruder.id, set.id, 't-0', regraderFor('Qom'))).rejects.toSatisfy(
      (error) => isStorageError(error, 'not-found')
    );
    await expect(getSetAttempt(db(), intruder.id, set.id, attemptIds[0]!)).rejects.toSatisfy((error) =>
      isStorageError(error, 'not-found')
    );
    expect(await db().select().from(responses)).toEqual(before);
    const attempt = await getSetAttempt(db(), teacher.id, set.id, attemptIds[0]!);
    expect(attempt.questions[0]!.snapshot!.key).toEqual(['Kerman']);
  });

  test('an attempt opens only under its own set, even for a teacher who owns the other', async () => {
    const { attemptIds } = await typedSetWithClass(['Qom'], [true]);
    const other = await createTeacherWithSet(db(), { questions: 1 });
    await expect(getSetAttempt(db(), other.teacher.id, other.set.id, attemptIds[0]!)).rejects.toSatisfy(
      (error) => isStorageError(error, 'not-found')
    );
  });

  test('question points list each attempt’s points per question in the set’s order', async () => {
    const { teacher, set, attemptIds } = await typedSetWithClass(['Kerman', null], [true, false]);
    const { questionIds, points } = await questionPoints(db(), teacher.id, set.id);
    expect(questionIds).toEqual(['t-0', 't-1']);
    expect(points.get(attemptIds[0]!)).toEqual(
      new Map([
        ['t-0', 1],
        ['t-1', 1]
      ])
    );
    expect(points.get(attemptIds[1]!)).toEqual(
      new Map([
        ['t-0', null],
        ['t-1', 1]
      ])
    );
  });
});
