import { isDeepStrictEqual } from 'node:util';
import { and, asc, desc, eq, isNull, sql, sum } from 'drizzle-orm';
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
import { hashToken, newToken } from './secrets.ts';
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
 * question is a current question of the set, and it sets the deadline from the set's time limit; all of
 * it under a lock on the set, so that two tabs cannot both take the last attempt. A browser that joins again under the same name while its attempt
 * is open gets that attempt back (`resumed`), with a new token.
 */
export async function startAttempt(
  db: Db,
  input: NewAttempt
): Promise<{ attempt: Attempt; accessToken: string; resumed: boolean }> {
  const values = parseInput(NewAttempt, input);
  return db.transaction(async (tx) => {
    let deadline = null;
    let settings = values.settings;
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
        .for('update');
      if (!row) throw new StorageError({ code: 'not-found', entity: 'set' });
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
    }
    const minutes = settings.timeLimitMinutes;
    if (minutes !== null) deadline = sql`now() + make_interval(mins => ${minutes})`;
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
        sql`(${attempts.deadlineAt} is null or ${attempts.deadlineAt} > now())`
      )
    )
    .orderBy(desc(attempts.startedAt));
  const name = sameName(studentName);
  return open.find((attempt) => sameName(attempt.studentName) === name) ?? null;
}

/**
 * A name as the attempt limit knows it: case, spaces, invisible characters and lookalike forms (full-width
 * letters, say) are ignored, so "Ava Li", " ava  LI " and "ＡｖａＬｉ" are one name. Compared here rather
 * than with SQL's lower(), which folds only ASCII under some collations: Émile is émile.
 */
const sameName = (name: string) =>
  name
    .normalize('NFKC')
    .replace(/[\s\p{Cf}]/gu, '')
    .toLocaleLowerCase('und');

/** Whose attempts count against a start: a browser, and the name the student gives. */
type AttemptTaker = { participantId: string; studentName: string };

/**
 * The attempts at a set that count against this student: every one from this browser, and every one under
 * this name from any browser, so that clearing cookies or changing device gives no further attempt. The
 * set's attempts are read whole, a class's worth of short names, because the names are compared in code.
 */
async function attemptsUsed(db: Db | Tx, setId: string, taker: AttemptTaker): Promise<number> {
  const rows = await db
    .select({ participantId: attempts.participantId, studentName: attempts.studentName })
    .from(attempts)
    .where(eq(attempts.setId, setId));
  const name = sameName(taker.studentName);
  return rows.filter((row) => row.participantId === taker.participantId || sameName(row.studentName) === name)
    .length;
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

export type AttemptView = Attempt & {
  questions: AttemptQuestion[];
  responses: Response[];
  /** Whether the deadline has passed by the database's clock. */
  expired: boolean;
};

export async function getAttempt(db: Db, attemptId: string): Promise<AttemptView> {
  const view = await attemptView(db, parseInput(AttemptId, attemptId));
  if (!view) throw new StorageError({ code: 'not-found', entity: 'attempt' });
  return view;
}

/**
 * The attempt with this id if the token opens it, else null: what every page of an attempt reads, in one
 * transaction, so that on PGlite, which runs one at a time, a page waits its turn once rather than five times.
 */
export async function getAttemptByToken(
  db: Db,
  attemptId: string,
  accessToken: string
): Promise<AttemptView | null> {
  if (!AttemptId.safeParse(attemptId).success) return null;
  return db.transaction(async (tx) => {
    const attempt = await findAttemptByToken(tx, accessToken);
    return attempt?.id === attemptId ? attemptView(tx, attemptId) : null;
  });
}

export async function attemptView(db: Db | Tx, id: string): Promise<AttemptView | null> {
  const [row] = await db
    .select({ attempt: attempts, expired: sql<boolean>`coalesce(${attempts.deadlineAt} <= now(), false)` })
    .from(attempts)
    .where(eq(attempts.id, id));
  if (!row) return null;
  const questions = await db
    .select()
    .from(attemptQuestions)
    .where(eq(attemptQuestions.attemptId, id))
    .orderBy(asc(attemptQuestions.position));
  const answered = await db.select().from(responses).where(eq(responses.attemptId, id));
  return { ...row.attempt, questions, responses: answered, expired: row.expired };
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

/**
 * Records an answer the app has graded. Posting the same answer again changes nothing, so a retried
 * request never counts twice. Refused once the attempt is submitted or its deadline (and grace) has passed.
 */
export async function recordResponse(
  db: Db,
  input: NewResponse
): Promise<{ outcome: RecordOutcome; response: Response }> {
  const { replace, graceSeconds, ...values } = parseInput(NewResponse, input);
  return db.transaction(async (tx) => {
    // A share lock lets the answers of one attempt go in side by side, but not past its submission.
    const attempt = await lockAttempt(tx, values.attemptId, 'share', graceSeconds);
    if (attempt.submittedAt) throw new StorageError({ code: 'attempt-submitted' });
    if (attempt.expired) throw new StorageError({ code: 'deadline-passed', deadline: attempt.deadlineAt! });
    const [question] = await tx
      .select({ maxPoints: attemptQuestions.maxPoints })
      .from(attemptQuestions)
      .where(
        and(
          eq(attemptQuestions.attemptId, values.attemptId),
          eq(attemptQuestions.questionId, values.questionId)
        )
      );
    if (!question) throw new StorageError({ code: 'question-not-in-attempt', questionId: values.questionId });
    if (values.points > question.maxPoints) {
      throw new StorageError({
        code: 'invalid-input',
        issues: [{ path: 'points', message: `must be at most the question's ${question.maxPoints} points` }]
      });
    }
    const [inserted] = await tx.insert(responses).values(values).onConflictDoNothing().returning();
    if (inserted) return { outcome: 'recorded', response: inserted };
    const [existing] = await tx
      .select()
      .from(responses)
      .where(and(eq(responses.attemptId, values.attemptId), eq(responses.questionId, values.questionId)))
      .for('update');
    if (!replace || isDeepStrictEqual(existing!.response, values.response))
      return { outcome: 'unchanged', response: existing! };
    const [replaced] = await tx
      .update(responses)
      .set({
        response: values.response,
        correct: values.correct,
        points: values.points,
        answeredAt: sql`now()`
      })
      .where(and(eq(responses.attemptId, values.attemptId), eq(responses.questionId, values.questionId)))
      .returning();
    return { outcome: 'replaced', response: replaced! };
  });
}

/** Submits an attempt and fixes its score; submitting again returns the same result. */
export async function submitAttempt(db: Db, attemptId: string): Promise<Attempt> {
  const id = parseInput(AttemptId, attemptId);
  return db.transaction(async (tx) => {
    const attempt = await lockAttempt(tx, id, 'update');
    if (attempt.submittedAt) {
      const { expired: _, ...submitted } = attempt;
      return submitted;
    }
    const [total] = await tx
      .select({ points: sum(responses.points) })
      .from(responses)
      .where(eq(responses.attemptId, id));
    const [submitted] = await tx
      .update(attempts)
      .set({ submittedAt: sql`now()`, score: Number(total?.points ?? 0) })
      .where(eq(attempts.id, id))
      .returning();
    return submitted!;
  });
}

/** The attempt, locked; `expired` once its deadline and these seconds of grace have passed. */
async function lockAttempt(tx: Tx, attemptId: string, mode: 'share' | 'update', graceSeconds = 0) {
  const [row] = await tx
    .select({
      attempt: attempts,
      expired: sql<boolean>`coalesce(${attempts.deadlineAt} + make_interval(secs => ${graceSeconds}) <= now(), false)`
    })
    .from(attempts)
    .where(eq(attempts.id, attemptId))
    .for(mode === 'share' ? 'share' : 'update');
  if (!row) throw new StorageError({ code: 'not-found', entity: 'attempt' });
  return { ...row.attempt, expired: row.expired };
}

/**
 * How many attempts at a set count against this browser and name, as the limit counts them, to tell a
 * student whether they may retry.
 */
export async function countAttempts(db: Db, setId: string, taker: AttemptTaker): Promise<number> {
  return attemptsUsed(db, setId, taker);
}
