import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getAttempt, recordResponse } from './attempts.ts';
import type { Database, Db } from './client.ts';
import { setExtraTime } from './extra-time.ts';
import {
  findLiveSessionByCode,
  getLiveSession,
  getLiveStudentView,
  joinLiveSession,
  liveAnswersChannel,
  liveChannel,
  moveLiveSession,
  recordLiveAnswer,
  showLiveLeaderboard,
  startLiveSession,
  type LiveAction,
  type LiveOptions
} from './live-sessions.ts';
import { listResults } from './results.ts';
import { liveSessions } from './schema.ts';
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

  async function liveClass(questions = 3, options?: LiveOptions) {
    const { teacher, set } = await createTeacherWithSet(db(), { questions, publish: true });
    const session = await startLiveSession(db(), teacher.id, set.id, options);
    return { teacher, set, session };
  }

  const join = async (sessionId: string, studentName: string) =>
    (await joinLiveSession(db(), { sessionId, studentName, participantId: participant() })).attempt;

  /** Moves the question's clock (or the pause's start) back, as if `seconds` had passed since. */
  const backdate = (sessionId: string, column: 'openedAt' | 'pausedAt', seconds: number) =>
    db()
      .update(liveSessions)
      .set({ [column]: sql`now() - make_interval(secs => ${seconds})` })
      .where(eq(liveSessions.id, sessionId));

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

  test('the options are checked, each problem naming its field; by default nothing is timed or rewards speed', async () => {
    const { teacher, set, session } = await liveClass(1);
    expect(session).toMatchObject({ questionSeconds: null, speedPoints: false, leaderboardShown: false });
    const refused = [
      [{ questionSeconds: 9 }, 'questionSeconds', 'at least 10 seconds'],
      [{ questionSeconds: 601 }, 'questionSeconds', 'at most 600 seconds'],
      [{ questionSeconds: 12.5 }, 'questionSeconds', 'whole number'],
      [{ speedPoints: 'yes' }, 'speedPoints', 'on or off']
    ] as const;
    for (const [options, path, words] of refused) {
      const failure = await startLiveSession(db(), teacher.id, set.id, options as LiveOptions).catch(
        (e: unknown) => e
      );
      expect(isStorageError(failure, 'invalid-input'), JSON.stringify(options)).toBe(true);
      if (!isStorageError(failure, 'invalid-input')) continue;
      expect(failure.problem.issues.map((i) => i.path)).toEqual([path]);
      expect(failure.problem.issues[0]!.message).toContain(words);
    }
    const timed = await startLiveSession(db(), teacher.id, set.id, {
      questionSeconds: 600,
      speedPoints: true
    });
    expect(timed).toMatchObject({ questionSeconds: 600, speedPoints: true, openedAt: null });
  });

  test('a timed question takes each student’s answer within their own time: extra time by name counts', async () => {
    const { teacher, set, session } = await liveClass(2, { questionSeconds: 10 });
    await setExtraTime(db(), teacher.id, set.id, { studentName: 'Ben Ng', percent: 50 });
    const ava = await join(session.id, 'Ava');
    const benJoin = await joinLiveSession(db(), {
      sessionId: session.id,
      studentName: ' ben  NG ',
      participantId: participant()
    });
    const ben = benJoin.attempt;
    const questionId = (await getLiveSession(db(), teacher.id, session.id)).questions[0]!.questionId;
    await move(teacher.id, session.id, 'open');
    // 12 s after the question opened: past Ava's 10 s, within Ben's 15 s (10 s and half again).
    await backdate(session.id, 'openedAt', 12);
    const late = await answer(ava, questionId).catch((e: unknown) => e);
    expect(isStorageError(late, 'live-time-up') && late.problem.seconds).toBe(10);
    expect(String(late)).toContain('(10 seconds) was up');
    expect(await answer(ben, questionId)).toEqual({ outcome: 'recorded' });
    expect((await getAttempt(db(), ava)).responses).toHaveLength(0);
    expect((await getAttempt(db(), ben)).responses).toHaveLength(1);
    // Ben's answer stands when his page sends it again after his time too.
    await backdate(session.id, 'openedAt', 20);
    expect(await answer(ben, questionId)).toEqual({ outcome: 'unchanged' });
    const view = await getLiveSession(db(), teacher.id, session.id);
    expect(view.participants.map((p) => [p.studentName, p.extraTime])).toEqual([
      ['Ava', null],
      ['ben  NG', { percent: 50, minutes: 0 }]
    ]);
    const page = await getLiveStudentView(db(), ben, benJoin.accessToken);
    expect(page?.session.questionSeconds).toBe(10);
    expect(page?.extraTime).toEqual({ percent: 50, minutes: 0 });
  });

  test('a pause gives its time back to the open question', async () => {
    const { teacher, session } = await liveClass(1, { questionSeconds: 10 });
    const ava = await join(session.id, 'Ava');
    const questionId = (await getLiveSession(db(), teacher.id, session.id)).questions[0]!.questionId;
    await move(teacher.id, session.id, 'open');
    await backdate(session.id, 'openedAt', 12);
    await move(teacher.id, session.id, 'pause');
    await backdate(session.id, 'pausedAt', 5);
    await move(teacher.id, session.id, 'resume');
    // 12 s since it opened, 5 s of them paused: 7 s of Ava's 10.
    expect(await answer(ava, questionId)).toEqual({ outcome: 'recorded' });
  });

  test('without a time per question an answer counts however long it takes', async () => {
    const { teacher, session } = await liveClass(1);
    const ava = await join(session.id, 'Ava');
    const questionId = (await getLiveSession(db(), teacher.id, session.id)).questions[0]!.questionId;
    await move(teacher.id, session.id, 'open');
    await backdate(session.id, 'openedAt', 3600);
    expect(await answer(ava, questionId)).toEqual({ outcome: 'recorded' });
  });

  test('with speed points a quicker right answer ranks higher, measured in each student’s own time; scores stay 1 a question', async () => {
    const { teacher, set, session } = await liveClass(1, { speedPoints: true });
    await setExtraTime(db(), teacher.id, set.id, { studentName: 'Di', percent: 50 });
    const [ava, ben, cy, di, eve] = await Promise.all(
      ['Ava', 'Ben', 'Cy', 'Di', 'Eve'].map((name) => join(session.id, name))
    );
    const questionId = (await getLiveSession(db(), teacher.id, session.id)).questions[0]!.questionId;
    await move(teacher.id, session.id, 'open');
    await answer(ava!, questionId);
    await backdate(session.id, 'openedAt', 15);
    // 15 s of Ben's 30 is half his time; of Di's 45, a third.
    await answer(ben!, questionId);
    await answer(di!, questionId);
    await answer(cy!, questionId, false);
    await backdate(session.id, 'openedAt', 120);
    await answer(eve!, questionId);
    await move(teacher.id, session.id, 'close');
    await showLiveLeaderboard(db(), teacher.id, session.id, true);
    const board = (await getLiveSession(db(), teacher.id, session.id)).leaderboard!;
    expect(board.map((row) => [row.rank, row.studentName, row.correct])).toEqual([
      [1, 'Ava', 1],
      [2, 'Di', 1],
      [3, 'Ben', 1],
      [4, 'Eve', 1]
    ]);
    expect(board[0]!.points).toBeGreaterThan(990);
    expect(board[1]!.points).toBeCloseTo(833, -1);
    expect(board[2]!.points).toBeCloseTo(750, -1);
    // After the student's own time a right answer still earns the 500.
    expect(board[3]!.points).toBe(500);
    expect((await getAttempt(db(), ava!)).responses[0]).toMatchObject({ correct: true, points: 1 });
    await move(teacher.id, session.id, 'end');
    const results = await listResults(db(), teacher.id, set.id);
    expect(results.map((r) => r.score).sort()).toEqual([0, 1, 1, 1, 1]);
  });

  test('the leaderboard is hidden by default, shows the top 5 by right answers with ties sharing a rank, and never while a question is open', async () => {
    const { teacher, session } = await liveClass(4);
    const names = ['Ava', 'Ben', 'Cy', 'Di', 'Eve', 'Fay', 'Gus'];
    const students = [];
    for (const name of names) students.push(await join(session.id, name));
    // Right answers: Ava 3, Ben 3, Cy 2, Di 2, Eve 2, Fay 1, Gus none.
    const rights = [3, 3, 2, 2, 2, 1, 0];
    const questions = (await getLiveSession(db(), teacher.id, session.id)).questions;
    const show = (shown: boolean) => showLiveLeaderboard(db(), teacher.id, session.id, shown);
    const board = async () => (await getLiveSession(db(), teacher.id, session.id)).leaderboard;
    await expect(show(true)).rejects.toThrow('it is now lobby');
    for (const [index, question] of questions.slice(0, 3).entries()) {
      await move(teacher.id, session.id, index === 0 ? 'open' : 'next');
      await expect(show(true)).rejects.toSatisfy((e) => isStorageError(e, 'live-session-moved'));
      for (const [i, attempt] of students.entries())
        await answer(attempt, question.questionId, index < rights[i]!);
      await move(teacher.id, session.id, 'close');
    }
    expect(await board()).toBeNull();
    const told = await nextNotification(database, liveAnswersChannel(session.id));
    expect(await show(true)).toEqual({ leaderboardShown: true });
    expect(JSON.parse(await told.heard)).toEqual({ kind: 'leaderboard' });
    expect((await board())!.map((row) => [row.rank, row.studentName, row.correct, row.points])).toEqual([
      [1, 'Ava', 3, null],
      [1, 'Ben', 3, null],
      [3, 'Cy', 2, null],
      [3, 'Di', 2, null],
      [3, 'Eve', 2, null]
    ]);
    // Opening the next question hides it; the teacher shows it again once answers are closed.
    await move(teacher.id, session.id, 'next');
    expect(await board()).toBeNull();
    expect((await getLiveSession(db(), teacher.id, session.id)).leaderboardShown).toBe(false);
    await move(teacher.id, session.id, 'reveal');
    await show(true);
    expect(await board()).toHaveLength(5);
    expect(await show(false)).toEqual({ leaderboardShown: false });
    expect(await board()).toBeNull();
    const stranger = await createFixtureTeacher(db());
    await expect(showLiveLeaderboard(db(), stranger.id, session.id, true)).rejects.toSatisfy((e) =>
      isStorageError(e, 'not-found')
    );
  });
});
