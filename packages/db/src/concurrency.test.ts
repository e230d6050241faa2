import { setTimeout } from 'node:timers/promises';
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

// PostgreSQL alone runs two statements side by side; PGlite runs one at a time, so there the race cannot occur.
const serverTargets = databaseTargets().filter((target) => target.kind === 'postgres');

describe.for(serverTargets)('a hand-in while an answer is being written on $kind', (target) => {
  const db = useScratchDatabase(target);

  test('the hand-in waits for the answer and counts it', async () => {
    const { set, questions } = await createTeacherWithSet(db(), { questions: 2, publish: true });
    const { attempt } = await startAttempt(db(), setAttemptInput(set.id, questions));
    let commitAnswer!: () => void;
    const answerMayCommit = new Promise<void>((resolve) => (commitAnswer = resolve));
    let answerWritten!: () => void;
    const written = new Promise<void>((resolve) => (answerWritten = resolve));
    // What recordResponse does in its one statement: a share lock on the attempt and the answer's row,
    // here held open until the hand-in is waiting.
    const answer = db().transaction(async (tx) => {
      await tx.execute(sql`select 1 from attempts where id = ${attempt.id} for share`);
      await tx
        .insert(responses)
        .values({ attemptId: attempt.id, questionId: 'q-0', response: 'a', correct: true, points: 1 });
      answerWritten();
      await answerMayCommit;
    });
    await written;
    const handIn = submitAttempt(db(), attempt.id);
    while (!(await handInWaiting())) await setTimeout(10);
    commitAnswer();
    await answer;
    expect((await handIn).score).toBe(1);
  });

  /** Whether a statement of this database waits for a lock: the hand-in, behind the answer. */
  async function handInWaiting(): Promise<boolean> {
    const [row] = await db()
      .select({ waiting: sql<boolean>`exists (select 1 from pg_locks where not granted)` })
      .from(sql`(select 1) as one`);
    return row!.waiting;
  }
});
