import { and, asc, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { lockJoiningStudent } from './advisory-lock.ts';
import { attemptView, type AttemptView } from './attempts.ts';
import { queryRows, type Db, type Tx } from './client.ts';
import type { ExtraTime } from './extra-time.ts';
import { JoinCodePattern, newJoinCode, normalizeJoinCode } from './join-code.ts';
import {
  attemptQuestions,
  attempts,
  attemptTokens,
  extraTimes,
  liveSessionQuestions,
  liveSessions,
  questionSets,
  responses,
  setQuestions
} from './schema.ts';
import { hashToken, newToken } from './secrets.ts';
import { parseInput, StorageError, type LiveStateName } from './storage-error.ts';
import type { SetSettings } from './stored-json.ts';
import { StoredResponse } from './stored-json.ts';
import { nameKey } from './student-name.ts';

export type LiveSession = typeof liveSessions.$inferSelect;
export type LiveSessionQuestion = typeof liveSessionQuestions.$inferSelect;
export type LiveState = LiveStateName;

const SessionId = z.uuid({ error: 'must be a live session id' });
const SetId = z.uuid({ error: 'must be a set id' });

/**
 * The channel on which a session's moves are announced (`pg_notify`), one per session: what every
 * student's page follows.
 */
export function liveChannel(sessionId: string): string {
  return `live_${sessionId.replaceAll('-', '')}`;
}

/**
 * The channel of a session's answers and joins, apart from its moves: only the presenter follows it, so
 * that a class's answers are not sent to every student's page.
 */
export function liveAnswersChannel(sessionId: string): string {
  return `${liveChannel(sessionId)}_answers`;
}

/** The moves channel's name, computed in SQL from a session id column or value. */
const channelOf = (id: SQL) => sql`'live_' || replace(${id}::text, '-', '')`;

/**
 * What a listener is told: a move (with the session's new version), or on the presenter's channel an answer
 * or a join arriving or the leaderboard shown or hidden.
 */
export type LiveEvent =
  { kind: 'state'; version: number; state: LiveState } | { kind: 'answer' } | { kind: 'leaderboard' };

export const LiveEvent = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('state'),
    version: z.int(),
    state: z.enum(['lobby', 'open', 'closed', 'revealed', 'paused', 'ended'])
  }),
  z.object({ kind: z.literal('answer') }),
  z.object({ kind: z.literal('leaderboard') })
]);

/**
 * How the teacher runs a session, chosen at its start. Fair by default: a question stays open until the
 * teacher closes it, and speed earns nothing.
 */
export const LiveOptions = z.object({
  questionSeconds: z
    .int({ error: 'must be a whole number of seconds' })
    .min(10, 'must be at least 10 seconds')
    .max(600, 'must be at most 600 seconds')
    .nullable()
    .default(null),
  speedPoints: z.boolean({ error: 'must be on or off' }).default(false)
});
export type LiveOptions = z.input<typeof LiveOptions>;

/** The seconds that speed points are measured against when questions have no time of their own. */
const speedWindowSeconds = 30;

/** A live session's settings for each student's attempt: every question in order, shown as the class goes. */
const liveSettings = (settings: SetSettings): SetSettings => ({
  ...settings,
  layout: 'one-per-page',
  shuffleQuestions: false,
  shuffleOptions: false,
  drawCount: null,
  feedback: 'end',
  timeLimitMinutes: null,
  attemptsAllowed: null
});

async function isCodeTaken(tx: Tx, code: string): Promise<boolean> {
  const [row] = await queryRows<{ taken: boolean }>(
    tx,
    sql`select exists (select 1 from question_sets where join_code = ${code})
      or exists (select 1 from live_sessions where join_code = ${code}) as taken`
  );
  return row?.taken ?? false;
}

/**
 * Starts a live session of a published set of the teacher's, with its own join code and the set's current
 * questions (each asked once) fixed in order.
 */
export async function startLiveSession(
  db: Db,
  ownerId: string,
  setId: string,
  options: LiveOptions = {}
): Promise<LiveSession> {
  const id = parseInput(SetId, setId);
  const chosen = parseInput(LiveOptions, options);
  return db.transaction(async (tx) => {
    const [set] = await tx
      .select()
      .from(questionSets)
      .where(and(eq(questionSets.id, id), eq(questionSets.ownerId, ownerId), isNull(questionSets.deletedAt)))
      .for('update');
    if (!set) throw new StorageError({ code: 'not-found', entity: 'set' });
    if (set.status !== 'published') throw new StorageError({ code: 'set-not-open', status: set.status });
    const rows = await tx
      .select()
      .from(setQuestions)
      .where(and(eq(setQuestions.setId, set.id), isNull(setQuestions.retiredAt)))
      .orderBy(asc(setQuestions.position));
    const seen = new Set<string>();
    const questions = rows.filter((row) => {
      const questionId = String(row.snapshot['id'] ?? row.id);
      if (seen.has(questionId)) return false;
      seen.add(questionId);
      return true;
    });
    if (questions.length === 0) throw new StorageError({ code: 'set-empty' });
    let joinCode = newJoinCode();
    for (let tries = 0; await isCodeTaken(tx, joinCode); tries += 1) {
      if (tries === 5) throw new StorageError({ code: 'join-code-exhausted' });
      joinCode = newJoinCode();
    }
    const [session] = await tx
      .insert(liveSessions)
      .values({ setId: set.id, joinCode, questionCount: questions.length, ...chosen })
      .returning();
    await tx.insert(liveSessionQuestions).values(
      questions.map((row, position) => ({
        sessionId: session!.id,
        position,
        questionId: String(row.snapshot['id'] ?? row.id),
        setQuestionId: row.id,
        snapshot: row.snapshot
      }))
    );
    return session!;
  });
}

/** The sessions of a set of the teacher's, newest first: to go back to one still running. */
export async function listLiveSessions(db: Db, ownerId: string, setId: string): Promise<LiveSession[]> {
  const id = parseInput(SetId, setId);
  const rows = await db
    .select({ session: liveSessions })
    .from(liveSessions)
    .innerJoin(questionSets, eq(questionSets.id, liveSessions.setId))
    .where(and(eq(liveSessions.setId, id), eq(questionSets.ownerId, ownerId)))
    .orderBy(desc(liveSessions.createdAt));
  return rows.map((row) => row.session);
}

/** One student of a session as the presenter lists them. */
export type LiveParticipant = {
  attemptId: string;
  studentName: string;
  /** Whether they have answered the question in hand. */
  answered: boolean;
  score: number;
  answers: number;
  /** The accommodation the set gives this student by name, which their question time includes. */
  extraTime: Pick<ExtraTime, 'percent' | 'minutes'> | null;
};

/** A student on the leaderboard; `points` are speed points, null when the session gives none. */
export type LeaderboardRow = { rank: number; studentName: string; correct: number; points: number | null };

/** How many places the leaderboard shows: the top few, so that nobody is shown at the bottom of the class. */
const leaderboardPlaces = 5;

/** How many students gave one answer to the question in hand. */
export type LiveAnswerCount = { response: StoredResponse; correct: boolean; count: number };

export type LiveSessionView = LiveSession & {
  setTitle: string;
  articleId: string;
  questions: LiveSessionQuestion[];
  participants: LiveParticipant[];
  /** The answers to the question in hand, grouped; empty in the lobby. */
  answers: LiveAnswerCount[];
  /** For each question by position, how many answered and how many of those were right. */
  tally: { answered: number; correct: number }[];
  /** The top places while the teacher shows the leaderboard; null while it is hidden. */
  leaderboard: LeaderboardRow[] | null;
};

/** The teacher's view of a session of theirs: for the presenter page and the class summary. */
export async function getLiveSession(db: Db, ownerId: string, sessionId: string): Promise<LiveSessionView> {
  const id = parseInput(SessionId, sessionId);
  const [row] = await db
    .select({ session: liveSessions, setTitle: questionSets.title, articleId: questionSets.articleId })
    .from(liveSessions)
    .innerJoin(questionSets, eq(questionSets.id, liveSessions.setId))
    .where(and(eq(liveSessions.id, id), eq(questionSets.ownerId, ownerId)));
  if (!row) throw new StorageError({ code: 'not-found', entity: 'live session' });
  const { session } = row;
  const questions = await db
    .select()
    .from(liveSessionQuestions)
    .where(eq(liveSessionQuestions.sessionId, id))
    .orderBy(asc(liveSessionQuestions.position));
  const current = session.position === null ? null : (questions[session.position] ?? null);
  const people = await queryRows<
    Omit<LiveParticipant, 'extraTime'> & { percent: number | null; minutes: number | null }
  >(
    db,
    sql`select a.id as "attemptId", a.student_name as "studentName",
        exists (select 1 from responses r where r.attempt_id = a.id and r.question_id = ${current?.questionId ?? ''})
          as answered,
        (select coalesce(sum(r.points), 0)::float8 from responses r where r.attempt_id = a.id) as score,
        (select count(*)::int from responses r where r.attempt_id = a.id) as answers,
        e.percent, e.minutes
      from attempts a
      left join extra_times e on e.set_id = ${session.setId} and e.name_key = a.name_key
      where a.live_session_id = ${id}
      order by a.started_at, a.id`
  );
  const answers = current
    ? await queryRows<LiveAnswerCount>(
        db,
        sql`select r.response, r.correct, count(*)::int as count
          from responses r join attempts a on a.id = r.attempt_id
          where a.live_session_id = ${id} and r.question_id = ${current.questionId}
          group by r.response, r.correct order by count(*) desc, r.response::text`
      )
    : [];
  const tallies = await queryRows<{ questionId: string; answered: number; correct: number }>(
    db,
    sql`select r.question_id as "questionId", count(*)::int as answered, count(*) filter (where r.correct)::int as correct
      from responses r join attempts a on a.id = r.attempt_id
      where a.live_session_id = ${id} group by r.question_id`
  );
  const byQuestion = new Map(tallies.map((t) => [t.questionId, t]));
  return {
    ...session,
    setTitle: row.setTitle,
    articleId: row.articleId,
    questions,
    participants: people.map(({ percent, minutes, ...person }) => ({
      ...person,
      extraTime: percent === null || minutes === null ? null : { percent, minutes }
    })),
    answers,
    tally: questions.map((q) => ({
      answered: byQuestion.get(q.questionId)?.answered ?? 0,
      correct: byQuestion.get(q.questionId)?.correct ?? 0
    })),
    // Never during an open question: opening one hides it, and it cannot be shown again until it closes.
    leaderboard: session.leaderboardShown && session.state !== 'open' ? await leaderboard(db, session) : null
  };
}

/**
 * The top places of a session: by speed points when it gives them, else by right answers. Ties share a
 * rank (so a tie for fifth shows everyone tied); a student with nothing yet is not listed.
 */
async function leaderboard(db: Db, session: LiveSession): Promise<LeaderboardRow[]> {
  const key = session.speedPoints ? sql`points` : sql`correct`;
  return queryRows<LeaderboardRow>(
    db,
    sql`select rank, "studentName", correct, points from (
        select rank() over (order by ${key} desc)::int as rank, "studentName", correct, points, id
        from (
          select a.id, a.student_name as "studentName",
            count(r.question_id) filter (where r.correct)::int as correct,
            case when ${session.speedPoints} then coalesce(sum(r.game_points), 0)::int end as points
          from attempts a left join responses r on r.attempt_id = a.id
          where a.live_session_id = ${session.id}
          group by a.id
        ) scored
        where ${key} > 0
      ) ranked
      where rank <= ${leaderboardPlaces}
      order by rank, "studentName", id`
  );
}

/** The session a student's code opens, if it has not ended; null for any other code. */
export async function findLiveSessionByCode(
  db: Db,
  typedCode: string
): Promise<{ id: string; setTitle: string; questionCount: number } | null> {
  const code = normalizeJoinCode(typedCode);
  if (!JoinCodePattern.test(code)) return null;
  const [row] = await db
    .select({ id: liveSessions.id, setTitle: questionSets.title, questionCount: liveSessions.questionCount })
    .from(liveSessions)
    .innerJoin(questionSets, eq(questionSets.id, liveSessions.setId))
    .where(and(eq(liveSessions.joinCode, code), sql`${liveSessions.state} <> 'ended'`));
  return row ?? null;
}

export const LiveJoin = z.object({
  sessionId: SessionId,
  studentName: z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters'),
  participantId: z.string().min(16, 'must be at least 16 characters').max(128)
});
export type LiveJoin = z.input<typeof LiveJoin>;

/**
 * Joins a student to a session that has not ended: an attempt with every question of the session, in its
 * order. The same browser under the same name gets its attempt back (`resumed`) with a further token, so a
 * second tab or a join sent twice continues where the student is.
 */
export async function joinLiveSession(
  db: Db,
  input: LiveJoin
): Promise<{ attempt: AttemptView['id']; accessToken: string; resumed: boolean }> {
  const values = parseInput(LiveJoin, input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ session: liveSessions, set: questionSets })
      .from(liveSessions)
      .innerJoin(questionSets, eq(questionSets.id, liveSessions.setId))
      .where(eq(liveSessions.id, values.sessionId))
      .for('share', { of: liveSessions });
    if (!row) throw new StorageError({ code: 'not-found', entity: 'live session' });
    if (row.session.state === 'ended') throw new StorageError({ code: 'live-session-moved', state: 'ended' });
    await lockJoiningStudent(tx, row.session.id, values);
    const name = values.studentName.normalize('NFKC').toLocaleLowerCase('und');
    const mine = await tx
      .select({ id: attempts.id, studentName: attempts.studentName })
      .from(attempts)
      .where(
        and(eq(attempts.liveSessionId, row.session.id), eq(attempts.participantId, values.participantId))
      );
    const again = mine.find((a) => a.studentName.normalize('NFKC').toLocaleLowerCase('und') === name);
    if (again) return { attempt: again.id, accessToken: await addToken(tx, again.id), resumed: true };
    const questions = await tx
      .select()
      .from(liveSessionQuestions)
      .where(eq(liveSessionQuestions.sessionId, row.session.id))
      .orderBy(asc(liveSessionQuestions.position));
    const [attempt] = await tx
      .insert(attempts)
      .values({
        setId: row.set.id,
        articleId: row.set.articleId,
        studentName: values.studentName,
        nameKey: nameKey(values.studentName),
        participantId: values.participantId,
        seed: 0,
        settings: liveSettings(row.set.settings),
        maxScore: questions.length,
        liveSessionId: row.session.id
      })
      .returning({ id: attempts.id });
    await tx.insert(attemptQuestions).values(
      questions.map((q) => ({
        attemptId: attempt!.id,
        questionId: q.questionId,
        position: q.position,
        setQuestionId: q.setQuestionId,
        snapshot: q.snapshot,
        maxPoints: 1
      }))
    );
    // Nobody's state changed, but the presenter lists who has joined.
    await tx.execute(sql`select pg_notify(${liveAnswersChannel(row.session.id)}, '{"kind":"answer"}')`);
    return { attempt: attempt!.id, accessToken: await addToken(tx, attempt!.id), resumed: false };
  });
}

async function addToken(tx: Tx, attemptId: string): Promise<string> {
  const accessToken = newToken();
  await tx.insert(attemptTokens).values({ tokenHash: hashToken(accessToken), attemptId });
  return accessToken;
}

/** What the teacher can do to a session. */
export const LiveAction = z.enum(['open', 'next', 'skip', 'close', 'reveal', 'pause', 'resume', 'end']);
export type LiveAction = z.infer<typeof LiveAction>;

/** What opening a question sets besides its position: its clock starts, and the leaderboard hides. */
const opening = sql`opened_at = now(), leaderboard_shown = false`;

/**
 * Each move as a guard (the states it starts from) and the columns it sets. Moving on to a question is
 * refused past the last one: the teacher ends the session instead.
 */
const moves: Record<Exclude<LiveAction, 'end'>, { guard: SQL; set: SQL }> = {
  open: { guard: sql`s.state = 'lobby'`, set: sql`state = 'open', position = 0, ${opening}` },
  next: {
    guard: sql`s.state in ('closed', 'revealed') and s.position + 1 < s.question_count`,
    set: sql`state = 'open', position = s.position + 1, ${opening}`
  },
  skip: {
    guard: sql`s.state in ('open', 'closed') and s.position + 1 < s.question_count`,
    set: sql`state = 'open', position = s.position + 1, ${opening}`
  },
  close: { guard: sql`s.state = 'open'`, set: sql`state = 'closed'` },
  reveal: { guard: sql`s.state in ('open', 'closed')`, set: sql`state = 'revealed'` },
  pause: {
    guard: sql`s.state in ('lobby', 'open', 'closed', 'revealed')`,
    set: sql`state = 'paused', paused_from = s.state, paused_at = now()`
  },
  // A pause gives the time back: the question's clock moves on by the pause, when no answer was taken.
  resume: {
    guard: sql`s.state = 'paused'`,
    set: sql`state = s.paused_from, paused_from = null, paused_at = null,
      opened_at = s.opened_at + coalesce(now() - s.paused_at, interval '0')`
  }
};

type MovedRow = { id: string; state: LiveState; position: number | null; version: number };

/**
 * Moves a session of the teacher's on, in one statement that checks the state it starts from, so that two
 * tabs or two app servers pressing at once move it once; the change is announced on the session's channel
 * in the same statement (delivered at commit). A move the state does not allow is refused with the state
 * the session is in. Ending also hands in every student's attempt.
 */
export async function moveLiveSession(
  db: Db,
  ownerId: string,
  sessionId: string,
  action: LiveAction
): Promise<MovedRow> {
  const id = parseInput(SessionId, sessionId);
  const move = parseInput(LiveAction, action);
  if (move === 'end') return endLiveSession(db, ownerId, id);
  const { guard, set } = moves[move];
  const [moved] = await queryRows<MovedRow>(db, movedStatement(id, ownerId, guard, set));
  if (moved) return moved;
  throw await refusal(db, ownerId, id);
}

function movedStatement(id: string, ownerId: string, guard: SQL, set: SQL): SQL {
  return sql`
    with moved as (
      update live_sessions s set ${set}, version = s.version + 1
      from question_sets qs
      where s.id = ${id} and qs.id = s.set_id and qs.owner_id = ${ownerId} and ${guard}
      returning s.id, s.state, s.position, s.version
    ), told as (
      select pg_notify(${channelOf(sql`moved.id`)},
        json_build_object('kind', 'state', 'version', moved.version, 'state', moved.state)::text)
      from moved
    )
    select moved.id, moved.state, moved.position, moved.version, (select count(*) from told) as told
    from moved`;
}

async function refusal(db: Db | Tx, ownerId: string, id: string): Promise<StorageError> {
  const [row] = await db
    .select({ state: liveSessions.state })
    .from(liveSessions)
    .innerJoin(questionSets, eq(questionSets.id, liveSessions.setId))
    .where(and(eq(liveSessions.id, id), eq(questionSets.ownerId, ownerId)));
  if (!row) return new StorageError({ code: 'not-found', entity: 'live session' });
  return new StorageError({ code: 'live-session-moved', state: row.state });
}

/**
 * Ends the session and hands in its attempts. Two statements in a transaction: the end takes the session's
 * row, which every answer holds a share lock on, so no answer is still being written when the scores are
 * summed.
 */
async function endLiveSession(db: Db, ownerId: string, id: string): Promise<MovedRow> {
  return db.transaction(async (tx) => {
    const [moved] = await queryRows<MovedRow>(
      tx,
      movedStatement(id, ownerId, sql`s.state <> 'ended'`, sql`state = 'ended', ended_at = now()`)
    );
    if (!moved) throw await refusal(tx, ownerId, id);
    await tx
      .update(attempts)
      .set({
        submittedAt: sql`now()`,
        score: sql`(select coalesce(sum(${responses.points}), 0) from ${responses} where ${responses.attemptId} = ${attempts.id})`
      })
      .where(and(eq(attempts.liveSessionId, id), isNull(attempts.submittedAt)));
    return moved;
  });
}

export const LiveAnswer = z.object({
  attemptId: z.uuid({ error: 'must be an attempt id' }),
  questionId: z.string().min(1).max(200),
  response: StoredResponse,
  correct: z.boolean(),
  points: z.number().min(0).max(1)
});
export type LiveAnswer = z.input<typeof LiveAnswer>;

/** Seconds of extra time, as `extraSeconds` counts them, for a base in seconds; e is the student's extra_times row. */
const extraOf = (base: SQL) =>
  sql`(round(${base} * coalesce(e.percent, 0) / 100.0) + coalesce(e.minutes, 0) * 60)`;

/**
 * Records a student's graded answer to the question in hand, in one statement whose SQL takes it only while
 * that question is open (it holds a share lock on the session row, so a close waits for it and an answer
 * after the close finds the question closed) and, when questions are timed, only within the student's own
 * time: the question's seconds plus their extra time. The first answer stands: sending it again, from a
 * reload or a second tab, changes nothing. With speed points on, a right answer earns 500 and up to 500 more
 * the sooner it came within the student's time (30 seconds plus extra time when questions are not timed).
 * The presenter is told on the session's channel.
 */
export async function recordLiveAnswer(
  db: Db,
  input: LiveAnswer
): Promise<{ outcome: 'recorded' | 'unchanged' }> {
  const values = parseInput(LiveAnswer, input);
  const [row] = await queryRows<{
    open: boolean;
    inTime: boolean;
    seconds: number | null;
    answered: boolean;
    written: number;
    told: number;
  }>(
    db,
    sql`
    with target as (
      select s.id as session_id, s.speed_points,
        s.question_seconds + ${extraOf(sql`s.question_seconds`)} as seconds,
        coalesce(s.question_seconds, ${speedWindowSeconds})
          + ${extraOf(sql`coalesce(s.question_seconds, ${speedWindowSeconds})`)} as speed_window,
        extract(epoch from now() - s.opened_at) as elapsed
      from attempts a
      join live_sessions s on s.id = a.live_session_id
      join attempt_questions q on q.attempt_id = a.id and q.question_id = ${values.questionId}
      left join extra_times e on e.set_id = s.set_id and e.name_key = a.name_key
      where a.id = ${values.attemptId} and a.submitted_at is null
        and s.state = 'open' and s.position = q.position
      for share of s
    ), timely as (
      select * from target where seconds is null or elapsed is null or elapsed <= seconds
    ), written as (
      insert into responses (attempt_id, question_id, response, correct, points, game_points)
      select ${values.attemptId}, ${values.questionId}, ${JSON.stringify(values.response)}::jsonb,
        ${values.correct}, ${values.points},
        case when not speed_points then null
          when ${values.correct} then
            500 + round(500 * greatest(0, 1 - coalesce(elapsed, speed_window) / speed_window))::int
          else 0 end
      from timely
      on conflict (attempt_id, question_id) do nothing
      returning 1
    ), told as (
      select pg_notify(${channelOf(sql`timely.session_id`)} || '_answers', '{"kind":"answer"}')
      from timely where exists (select 1 from written)
    )
    select exists (select 1 from target) as open, exists (select 1 from timely) as "inTime",
      (select seconds::int from target) as seconds,
      exists (select 1 from responses r where r.attempt_id = ${values.attemptId}
        and r.question_id = ${values.questionId}) as answered,
      (select count(*)::int from written) as written, (select count(*)::int from told) as told`
  );
  if (!row?.open) throw new StorageError({ code: 'live-question-closed' });
  // An answer already in stands, even when the copy sent again comes too late.
  if (!row.inTime && !row.answered)
    throw new StorageError({ code: 'live-time-up', seconds: row.seconds ?? 0 });
  return { outcome: row.written > 0 ? 'recorded' : 'unchanged' };
}

/**
 * Shows or hides the leaderboard on the presenter, in one guarded statement: it can be shown only between
 * questions (a closed or revealed question, or the end), never while a question is open. Other presenter
 * tabs are told on the presenter's channel; students' pages are not, as they never show it.
 */
export async function showLiveLeaderboard(
  db: Db,
  ownerId: string,
  sessionId: string,
  shown: boolean
): Promise<{ leaderboardShown: boolean }> {
  const id = parseInput(SessionId, sessionId);
  const show = parseInput(z.boolean(), shown);
  const guard = show ? sql`s.state in ('closed', 'revealed', 'ended')` : sql`true`;
  const [row] = await queryRows<{ changed: number; told: number }>(
    db,
    sql`
    with changed as (
      update live_sessions s set leaderboard_shown = ${show}
      from question_sets qs
      where s.id = ${id} and qs.id = s.set_id and qs.owner_id = ${ownerId} and ${guard}
      returning s.id
    ), told as (
      select pg_notify(${channelOf(sql`changed.id`)} || '_answers', '{"kind":"leaderboard"}') from changed
    )
    select (select count(*)::int from changed) as changed, (select count(*)::int from told) as told`
  );
  if (!row?.changed) throw await refusal(db, ownerId, id);
  return { leaderboardShown: show };
}

/** A student's page of a live session: where the class is and the student's own attempt. */
export type LiveStudentView = {
  session: Pick<
    LiveSession,
    | 'id'
    | 'state'
    | 'position'
    | 'version'
    | 'questionCount'
    | 'pausedFrom'
    | 'questionSeconds'
    | 'speedPoints'
    | 'openedAt'
  >;
  setTitle: string;
  attempt: AttemptView;
  /** The student's own extra time, by their name, which their time for each question includes. */
  extraTime: Pick<ExtraTime, 'percent' | 'minutes'> | null;
};

/**
 * What a student's live page reads, if the token opens the attempt: the session's state, then the attempt
 * with the snapshot of the question in hand only.
 */
export async function getLiveStudentView(
  db: Db,
  attemptId: string,
  accessToken: string
): Promise<LiveStudentView | null> {
  if (!z.uuid().safeParse(attemptId).success) return null;
  const tokenHash = hashToken(accessToken);
  const [row] = await db
    .select({
      id: liveSessions.id,
      state: liveSessions.state,
      position: liveSessions.position,
      version: liveSessions.version,
      questionCount: liveSessions.questionCount,
      pausedFrom: liveSessions.pausedFrom,
      questionSeconds: liveSessions.questionSeconds,
      speedPoints: liveSessions.speedPoints,
      openedAt: liveSessions.openedAt,
      setTitle: questionSets.title,
      percent: extraTimes.percent,
      minutes: extraTimes.minutes
    })
    .from(attempts)
    .innerJoin(liveSessions, eq(liveSessions.id, attempts.liveSessionId))
    .innerJoin(questionSets, eq(questionSets.id, liveSessions.setId))
    .innerJoin(attemptTokens, eq(attemptTokens.attemptId, attempts.id))
    .leftJoin(
      extraTimes,
      and(eq(extraTimes.setId, liveSessions.setId), eq(extraTimes.nameKey, attempts.nameKey))
    )
    .where(and(eq(attempts.id, attemptId), eq(attemptTokens.tokenHash, tokenHash)));
  if (!row) return null;
  const { setTitle, percent, minutes, ...session } = row;
  const extraTime = percent === null || minutes === null ? null : { percent, minutes };
  // In the lobby no question's snapshot is read (number 0 matches none).
  const attempt = await attemptView(db, attemptId, tokenHash, (session.position ?? -1) + 1);
  if (!attempt) return null;
  return { session, setTitle, attempt, extraTime };
}

/** A live session's state for the student events stream, if the token opens an attempt in it. */
export async function liveSessionOfAttempt(
  db: Db,
  attemptId: string,
  accessToken: string
): Promise<{ id: string; version: number } | null> {
  if (!z.uuid().safeParse(attemptId).success) return null;
  const [row] = await db
    .select({ id: liveSessions.id, version: liveSessions.version })
    .from(attempts)
    .innerJoin(liveSessions, eq(liveSessions.id, attempts.liveSessionId))
    .innerJoin(attemptTokens, eq(attemptTokens.attemptId, attempts.id))
    .where(and(eq(attempts.id, attemptId), eq(attemptTokens.tokenHash, hashToken(accessToken))));
  return row ?? null;
}
