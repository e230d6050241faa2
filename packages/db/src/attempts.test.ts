import { setTimeout } from 'node:timers/promises';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  attemptsUsedAmong,
  countAttempts,
  findAttemptByToken,
  getAttempt,
  getAttemptByToken,
  recordResponse,
  startAttempt,
  submitAttempt,
  submitAttemptByToken
} from './attempts.ts';
import { lockJoiningStudent } from './advisory-lock.ts';
import { queryRows } from './client.ts';
import { closeSet, publishSet, removeQuestion, updateSet } from './question-sets.ts';
import { attempts, attemptTokens, questionSets, responses } from './schema.ts';
import { isStorageError } from './storage-error.ts';
import { databaseTargets } from './test-databases.ts';
import {
  createTeacherWithSet,
  practiceAttemptInput,
  setAttemptInput,
  useScratchDatabase
} from './test-fixtures.ts';

describe.for(databaseTargets())('attempts and responses on $kind', (target) => {
  const db = useScratchDatabase(target);

  const countRows = async (table: typeof attempts | typeof responses) => {
    const [row] = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(table);
    return row!.n;
  };

  test('a practice attempt keeps its questions in order and opens with its token only', async () => {
    const { attempt, accessToken } = await startAttempt(db(), practiceAttemptInput(3));
    expect(attempt).toMatchObject({
      setId: null,
      maxScore: 3,
      submittedAt: null,
      deadlineAt: null,
      score: null
    });
    const stored = await db().select().from(attemptTokens).where(eq(attemptTokens.attemptId, attempt.id));
    expect(stored.map((row) => row.tokenHash)).not.toContain(accessToken);
    expect(stored).toHaveLength(1);
    expect((await findAttemptByToken(db(), accessToken))?.id).toBe(attempt.id);
    expect(await findAttemptByToken(db(), 'forged')).toBeNull();
    const view = await getAttempt(db(), attempt.id);
    expect(view.questions.map((q) => [q.position, q.questionId])).toEqual([
      [0, 'q-0'],
      [1, 'q-1'],
      [2, 'q-2']
    ]);
    expect(view.expired).toBe(false);
  });

  test('a page of an attempt opens with its own token only, and reads the whole attempt', async () => {
    const mine = await startAttempt(db(), practiceAttemptInput(2));
    const theirs = await startAttempt(db(), practiceAttemptInput(2));
    const view = await getAttemptByToken(db(), mine.attempt.id, mine.accessToken);
    expect(view).toEqual(await getAttempt(db(), mine.attempt.id));
    expect(view?.questions).toHaveLength(2);
    expect(await getAttemptByToken(db(), mine.attempt.id, theirs.accessToken)).toBeNull();
    expect(await getAttemptByToken(db(), mine.attempt.id, 'forged')).toBeNull();
    expect(await getAttemptByToken(db(), 'not-an-id', mine.accessToken)).toBeNull();
  });

  test("a hand-in by token hands in only with the attempt's own token, once", async () => {
    const mine = await startAttempt(db(), practiceAttemptInput(2));
    const theirs = await startAttempt(db(), practiceAttemptInput(2));
    await recordResponse(db(), {
      attemptId: mine.attempt.id,
      questionId: 'q-0',
      response: 'a',
      correct: true,
      points: 1
    });
    expect(await submitAttemptByToken(db(), mine.attempt.id, theirs.accessToken)).toBeNull();
    expect(await submitAttemptByToken(db(), mine.attempt.id, 'forged')).toBeNull();
    expect(await submitAttemptByToken(db(), 'not-an-id', mine.accessToken)).toBeNull();
    expect((await getAttempt(db(), mine.attempt.id)).submittedAt).toBeNull();
    const submitted = await submitAttemptByToken(db(), mine.attempt.id, mine.accessToken);
    expect(submitted).toMatchObject({ id: mine.attempt.id, score: 1 });
    expect(submitted?.submittedAt).toBeInstanceOf(Date);
    expect(await submitAttemptByToken(db(), mine.attempt.id, mine.accessToken)).toEqual(submitted);
  });

  test('a set attempt needs a published set', async () => {
    const { teacher, set, questions } = await createTeacherWithSet(db(), { questions: 2 });
    await expect(startAttempt(db(), setAttemptInput(set.id, questions))).rejects.toSatisfy((error) =>
      isStorageError(error, 'set-not-open')
    );
    await publishSet(db(), teacher.id, set.id);
    await closeSet(db(), teacher.id, set.id);
    await expect(startAttempt(db(), setAttemptInput(set.id, questions))).rejects.toSatisfy((error) =>
      isStorageError(error, 'set-not-open')
    );
  });

  test('the attempts a set allows are counted per participant, and a refused start writes nothing', async () => {
    const { set, questions } = await createTeacherWithSet(db(), {
      questions: 2,
      publish: true,
      settings: { attemptsAllowed: 2 }
    });
    const participantId = 'participant-limit-0001';
    for (let used = 0; used < 2; used += 1) {
      const { attempt } = await startAttempt(db(), setAttemptInput(set.id, questions, participantId));
      await submitAttempt(db(), attempt.id);
    }
    const before = await countRows(attempts);
    await expect(startAttempt(db(), setAttemptInput(set.id, questions, participantId))).rejects.toSatisfy(
      (error) => isStorageError(error, 'attempt-limit-reached') && error.message.includes('allows 2 attempts')
    );
    expect(await countRows(attempts)).toBe(before);
    expect(await countAttempts(db(), set.id, { participantId, studentName: 'Sara' })).toBe(2);
    const other = { participantId: 'participant-limit-0002', studentName: 'Omid' };
    const started = await startAttempt(db(), {
      ...setAttemptInput(set.id, questions, other.participantId),
      ...other
    });
    expect(await countAttempts(db(), set.id, other)).toBe(1);
    // The read of the attempt brings the same count when asked, and nothing of the set's attempts when not.
    const id = started.attempt.id;
    const view = await getAttemptByToken(db(), id, started.accessToken, 'all', { withTakers: true });
    expect(attemptsUsedAmong(view!.setTakers!, other)).toBe(1);
    expect(attemptsUsedAmong(view!.setTakers!, { participantId, studentName: 'Sara' })).toBe(2);
    expect((await getAttemptByToken(db(), id, started.accessToken))!.setTakers).toBeNull();
  });

  test('the attempts a set allows are counted per name too: another browser under the same name gets none', async () => {
    const { set, questions } = await createTeacherWithSet(db(), {
      questions: 1,
      publish: true,
      settings: { attemptsAllowed: 1 }
    });
    const join = (participantId: string, studentName: string) =>
      startAttempt(db(), { ...setAttemptInput(set.id, questions, participantId), studentName });
    const first = await join('participant-name-0001', 'Ava Li');
    // Open or handed in, the attempt is the name's: another browser neither continues nor repeats it.
    for (const submitted of [false, true]) {
      if (submitted) await submitAttempt(db(), first.attempt.id);
      // Cookies cleared, another device: the same name however it is typed, in case, spaces and lookalikes.
      for (const [browser, name] of [
        ['participant-name-0002', 'Ava Li'],
        ['participant-name-0003', '  ava   LI '],
        ['participant-name-0004', 'AVALI'],
        ['participant-name-0005', 'Ava\u00a0Li\u200b'],
        ['participant-name-0006', '\uff21\uff56\uff41 \uff2c\uff49']
      ] as const) {
        const before = await countRows(attempts);
        await expect(join(browser, name), name).rejects.toSatisfy((error) =>
          isStorageError(error, 'attempt-limit-reached')
        );
        expect(await countRows(attempts)).toBe(before);
        expect(await countAttempts(db(), set.id, { participantId: browser, studentName: name })).toBe(1);
      }
    }
    // Another name is another student, in any browser.
    const other = await join('participant-name-0002', 'Bo Chen');
    expect(other.resumed).toBe(false);
    expect(
      await countAttempts(db(), set.id, { participantId: 'participant-name-0007', studentName: 'bo chen' })
    ).toBe(1);
  });

  test('five tabs joining at once share one attempt: one starts it, the others continue it', async () => {
    const { set, questions } = await createTeacherWithSet(db(), { questions: 1, publish: true });
    const participantId = 'participant-race-0001';
    const before = await countRows(attempts);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => startAttempt(db(), setAttemptInput(set.id, questions, participantId)))
    );
    expect(await countRows(attempts)).toBe(before + 1);
    expect(new Set(results.map((result) => result.attempt.id)).size).toBe(1);
    expect(results.filter((result) => !result.resumed)).toHaveLength(1);
    // Every tab's token opens it, whichever join answered last.
    const opening = await Promise.all(results.map((result) => findAttemptByToken(db(), result.accessToken)));
    expect(opening.map((attempt) => attempt?.id)).toEqual(results.map(() => results[0]!.attempt.id));
  });

  test('five students racing for a set that allows one attempt each share nothing: each name its own', async () => {
    const { set, questions } = await createTeacherWithSet(db(), { questions: 1, publish: true });
    const participantId = 'participant-race-0002';
    const names = ['Ana', 'Ben', 'Chloé', 'Dara', 'Émile'];
    const results = await Promise.allSettled(
      names.map((studentName) =>
        startAttempt(db(), { ...setAttemptInput(set.id, questions, participantId), studentName })
      )
    );
    // One browser, one attempt allowed: whoever wins the lock takes it, the others are refused.
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(await countAttempts(db(), set.id, { participantId, studentName: 'Ana' })).toBe(1);
  });

  test('two browsers joining at once under one name, one attempt allowed: one starts it, the other is refused', async () => {
    const { set, questions } = await createTeacherWithSet(db(), { questions: 1, publish: true });
    const results = await Promise.allSettled(
      ['participant-twin-0001', 'participant-twin-0002'].map((participantId) =>
        startAttempt(db(), { ...setAttemptInput(set.id, questions, participantId), studentName: 'Dara' })
      )
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((result) => result.status === 'rejected');
    expect(isStorageError(refused?.reason, 'attempt-limit-reached')).toBe(true);
    expect(
      await countAttempts(db(), set.id, { participantId: 'participant-twin-0003', studentName: 'dara' })
    ).toBe(1);
  });

  // PGlite is one connection: a join cannot run while another transaction holds it.
  if (target.kind === 'postgres') {
    test('a join holds only its own student: the class joins alongside, the same name waits its turn', async () => {
      const { set, questions } = await createTeacherWithSet(db(), { questions: 1, publish: true });
      /** Joins here waiting for an advisory lock (pg_locks is the whole server's: other tests run beside). */
      const waitingJoins = async () => {
        const [row] = await queryRows<{ n: number }>(
          db(),
          sql`select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted
            and database = (select oid from pg_database where datname = current_database())`
        );
        return row!.n;
      };
      let ana: ReturnType<typeof startAttempt> | undefined;
      const ben = await db().transaction(async (tx) => {
        // What a join of Ana's holds while it runs.
        await tx
          .select({ id: questionSets.id })
          .from(questionSets)
          .where(eq(questionSets.id, set.id))
          .for('share');
        await lockJoiningStudent(tx, set.id, { participantId: 'participant-hold-0001', studentName: 'Ana' });
        const joined = await startAttempt(db(), {
          ...setAttemptInput(set.id, questions),
          studentName: 'Ben'
        });
        ana = startAttempt(db(), { ...setAttemptInput(set.id, questions), studentName: 'ana' });
        while ((await waitingJoins()) === 0) await setTimeout(10);
        return joined;
      });
      expect(ben.resumed).toBe(false);
      await expect(ana).resolves.toMatchObject({ resumed: false, attempt: { studentName: 'ana' } });
    });
  }

  test('a name is the same name whatever its case, accents included', async () => {
    const { set, questions } = await createTeacherWithSet(db(), { questions: 1, publish: true });
    const participantId = 'participant-accent-0001';
    const first = await startAttempt(db(), {
      ...setAttemptInput(set.id, questions, participantId),
      studentName: 'Émile'
    });
    const again = await startAttempt(db(), {
      ...setAttemptInput(set.id, questions, participantId),
      studentName: 'émile '
    });
    expect(again).toMatchObject({ resumed: true, attempt: { id: first.attempt.id } });
  });

  test('joining again under the same name continues the open attempt; another name, or after hand-in, starts anew', async () => {
    const { set, questions } = await createTeacherWithSet(db(), {
      questions: 2,
      publish: true,
      settings: { attemptsAllowed: 4 }
    });
    const participantId = 'participant-resume-0001';
    const first = await startAttempt(db(), setAttemptInput(set.id, questions, participantId));
    const again = await startAttempt(db(), {
      ...setAttemptInput(set.id, questions, participantId),
      studentName: ' SARA '
    });
    expect(again).toMatchObject({ resumed: true, attempt: { id: first.attempt.id } });
    expect(again.accessToken).not.toBe(first.accessToken);
    expect((await findAttemptByToken(db(), first.accessToken))?.id).toBe(first.attempt.id);
    expect((await findAttemptByToken(db(), again.accessToken))?.id).toBe(first.attempt.id);
    expect(await countAttempts(db(), set.id, { participantId, studentName: 'Sara' })).toBe(1);

    const sibling = await startAttempt(db(), {
      ...setAttemptInput(set.id, questions, participantId),
      studentName: 'Omid'
    });
    expect(sibling.resumed).toBe(false);
    // Out of time, an attempt is not continued but counted.
    await db()
      .update(attempts)
      .set({ deadlineAt: sql`now() - interval '1 minute'` })
      .where(eq(attempts.id, sibling.attempt.id));
    const late = await startAttempt(db(), {
      ...setAttemptInput(set.id, questions, participantId),
      studentName: 'Omid'
    });
    expect(late.resumed).toBe(false);
    await submitAttempt(db(), late.attempt.id);
    await submitAttempt(db(), first.attempt.id);
    const retry = await startAttempt(db(), setAttemptInput(set.id, questions, participantId));
    expect(retry.resumed).toBe(false);
    expect(retry.attempt.id).not.toBe(first.attempt.id);
    expect(await countAttempts(db(), set.id, { participantId, studentName: 'Sara' })).toBe(4);
  });

  test('a question that is not (or no longer) in the set is refused', async () => {
    const { teacher, set, questions } = await createTeacherWithSet(db(), { questions: 3, publish: true });
    await removeQuestion(db(), teacher.id, set.id, questions[2]!.id);
    const before = await countRows(attempts);
    await expect(startAttempt(db(), setAttemptInput(set.id, questions))).rejects.toSatisfy((error) =>
      isStorageError(error, 'question-not-in-set')
    );
    expect(await countRows(attempts)).toBe(before);
  });

  test('an attempt keeps the settings it started under when the teacher changes the set', async () => {
    const { teacher, set, questions } = await createTeacherWithSet(db(), {
      questions: 1,
      publish: true,
      settings: { feedback: 'end', attemptsAllowed: 3 }
    });
    const { attempt } = await startAttempt(db(), setAttemptInput(set.id, questions));
    await updateSet(db(), teacher.id, set.id, { settings: { feedback: 'never', attemptsAllowed: 3 } });
    expect((await getAttempt(db(), attempt.id)).settings.feedback).toBe('end');
    const practice = await startAttempt(db(), {
      ...practiceAttemptInput(1),
      settings: { timeLimitMinutes: 10 }
    });
    expect(practice.attempt.settings).toMatchObject({ feedback: 'immediate', timeLimitMinutes: 10 });
    expect(practice.attempt.deadlineAt).toBeInstanceOf(Date);
  });

  test('a time limit sets the deadline by the database clock', async () => {
    const { set, questions } = await createTeacherWithSet(db(), {
      questions: 1,
      publish: true,
      settings: { timeLimitMinutes: 15 }
    });
    const { attempt } = await startAttempt(db(), setAttemptInput(set.id, questions));
    const limit = attempt.deadlineAt!.getTime() - attempt.startedAt.getTime();
    expect(limit).toBe(15 * 60 * 1000);
  });

  test('the same answer posted twice is recorded once', async () => {
    const { attempt } = await startAttempt(db(), practiceAttemptInput(2));
    const answer = {
      attemptId: attempt.id,
      questionId: 'q-0',
      response: { choice: 1 },
      correct: true,
      points: 1
    };
    expect((await recordResponse(db(), answer)).outcome).toBe('recorded');
    expect((await recordResponse(db(), answer)).outcome).toBe('unchanged');
    const wrong = { ...answer, response: { choice: 0 }, correct: false, points: 0 };
    const second = await recordResponse(db(), wrong);
    expect(second).toMatchObject({
      outcome: 'unchanged',
      response: { response: { choice: 1 }, correct: true }
    });
    expect((await getAttempt(db(), attempt.id)).responses).toHaveLength(1);
  });

  test('an answer replaces the earlier one only when the quiz allows changes', async () => {
    const { attempt } = await startAttempt(db(), practiceAttemptInput(2));
    const base = { attemptId: attempt.id, questionId: 'q-1', replace: true };
    await recordResponse(db(), { ...base, response: ['a', 'b'], correct: false, points: 0 });
    const changed = await recordResponse(db(), { ...base, response: ['a'], correct: true, points: 1 });
    expect(changed).toMatchObject({ outcome: 'replaced', response: { response: ['a'], points: 1 } });
    expect((await recordResponse(db(), { ...base, response: ['a'], correct: true, points: 1 })).outcome).toBe(
      'unchanged'
    );
  });

  test('answers to another attempt’s question, over the points, or malformed are refused and change nothing', async () => {
    const { attempt } = await startAttempt(db(), practiceAttemptInput(1));
    const before = await countRows(responses);
    const cases = [
      [
        { attemptId: attempt.id, questionId: 'q-9', response: 1, correct: true, points: 1 },
        'question-not-in-attempt'
      ],
      [{ attemptId: attempt.id, questionId: 'q-0', response: 1, correct: true, points: 2 }, 'invalid-input'],
      [{ attemptId: 'not-an-id', questionId: 'q-0', response: 1, correct: true, points: 1 }, 'invalid-input'],
      [
        {
          attemptId: '00000000-0000-4000-8000-000000000000',
          questionId: 'q-0',
          response: 1,
          correct: true,
          points: 1
        },
        'not-found'
      ],
      [
        { attemptId: attempt.id, questionId: 'q-0', response: undefined, correct: 'yes', points: 1 },
        'invalid-input'
      ]
    ] as const;
    for (const [input, code] of cases) {
      await expect(recordResponse(db(), input as never)).rejects.toSatisfy((error) =>
        isStorageError(error, code)
      );
    }
    expect(await countRows(responses)).toBe(before);
  });

  test('submitting fixes the score once; later answers are refused', async () => {
    const { attempt } = await startAttempt(db(), practiceAttemptInput(3));
    await recordResponse(db(), {
      attemptId: attempt.id,
      questionId: 'q-0',
      response: 'x',
      correct: true,
      points: 1
    });
    await recordResponse(db(), {
      attemptId: attempt.id,
      questionId: 'q-1',
      response: 'y',
      correct: false,
      points: 0
    });
    await recordResponse(db(), {
      attemptId: attempt.id,
      questionId: 'q-2',
      response: 'z',
      correct: true,
      points: 0.5
    });
    const submitted = await submitAttempt(db(), attempt.id);
    expect(submitted.score).toBe(1.5);
    expect(submitted.submittedAt).toBeInstanceOf(Date);
    expect(await submitAttempt(db(), attempt.id)).toEqual(submitted);
    await expect(
      recordResponse(db(), {
        attemptId: attempt.id,
        questionId: 'q-2',
        response: 'w',
        correct: true,
        points: 1,
        replace: true
      })
    ).rejects.toSatisfy((error) => isStorageError(error, 'attempt-submitted'));
    expect((await getAttempt(db(), attempt.id)).score).toBe(1.5);
  });

  test('answers after the deadline are refused, and the attempt can still be submitted', async () => {
    const { set, questions } = await createTeacherWithSet(db(), {
      questions: 2,
      publish: true,
      settings: { timeLimitMinutes: 5 }
    });
    const { attempt } = await startAttempt(db(), setAttemptInput(set.id, questions));
    await recordResponse(db(), {
      attemptId: attempt.id,
      questionId: 'q-0',
      response: 1,
      correct: true,
      points: 1
    });
    await db()
      .update(attempts)
      .set({ deadlineAt: sql`now() - interval '1 second'` })
      .where(eq(attempts.id, attempt.id));
    await expect(
      recordResponse(db(), {
        attemptId: attempt.id,
        questionId: 'q-1',
        response: 1,
        correct: true,
        points: 1
      })
    ).rejects.toSatisfy((error) => isStorageError(error, 'deadline-passed'));
    expect((await getAttempt(db(), attempt.id)).expired).toBe(true);
    expect((await submitAttempt(db(), attempt.id)).score).toBe(1);
  });

  test('an answer within the grace after the deadline is kept, dated after it; past the grace it is refused', async () => {
    const { set, questions } = await createTeacherWithSet(db(), {
      questions: 3,
      publish: true,
      settings: { timeLimitMinutes: 5 }
    });
    const { attempt } = await startAttempt(db(), setAttemptInput(set.id, questions));
    const answer = (questionId: string) => ({
      attemptId: attempt.id,
      questionId,
      response: 1,
      correct: true,
      points: 1,
      graceSeconds: 30
    });
    await db()
      .update(attempts)
      .set({ deadlineAt: sql`now() - interval '10 seconds'` })
      .where(eq(attempts.id, attempt.id));
    const late = await recordResponse(db(), answer('q-0'));
    expect(late.outcome).toBe('recorded');
    const view = await getAttempt(db(), attempt.id);
    expect(view.expired).toBe(true);
    // The mark of a late answer: it is dated after the deadline.
    expect(late.response.answeredAt.getTime()).toBeGreaterThan(view.deadlineAt!.getTime());
    // Without a grace the same moment is too late.
    await expect(recordResponse(db(), { ...answer('q-1'), graceSeconds: 0 })).rejects.toSatisfy((error) =>
      isStorageError(error, 'deadline-passed')
    );
    await db()
      .update(attempts)
      .set({ deadlineAt: sql`now() - interval '31 seconds'` })
      .where(eq(attempts.id, attempt.id));
    await expect(recordResponse(db(), answer('q-2'))).rejects.toSatisfy((error) =>
      isStorageError(error, 'deadline-passed')
    );
    expect((await submitAttempt(db(), attempt.id)).score).toBe(1);
  });
});
