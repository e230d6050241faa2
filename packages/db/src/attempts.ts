import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from './client.ts';
import {
  attemptQuestions,
  attempts,
  attemptTokens,
  questionSets,
  responses,
  setQuestions
} from './schema.ts';
import { lockJoiningStudent } from './advisory-lock.ts';
import { extraSeconds, extraTimeFor, type ExtraTime } from './extra-time.ts';
import { hashToken, newToken } from './secrets.ts';
import { nameKey } from './student-name.ts';
import { preparedRows } from './prepared-statement.ts';
import { QuestionCache, type HeldQuestions } from './question-cache.ts';
import { parseInput, StorageError } from './storage-error.ts';
import { QuestionSnapshot, SetSettings, StoredResponse } from './stored-json.ts';

export type Attempt = typeof attempts.$inferSelect;
export type AttemptQuestion = typeof attemptQuestions.$inferSelect;
export type Response = typeof responses.$inferSelect;

const AttemptId = z.uuid({ error: 'must be an attempt id' });

export const DrawnQuestion = z.object({
  questionId: z.string().min(1).max(200),
  setQuestionId: z.uuid().nullable().default(null),
  snapshot: QuestionSnapshot,
  maxPoints: z.number().positive().max(100).default(1)
});

export const NewAttempt = z.object({
  /** Null for a practice attempt. */
  setId: z.uuid({ error: 'must be a set id' }).nullable(),
  articleId: z.string().min(1, 'must name an article'),
  studentName: z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters'),
  participantId: z.string().min(16, 'must be at least 16 characters').max(128),
  seed: z
    .int()
    .min(0)
    .max(2 ** 31 - 1),
  /** How a practice attempt is taken; an attempt at a set takes the set's settings. */
  settings: SetSettings.default(SetSettings.parse({})),
  questions: z
    .array(DrawnQuestion)
    .min(1, 'must hold at least one question')
    .max(500)
    .refine(
      (list) => new Set(list.map((q) => q.questionId)).size === list.length,
      'must not repeat a question'
    )
});
export type NewAttempt = z.input<typeof NewAttempt>;

/**
 * Starts an attempt with the questions the app drew. For a teacher's set it checks that the set is open
 * (published, and within its opening and closing times when it has them),
 * that the student has attempts left (counted by browser and by name: see attemptsUsed) and that every
 * question is a current question of the set, and it sets the deadline from the set's time limit and the
 * student's extra time (see extra-time.ts); all of it under a shared lock on the set (a change to the set
 * waits) and the student's own locks (see lockJoiningStudent), so that two tabs cannot both take the last
 * attempt. A browser that joins again under the same name while its attempt is open gets that
 * attempt back (`resumed`), with a new token.
 */
export async function startAttempt(
  db: Db,
  input: NewAttempt
): Promise<{ attempt: Attempt; accessToken: string; resumed: boolean }> {
  const values = parseInput(NewAttempt, input);
  return db.transaction(async (tx) => {
    let deadline = null;
    let settings = values.settings;
    let extra: ExtraTime | null = null;
    if (values.setId) {
      const [row] = await tx
        .select({
          set: questionSets,
          // By the database's clock, as the deadlines are, so that every app server agrees.
          opensLater: sql<boolean>`coalesce(${questionSets.opensAt} > now(), false)`,
          closedByTime: sql<boolean>`coalesce(${questionSets.closesAt} <= now(), false)`
        })
        .from(questionSets)
        .where(eq(questionSets.id, values.setId))
        // Shared: a close, an edit or a change of extra time waits for the joins under way, and they for it.
        .for('share');
      if (!row) throw new StorageError({ code: 'not-found', entity: 'set' });
      await lockJoiningStudent(tx, values.setId, values);
      const { set } = row;
      if (set.status !== 'published') throw new StorageError({ code: 'set-not-open', status: set.status });
      const open = await openAttemptOf(tx, set.id, values.participantId, values.studentName);
      if (open) {
        // A join again from the same browser under the same name continues the attempt it left open, with a
        // further token: a retried or repeated join neither starts a second attempt nor uses up the limit.
        // The schedule does not stop it: an attempt begun before the close runs to its own time limit.
        return { attempt: open, accessToken: await addAccessToken(tx, open.id), resumed: true };
      }
      const timeZone = set.scheduleTimeZone ?? 'UTC';
      if (row.opensLater)
        throw new StorageError({ code: 'set-opens-later', opensAt: set.opensAt!, timeZone });
      if (row.closedByTime)
        throw new StorageError({ code: 'set-closed-at', closesAt: set.closesAt!, timeZone });
      const allowed = set.settings.attemptsAllowed;
      if (allowed !== null && (await attemptsUsed(tx, set.id, values)) >= allowed)
        throw new StorageError({ code: 'attempt-limit-reached', allowed });
      const current = await tx
        .select({ id: setQuestions.id })
        .from(setQuestions)
        .where(and(eq(setQuestions.setId, set.id), sql`${setQuestions.retiredAt} is null`));
      const currentIds = new Set(current.map((row) => row.id));
      const stranger = values.questions.find((q) => !q.setQuestionId || !currentIds.has(q.setQuestionId));
      if (stranger) {
        throw new StorageError({ code: 'question-not-in-set', setQuestionId: stranger.setQuestionId ?? '' });
      }
      settings = set.settings;
      if (settings.timeLimitMinutes !== null) extra = await extraTimeFor(tx, set.id, values.studentName);
    }
    const minutes = settings.timeLimitMinutes;
    // The student's extra time is part of the attempt's own deadline, which every answer is checked against.
    if (minutes !== null)
      deadline = sql`now() + make_interval(secs => ${minutes * 60 + extraSeconds(extra, minutes * 60)})`;
    const [attempt] = await tx
      .insert(attempts)
      .values({
        setId: values.setId,
        articleId: values.articleId,
        studentName: values.studentName,
        participantId: values.participantId,
        seed: values.seed,
        settings,
        deadlineAt: deadline,
        maxScore: values.questions.reduce((total, q) => total + q.maxPoints, 0)
      })
      .returning();
    await tx
      .insert(attemptQuestions)
      .values(
        values.questions.map((question, position) => ({ ...question, attemptId: attempt!.id, position }))
      );
    const accessToken = await addAccessToken(tx, attempt!.id);
    return { attempt: attempt!, accessToken, resumed: false };
  });
}

/** A new token that opens the attempt; only its hash is stored. */
async function addAccessToken(tx: Tx, attemptId: string): Promise<string> {
  const accessToken = newToken();
  await tx.insert(attemptTokens).values({ tokenHash: hashToken(accessToken), attemptId });
  return accessToken;
}

/** This browser's attempt at the set under this name that is neither handed in nor out of time, if any. */
async function openAttemptOf(tx: Tx, setId: string, participantId: string, studentName: string) {
  const open = await tx
    .select()
    .from(attempts)
    .where(
      and(
        eq(attempts.setId, setId),
        eq(attempts.participantId, participantId),
        isNull(attempts.submittedAt),
        isNull(attempts.liveSessionId),
        sql`(${attempts.deadlineAt} is null or ${attempts.deadlineAt} > now())`
      )
    )
    .orderBy(desc(attempts.startedAt));
  const name = nameKey(studentName);
  return open.find((attempt) => nameKey(attempt.studentName) === name) ?? null;
}

/** Whose attempts count against a start: a browser, and the name the student gives. */
export type AttemptTaker = { participantId: string; studentName: string };

/**
 * The attempts at a set that count against this student: every one from this browser, and every one under
 * this name from any browser, so that clearing cookies or changing device gives no further attempt. The
 * set's attempts are read whole, a class's worth of short names, because the names are compared in code.
 */
async function attemptsUsed(db: Db | Tx, setId: string, taker: AttemptTaker): Promise<number> {
  // Prepared: every join at a set that limits attempts sends it.
  const rows = await preparedRows<AttemptTaker>(
    db,
    // A live session's attempts are the class's, led by the teacher: they use up none of the quiz's own.
    sql`select participant_id as "participantId", student_name as "studentName" from attempts
      where set_id = ${setId} and live_session_id is null`
  );
  return attemptsUsedAmong(rows, taker);
}

/** How many of a set's attempts (`takers`, as attemptsUsed reads them) count against this student. */
export function attemptsUsedAmong(takers: readonly AttemptTaker[], taker: AttemptTaker): number {
  const name = nameKey(taker.studentName);
  return takers.filter(
    (row) => row.participantId === taker.participantId || nameKey(row.studentName) === name
  ).length;
}

/** The attempt an attempt cookie opens, or null. */
export async function findAttemptByToken(db: Db | Tx, accessToken: string): Promise<Attempt | null> {
  const [row] = await db
    .select({ attempt: attempts })
    .from(attemptTokens)
    .innerJoin(attempts, eq(attempts.id, attemptTokens.attemptId))
    .where(eq(attemptTokens.tokenHash, hashToken(accessToken)));
  return row?.attempt ?? null;
}

/** A question of an attempt as a page reads it: the snapshot only where the read asked for it. */
export type AttemptQuestionRow = Omit<AttemptQuestion, 'snapshot'> & {
  /** Null for a question the read left out (`shown`): a page reads only the question it shows. */
  snapshot: QuestionSnapshot | null;
};

/** What a student's page shows of the attempt's set: read with the attempt, in the same statement. */
export type AttemptSet = Pick<
  typeof questionSets.$inferSelect,
  'title' | 'instructions' | 'status' | 'settings'
>;

export type AttemptView = Attempt & {
  questions: AttemptQuestionRow[];
  responses: Response[];
  /** Whether the deadline has passed by the database's clock. */
  expired: boolean;
  /** The set it was started from, null for practice. */
  set: AttemptSet | null;
  /**
   * The attempts at its set that count against a limit, to count with attemptsUsedAmong: read only when
   * asked (`withTakers`) and the set limits attempts; null otherwise, and for an attempt in a live session.
   */
  setTakers: AttemptTaker[] | null;
};

/** Which snapshots a read brings: all of them, or the one at this 1-based number. */
export type ShownQuestions = 'all' | number;

/** What a read of an attempt brings besides the attempt: see AttemptView's `setTakers`. */
export type AttemptReadOptions = { withTakers?: boolean };

export async function getAttempt(db: Db, attemptId: string): Promise<AttemptView> {
  const view = await attemptView(db, parseInput(AttemptId, attemptId), null, 'all');
  if (!view) throw new StorageError({ code: 'not-found', entity: 'attempt' });
  return view;
}

/**
 * The attempt with this id if the token opens it, else null: what every page of an attempt reads. One
 * statement brings the attempt, its set, the answers and the snapshot of the question shown (`shown`), or
 * every snapshot: a page is one round trip, and on PGlite, which runs one statement at a time, one turn.
 */
export async function getAttemptByToken(
  db: Db,
  attemptId: string,
  accessToken: string,
  shown: ShownQuestions = 'all',
  options: AttemptReadOptions = {}
): Promise<AttemptView | null> {
  if (!AttemptId.safeParse(attemptId).success) return null;
  return attemptView(db, attemptId, hashToken(accessToken), shown, options);
}

/** A timestamp as json_build_object writes it (ISO 8601), or null. */
const date = (value: string | null) => (value === null ? null : new Date(value));

type StoredView = {
  attempt: Omit<Attempt, 'startedAt' | 'deadlineAt' | 'submittedAt'> & {
    startedAt: string;
    deadlineAt: string | null;
    submittedAt: string | null;
  };
  expired: boolean;
  set: AttemptSet | null;
  setTakers: AttemptTaker[] | null;
  /** The version of the question rows (see question-cache), null for an attempt without questions. */
  questionsVersion: string | null;
  /** Null when the version is the one held by this process. */
  questions: AttemptQuestionRow[] | null;
  responses: (Omit<Response, 'answeredAt'> & { answeredAt: string })[];
};

const responseJson = (r: string) =>
  sql.raw(`json_build_object('attemptId', ${r}.attempt_id, 'questionId', ${r}.question_id, 'response',
    ${r}.response, 'correct', ${r}.correct, 'points', ${r}.points, 'answeredAt', ${r}.answered_at)`);

export async function attemptView(
  db: Db | Tx,
  id: string,
  tokenHash: string | null = null,
  shown: ShownQuestions = 'all',
  { withTakers = false }: AttemptReadOptions = {}
): Promise<AttemptView | null> {
  const position = shown === 'all' ? 'all' : shown - 1;
  // Question rows this process read before are not sent again while their version stands (question-cache).
  const held = questionCache.lookup(id, position);
  const heldVersion = held?.version ?? null;
  // The whole page as one JSON value: one statement, one result row, whatever the number of questions.
  const snapshotWanted = shown === 'all' ? sql`true` : sql`q.position = ${position}`;
  const opened =
    tokenHash === null
      ? sql`true`
      : sql`exists (select 1 from attempt_tokens t where t.token_hash = ${tokenHash} and t.attempt_id = a.id)`;
  const [row] = await preparedRows<{ view: StoredView }>(
    db,
    sql`
    select json_build_object(
      'attempt', json_build_object('id', a.id, 'setId', a.set_id, 'articleId', a.article_id,
        'studentName', a.student_name, 'participantId', a.participant_id, 'seed', a.seed,
        'settings', a.settings, 'startedAt', a.started_at, 'deadlineAt', a.deadline_at,
        'submittedAt', a.submitted_at, 'score', a.score, 'maxScore', a.max_score,
        'liveSessionId', a.live_session_id),
      'expired', coalesce(a.deadline_at <= now(), false),
      'set', case when s.id is null then null else json_build_object('title', s.title,
        'instructions', s.instructions, 'status', s.status, 'settings', s.settings) end,
      'setTakers', case when ${withTakers}::boolean and a.live_session_id is null
          and s.settings->>'attemptsAllowed' is not null
        then (select coalesce(json_agg(json_build_object('participantId', o.participant_id,
          'studentName', o.student_name)), '[]')
        from attempts o where o.set_id = a.set_id and o.live_session_id is null) end,
      'questionsVersion', v.version,
      'questions', case when ${heldVersion}::text is null or v.version is distinct from ${heldVersion}::text
        then (select coalesce(json_agg(json_build_object('attemptId', q.attempt_id,
          'questionId', q.question_id, 'position', q.position, 'setQuestionId', q.set_question_id,
          'maxPoints', q.max_points, 'snapshot', case when ${snapshotWanted} then q.snapshot end)
          order by q.position), '[]')
        from attempt_questions q where q.attempt_id = a.id) end,
      'responses', (select coalesce(json_agg(${responseJson('r')} order by r.question_id), '[]')
        from responses r where r.attempt_id = a.id)
    ) as view
    from attempts a left join question_sets s on s.id = a.set_id
      cross join lateral (select string_agg(q.xmin::text, ',' order by q.position) as version
        from attempt_questions q where q.attempt_id = a.id) v
    where a.id = ${id} and ${opened}`
  );
  const view = row?.view;
  if (!view) return null;
  const { attempt, responses: answered, questionsVersion, questions, ...rest } = view;
  return {
    ...attempt,
    startedAt: new Date(attempt.startedAt),
    deadlineAt: date(attempt.deadlineAt),
    submittedAt: date(attempt.submittedAt),
    ...rest,
    questions: questions ? holdQuestions(id, questionsVersion, questions) : heldRows(held!, position),
    responses: answered.map((answer) => ({ ...answer, answeredAt: new Date(answer.answeredAt) }))
  };
}

/**
 * Question rows held by this process, by attempt id: at most this many. A snapshot of the bench's quiz takes
 * about 2.5 kB of heap parsed, so the bound is some 12 MB for such questions.
 */
const questionCache = new QuestionCache(5_000);

/** Rows the statement sent, held for the next read of the attempt. */
function holdQuestions(attemptId: string, version: string | null, questions: AttemptQuestionRow[]) {
  if (version !== null) questionCache.store(attemptId, version, questions);
  return questions;
}

/** The rows held, at the version the statement found current, each with its snapshot if the read wants it. */
function heldRows(held: HeldQuestions, shown: 'all' | number): AttemptQuestionRow[] {
  return held.rows.map((row) => ({
    ...row,
    snapshot: shown === 'all' || row.position === shown ? held.snapshots.get(row.position)! : null
  }));
}

export const NewResponse = z.object({
  attemptId: AttemptId,
  questionId: z.string().min(1).max(200),
  response: StoredResponse,
  correct: z.boolean(),
  points: z.number().min(0).max(100),
  /** When the quiz lets students change answers before they submit, a new answer replaces the old. */
  replace: z.boolean().default(false),
  /**
   * Seconds past the deadline that an answer is still taken, for what was on the page when time ran out and
   * is still on its way; such an answer is dated after the deadline, which marks it as late.
   */
  graceSeconds: z.int().min(0).max(300).default(0)
});
export type NewResponse = z.input<typeof NewResponse>;

export type RecordOutcome = 'recorded' | 'unchanged' | 'replaced';

type StoredAnswerOutcome = {
  found: boolean;
  submitted: boolean | null;
  expired: boolean | null;
  deadlineAt: string | null;
  maxPoints: number | null;
  written: (Omit<Response, 'answeredAt'> & { answeredAt: string; inserted: boolean }) | null;
  existing: (Omit<Response, 'answeredAt'> & { answeredAt: string }) | null;
};

/**
 * Records an answer the app has graded, in one statement whose SQL refuses an attempt that is handed in or
 * out of time (its deadline and grace passed) and a question outside the draw. Posting the same answer again
 * changes nothing, so a retried request never counts twice. The statement takes a share lock on the
 * attempt: the answers of one attempt go in side by side, but not past its hand-in, which locks the attempt
 * for update.
 */
export async function recordResponse(
  db: Db,
  input: NewResponse
): Promise<{ outcome: RecordOutcome; response: Response }> {
  const { replace, graceSeconds, ...values } = parseInput(NewResponse, input);
  const { attemptId, questionId, points } = values;
  const [row] = await preparedRows<{ outcome: StoredAnswerOutcome }>(
    db,
    sql`
    with target as (
      select a.submitted_at, a.deadline_at, coalesce(a.deadline_at + make_interval(secs => ${graceSeconds}) <= now(), false) as expired,
        q.max_points
      from attempts a
      left join attempt_questions q on q.attempt_id = a.id and q.question_id = ${questionId}
      -- A live session's answers go through recordLiveAnswer, which takes them only while the question is open.
      where a.id = ${attemptId} and a.live_session_id is null
      for share of a
    ), written as (
      insert into responses (attempt_id, question_id, response, correct, points)
      select ${attemptId}, ${questionId}, ${JSON.stringify(values.response)}::jsonb, ${values.correct},
        ${points}
      from target
      where target.submitted_at is null and not target.expired and target.max_points >= ${points}::float8
      on conflict (attempt_id, question_id) do update
        set response = excluded.response, correct = excluded.correct, points = excluded.points,
          answered_at = now()
        where ${replace}::boolean and responses.response <> excluded.response
      returning responses.*, responses.xmax = 0 as inserted
    )
    select json_build_object(
      'found', exists (select 1 from target),
      'submitted', (select submitted_at is not null from target),
      'expired', (select expired from target),
      'deadlineAt', (select deadline_at from target),
      'maxPoints', (select max_points from target),
      'written', (select json_build_object('attemptId', w.attempt_id, 'questionId', w.question_id,
          'response', w.response, 'correct', w.correct, 'points', w.points, 'answeredAt', w.answered_at,
          'inserted', w.inserted) from written w),
      'existing', (select ${responseJson('r')} from responses r
        where r.attempt_id = ${attemptId} and r.question_id = ${questionId})
    ) as outcome`
  );
  const outcome = row!.outcome;
  if (!outcome.found) throw new StorageError({ code: 'not-found', entity: 'attempt' });
  if (outcome.submitted) throw new StorageError({ code: 'attempt-submitted' });
  if (outcome.expired)
    throw new StorageError({ code: 'deadline-passed', deadline: date(outcome.deadlineAt)! });
  if (outcome.maxPoints === null) throw new StorageError({ code: 'question-not-in-attempt', questionId });
  if (points > outcome.maxPoints) {
    throw new StorageError({
      code: 'invalid-input',
      issues: [{ path: 'points', message: `must be at most the question's ${outcome.maxPoints} points` }]
    });
  }
  if (outcome.written) {
    const { inserted, ...row } = outcome.written;
    return {
      outcome: inserted ? 'recorded' : 'replaced',
      response: { ...row, answeredAt: new Date(row.answeredAt) }
    };
  }
  // Kept as it was. The statement's snapshot misses an identical answer another request committed while
  // this one waited on the conflict: only then is the row read again.
  const existing = outcome.existing ?? (await readResponse(db, attemptId, questionId));
  return { outcome: 'unchanged', response: { ...existing, answeredAt: new Date(existing.answeredAt) } };
}

async function readResponse(db: Db, attemptId: string, questionId: string) {
  const [row] = await db
    .select()
    .from(responses)
    .where(and(eq(responses.attemptId, attemptId), eq(responses.questionId, questionId)));
  return row!;
}

/**
 * Submits an attempt and fixes its score; submitting again returns the same result. Two statements in a
 * transaction, not one: the lock must be held before the score is summed, because under READ COMMITTED a
 * single UPDATE that waited for an answer's share lock would sum the answers as they were before it waited,
 * and miss the answer it waited for.
 */
export async function submitAttempt(db: Db, attemptId: string): Promise<Attempt> {
  const submitted = await handIn(db, parseInput(AttemptId, attemptId), null);
  if (!submitted) throw new StorageError({ code: 'not-found', entity: 'attempt' });
  return submitted;
}

/**
 * As submitAttempt, for the browser that holds the attempt's token: the token is checked by the statement
 * that locks the attempt, so a hand-in reads nothing before it. Null when the token does not open it.
 */
export async function submitAttemptByToken(
  db: Db,
  attemptId: string,
  accessToken: string
): Promise<Attempt | null> {
  if (!AttemptId.safeParse(attemptId).success) return null;
  return handIn(db, attemptId, hashToken(accessToken));
}

async function handIn(db: Db, id: string, tokenHash: string | null): Promise<Attempt | null> {
  const opened =
    tokenHash === null
      ? sql`true`
      : sql`exists (select 1 from ${attemptTokens} where ${attemptTokens.tokenHash} = ${tokenHash} and ${attemptTokens.attemptId} = ${attempts.id})`;
  return db.transaction(async (tx) => {
    const [attempt] = await tx
      .select()
      .from(attempts)
      .where(and(eq(attempts.id, id), opened))
      .for('update');
    if (!attempt) return null;
    // A student cannot hand in a live session's attempt: the teacher's End hands in the class together.
    if (attempt.submittedAt || (tokenHash !== null && attempt.liveSessionId)) return attempt;
    const [submitted] = await tx
      .update(attempts)
      .set({
        submittedAt: sql`now()`,
        score: sql`(select coalesce(sum(${responses.points}), 0) from ${responses} where ${responses.attemptId} = ${id})`
      })
      .where(eq(attempts.id, id))
      .returning();
    return submitted!;
  });
}

/** How many attempts at a set count against this browser and name, as the limit counts them. */
export async function countAttempts(db: Db, setId: string, taker: AttemptTaker): Promise<number> {
  return attemptsUsed(db, setId, taker);
}
