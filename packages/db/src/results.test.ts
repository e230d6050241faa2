import { describe, expect, test } from 'vitest';
import { recordResponse, startAttempt, submitAttempt } from './attempts.ts';
import { listSets } from './question-sets.ts';
import { listResults, questionStatistics } from './results.ts';
import { isStorageError } from './storage-error.ts';
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
});
