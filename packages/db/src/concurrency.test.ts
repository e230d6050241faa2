import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { recordResponse, startAttempt, submitAttempt } from './attempts.ts';
import { responses } from './schema.ts';
import { databaseTargets } from './test-databases.ts';
import { createTeacherWithSet, setAttemptInput, useScratchDatabase } from './test-fixtures.ts';

const attemptCount = 20;
const questionCount = 10;

describe.for(databaseTargets())('a class answering at once on $kind', (target) => {
  const db = useScratchDatabase(target);

  test('200 answers from 20 attempts, each posted twice at once, count exactly once', async () => {
    const { set, questions } = await createTeacherWithSet(db(), {
      questions: questionCount,
      publish: true,
      settings: { attemptsAllowed: null }
    });
    const started = await Promise.all(
      Array.from({ length: attemptCount }, () => startAttempt(db(), setAttemptInput(set.id, questions)))
    );
    // Student s gets question q right when q < s mod 11, so the expected totals are all different.
    const answers = started.flatMap(({ attempt }, s) =>
      questions.map((_, q) => {
        const right = q < s % (questionCount + 1);
        return {
          attemptId: attempt.id,
          questionId: `q-${q}`,
          response: { q, s },
          correct: right,
          points: right ? 1 : 0
        };
      })
    );
    const posts = [...answers, ...answers].map((answer) => recordResponse(db(), answer));
    const outcomes = await Promise.all(posts);
    expect(outcomes.filter((o) => o.outcome === 'recorded')).toHaveLength(attemptCount * questionCount);
    expect(outcomes.filter((o) => o.outcome === 'unchanged')).toHaveLength(attemptCount * questionCount);

    const submitted = await Promise.all(started.map(({ attempt }) => submitAttempt(db(), attempt.id)));
    expect(submitted.map((attempt) => attempt.score)).toEqual(
      started.map((_, s) => Math.min(s % (questionCount + 1), questionCount))
    );
    const [stored] = await db()
      .select({ rows: sql<number>`count(*)::int`, points: sql<number>`sum(${responses.points})::float8` })
      .from(responses);
    const expectedPoints = answers.reduce((total, answer) => total + answer.points, 0);
    expect(stored).toEqual({ rows: attemptCount * questionCount, points: expectedPoints });
  });
});
