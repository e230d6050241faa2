import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getAttempt, recordResponse } from './attempts.ts';
import type { Database, Db } from './client.ts';
import {
  findLiveSessionByCode,
  getLiveSession,
  getLiveStudentView,
  joinLiveSession,
  liveAnswersChannel,
  liveChannel,
  moveLiveSession,
  recordLiveAnswer,
  startLiveSession,
  type LiveAction
} from './live-sessions.ts';
import { listResults } from './results.ts';
import { isStorageError } from './storage-error.ts';
import { databaseTargets, type ScratchDatabase } from './test-databases.ts';
import { createFixtureTeacher, createTeacherWithSet } from './test-fixtures.ts';

let joins = 0;
const participant = () => {
  joins += 1;
  return `live-participant-${process.pid}-${joins}-0123456789`;
};

/** The next payload on the channel, as the given database's listener hears it. */
async function nextNotification(database: Database, channel: string) {
  let heard!: (payload: string) => void;
  const payload = new Promise<string>((resolve) => (heard = resolve));
  // Listening before the caller acts, so that nothing is missed.
  const stop = await database.listen(channel, (text) => heard(text));
  return { heard: payload.finally(() => stop()) };
}

describe.for(databaseTargets())('live sessions on $kind', (target) => {
  let scratch: ScratchDatabase;
  let database: Database;
  beforeAll(async () => {
    scratch = await target.create();
    database = await scratch.open();
  });
  afterAll(async () => {
    await database?.close();
    await scratch?.remove();
  });
  const db = (): Db => database.db;

  async function liveClass(questions = 3) {
    const { teacher, set } = await createTeacherWithSet(db(), { questions, publish: true });
    const session = await startLiveSession(db(), teacher.id, set.id);
    return { teacher, set, session };
  }

  const move = (ownerId: string, sessionId: string, action: LiveAction) =>
    moveLiveSession(db(), ownerId, sessionId, action);

  const answer = (attemptId: string, questionId: string, correct = true) =>
    recordLiveAnswer(db(), {
      attemptId,
      questionId,
      response: { type: 'single-choice', choice: correct ? 0 : 1 },
      correct,
      points: correct ? 1 : 0
    });

  test('a session starts only on a published set of the teacher’s, in the lobby, with its own code', async () => {
    const { teacher, set, session } = await liveClass();
    expect(session.state).toBe('lobby');
    expect(session.position).toBeNull();
    expect(session.questionCount).toBe(3);
    expect(session.joinCode).not.toBe(set.joinCode);
    expect(await findLiveSessionByCode(db(), session.joinCode.toLowerCase())).toMatchObject({
      id: session.id,
      questionCount: 3
    });
    const draft = await createTeacherWithSet(db(), { questions: 1, publish: false });
    await expect(startLiveSession(db(), draft.teacher.id, draft.set.id)).rejects.toSatisfy((e) =>
      isStorageError(e, 'set-not-open')
    );
    const stranger = await createFixtureTeacher(db());
    await expect(startLiveSession(db(), stranger.id, set.id)).rejects.toSatisfy((e) =>
      isStorageError(e, 'not-found')
    );
    await expect(move(stranger.id, session.id, 'open')).rejects.toSatisfy((e) =>
      isStorageError(e, 'not-found')
    );
    expect((await getLiveSession(db(), teacher.id, session.id)).state).toBe('lobby');
  });

  test('the teacher moves through the questions; a move the state does not allow is refused and changes nothing', async () => {
    const { teacher, session } = await liveClass(3);
    const go = (action: LiveAction) => move(teacher.id, session.id, action);
    await expect(go('close')).rejects.toThrow('it is now lobby');
    expect(await go('open')).toMatchObject({ state: 'open', position: 0, version: 1 });
    await expect(go('open')).rejects.toSatisfy((e) => isStorageError(e, 'live-session-moved'));
    await expect(go('next')).rejects.toThrow('it is now open');
    expect(await go('close')).toMatchObject({ state: 'closed', position: 0 });
    expect(await go('reveal')).toMatchObject({ state: 'revealed', position: 0 });
    expect(await go('pause')).toMatchObject({ state: 'paused', position: 0 });
    await expect(go('next')).rejects.toThrow('it is now paused');
    expect(await go('resume')).toMatchObject({ state: 'revealed', position: 0 });
    expect(await go('next')).toMatchObject({ state: 'open', position: 1 });
    expect(await go('skip')).toMatchObject({ state: 'open', position: 2 });
    // No question after the last: the teacher ends instead.
    await expect(go('skip')).rejects.toSatisfy((e) => isStorageError(e, 'live-session-moved'));
    expect(await go('reveal')).toMatchObject({ state: 'revealed', position: 2 });
    await expect(go('next')).rejects.toThrow('it is now revealed');
    expect(await go('end')).toMatchObject({ state: 'ended', version: 9 });
    await expect(go('end')).rejects.toThrow('This live session has ended.');
    expect(await findLiveSessionByCode(db(), session.joinCode)).toBeNull();
  });

  test('two tabs pressing the same move at once move the session once', async () => {
    const { teacher, session } = await liveClass(2);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 6 }, () => move(teacher.id, session.id, 'open'))
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const view = await getLiveSession(db(), teacher.id, session.id);
    expect(view).toMatchObject({ state: 'open', position: 0, version: 1 });
  });

  test('an answer counts only while its question is open; the first answer stands', async () => {
    const { teacher, session } = await liveClass(3);
    const { attempt } = await joinLiveSession(db(), {
      sessionId: session.id,
      studentName: 'Ava',
      participantId: participant()
    });
    const [first, second] = (await getLiveSession(db(), teacher.id, session.id)).questions;
    await expect(answer(attempt, first!.questionId)).rejects.toSatisfy((e) =>
      isStorageError(e, 'live-question-closed')
    );
    await move(teacher.id, session.id, 'open');
    await expect(answer(attempt, second!.questionId)).rejects.toSatisfy((e) =>
      isStorageError(e, 'live-question-closed')
    );
    expect(await answer(attempt, first!.questionId, false)).toEqual({ outcome: 'recorded' });
    expect(await answer(attempt, first!.questionId, true)).toEqual({ outcome: 'unchanged' });
    await move(teacher.id, session.id, 'close');
    const late = await joinLiveSession(db(), {
      sessionId: session.id,
      studentName: 'Ben',
      participantId: participant()
    });
    await expect(answer(late.attempt, first!.questionId)).rejects.toThrow('This question is closed');
    const stored = await getAttempt(db(), attempt);
    expect(stored.responses).toHaveLength(1);
    expect(stored.responses[0]).toMatchObject({ correct: false, points: 0 });
    // The self-paced path takes no answer for a live attempt, open question or not.
    await move(teacher.id, session.id, 'next');
    await expect(
      recordResponse(db(), {
        attemptId: attempt,
        questionId: second!.questionId,
        response: { type: 'single-choice', choice: 0 },
        correct: true,
        points: 1
      })
    ).rejects.toSatisfy((e) => isStorageError(e, 'not-found'));
  });

  test('joining again from the same browser under the same name resumes; the class is counted and handed in at the end', async () => {
    const { teacher, set, session } = await liveClass(2);
    const browser = participant();
    const ava = await joinLiveSession(db(), {
      sessionId: session.id,
      studentName: 'Ava',
      participantId: browser
    });
    const again = await joinLiveSession(db(), {
      sessionId: session.id,
      studentName: ' ava ',
      participantId: browser
    });
    expect(again).toMatchObject({ attempt: ava.attempt, resumed: true });
    expect(again.accessToken).not.toBe(ava.accessToken);
    const ben = await joinLiveSession(db(), {
      sessionId: session.id,
      studentName: 'Ben',
      participantId: participant()
    });
    const questions = (await getLiveSession(db(), teacher.id, session.id)).questions;
    await move(teacher.id, session.id, 'open');
    await answer(ava.attempt, questions[0]!.questionId, true);
    await answer(ben.attempt, questions[0]!.questionId, false);
    let view = await getLiveSession(db(), teacher.id, session.id);
    expect(view.participants.map((p) => [p.studentName, p.answered])).toEqual([
      ['Ava', true],
      ['Ben', true]
    ]);
    expect(view.answers.map((a) => [a.correct, a.count])).toEqual([
      [true, 1],
      [false, 1]
    ]);
    await move(teacher.id, session.id, 'reveal');
    await move(teacher.id, session.id, 'next');
    await answer(ava.attempt, questions[1]!.questionId, true);
    // The student's page reads where the class is, with the question in hand and the answer given.
    const page = await getLiveStudentView(db(), ava.attempt, again.accessToken);
    expect(page?.session).toMatchObject({ state: 'open', position: 1 });
    expect(page?.attempt.questions[1]?.snapshot).not.toBeNull();
    expect(page?.attempt.questions[0]?.snapshot).toBeNull();
    expect(page?.attempt.responses).toHaveLength(2);
    expect(await getLiveStudentView(db(), ava.attempt, ben.accessToken)).toBeNull();
    await move(teacher.id, session.id, 'end');
    view = await getLiveSession(db(), teacher.id, session.id);
    expect(view.tally).toEqual([
      { answered: 2, correct: 1 },
      { answered: 1, correct: 1 }
    ]);
    // Kept like any attempt: the set's results list them, handed in with their scores.
    const results = await listResults(db(), teacher.id, set.id);
    expect(results.map((r) => [r.studentName, r.score, r.maxScore, r.submittedAt !== null])).toEqual([
      ['Ava', 2, 2, true],
      ['Ben', 0, 2, true]
    ]);
    await expect(
      joinLiveSession(db(), { sessionId: session.id, studentName: 'Cy', participantId: participant() })
    ).rejects.toThrow('This live session has ended.');
  });

  test('three tabs joining at once under one name share one attempt', async () => {
    const { teacher, session } = await liveClass(2);
    const browser = participant();
    const joins = await Promise.all(
      ['Ava', 'ava', ' AVA'].map((studentName) =>
        joinLiveSession(db(), { sessionId: session.id, studentName, participantId: browser })
      )
    );
    expect(new Set(joins.map((join) => join.attempt)).size).toBe(1);
    expect(joins.filter((join) => !join.resumed)).toHaveLength(1);
    expect((await getLiveSession(db(), teacher.id, session.id)).participants).toHaveLength(1);
  });

  test('each move and each answer is announced on the session’s channel', async () => {
    const { teacher, session } = await liveClass(2);
    const { attempt } = await joinLiveSession(db(), {
      sessionId: session.id,
      studentName: 'Ava',
      participantId: participant()
    });
    const channel = liveChannel(session.id);
    const opened = await nextNotification(database, channel);
    await move(teacher.id, session.id, 'open');
    expect(JSON.parse(await opened.heard)).toEqual({ kind: 'state', version: 1, state: 'open' });
    const questionId = (await getLiveSession(db(), teacher.id, session.id)).questions[0]!.questionId;
    const answered = await nextNotification(database, liveAnswersChannel(session.id));
    await answer(attempt, questionId);
    expect(JSON.parse(await answered.heard)).toEqual({ kind: 'answer' });
  });

  if (target.kind === 'postgres') {
    test('a move made through one app server reaches a listener on another', async () => {
      const other = await scratch.open();
      try {
        const { teacher, session } = await liveClass(2);
        const heard = await nextNotification(other, liveChannel(session.id));
        await move(teacher.id, session.id, 'open');
        expect(JSON.parse(await heard.heard)).toEqual({ kind: 'state', version: 1, state: 'open' });
      } finally {
        await other.close();
      }
    });
  }
});
