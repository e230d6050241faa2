import { isDeepStrictEqual } from 'node:util';
import { and, asc, eq, inArray, isNotNull, isNull, sum } from 'drizzle-orm';
import { attemptView, type Attempt, type AttemptView } from './attempts.ts';
import type { Db, Tx } from './client.ts';
import { itemStatistics, type ItemStatistics, type ScoredAttempt } from './item-statistics.ts';
import { attemptQuestions, attempts, questionSets, responses, setQuestions } from './schema.ts';
import { parseInput, StorageError } from './storage-error.ts';
import type { QuestionSnapshot, StoredResponse } from './stored-json.ts';
import { z } from 'zod';

export type StudentResult = {
  attemptId: string;
  studentName: string;
  score: number | null;
  maxScore: number;
  startedAt: Date;
  submittedAt: Date | null;
  /** Seconds from start to submission; null while the attempt is open. */
  secondsTaken: number | null;
};

async function assertOwnedSet(db: Db | Tx, ownerId: string, setId: string, lock = false): Promise<void> {
  const id = parseInput(z.uuid({ error: 'must be a set id' }), setId);
  const query = db
    .select({ id: questionSets.id })
    .from(questionSets)
    .where(and(eq(questionSets.id, id), eq(questionSets.ownerId, ownerId)));
  const [set] = await (lock ? query.for('update') : query);
  if (!set) throw new StorageError({ code: 'not-found', entity: 'set' });
}

export async function listResults(db: Db, ownerId: string, setId: string): Promise<StudentResult[]> {
  await assertOwnedSet(db, ownerId, setId);
  const rows = await db
    .select()
    .from(attempts)
    .where(eq(attempts.setId, setId))
    .orderBy(asc(attempts.startedAt), asc(attempts.id));
  return rows.map((row) => ({
    attemptId: row.id,
    studentName: row.studentName,
    score: row.score,
    maxScore: row.maxScore,
    startedAt: row.startedAt,
    submittedAt: row.submittedAt,
    secondsTaken: row.submittedAt
      ? Math.round((row.submittedAt.getTime() - row.startedAt.getTime()) / 1000)
      : null
  }));
}

export type QuestionStatistics = ItemStatistics & {
  /** The set's question, or the question as first drawn when the set no longer holds it. */
  setQuestionId: string | null;
  questionId: string;
  snapshot: QuestionSnapshot;
  answered: number;
  correct: number;
  /** How many submitted attempts gave each distinct response, most frequent first. */
  responseCounts: { response: StoredResponse; count: number }[];
};

/** Item analysis over the submitted attempts of a set, one entry per question that was drawn. */
export async function questionStatistics(
  db: Db,
  ownerId: string,
  setId: string
): Promise<QuestionStatistics[]> {
  await assertOwnedSet(db, ownerId, setId);
  const rows = await db
    .select({
      attemptId: attempts.id,
      score: attempts.score,
      questionId: attemptQuestions.questionId,
      setQuestionId: attemptQuestions.setQuestionId,
      snapshot: attemptQuestions.snapshot,
      maxPoints: attemptQuestions.maxPoints,
      position: setQuestions.position,
      response: responses.response,
      correct: responses.correct,
      points: responses.points
    })
    .from(attempts)
    .innerJoin(attemptQuestions, eq(attemptQuestions.attemptId, attempts.id))
    .leftJoin(setQuestions, eq(setQuestions.id, attemptQuestions.setQuestionId))
    .leftJoin(
      responses,
      and(
        eq(responses.attemptId, attemptQuestions.attemptId),
        eq(responses.questionId, attemptQuestions.questionId)
      )
    )
    .where(and(eq(attempts.setId, setId), isNotNull(attempts.submittedAt)))
    .orderBy(asc(setQuestions.position), asc(attemptQuestions.questionId));

  const scored = new Map<string, ScoredAttempt>();
  const questions = new Map<string, QuestionStatistics>();
  for (const row of rows) {
    const attempt = scored.get(row.attemptId) ?? { score: row.score ?? 0, items: new Map() };
    attempt.items.set(row.questionId, { points: row.points ?? 0, maxPoints: row.maxPoints });
    scored.set(row.attemptId, attempt);

    const entry = questions.get(row.questionId) ?? {
      setQuestionId: row.setQuestionId,
      questionId: row.questionId,
      snapshot: row.snapshot,
      answered: 0,
      correct: 0,
      responseCounts: [],
      seen: 0,
      facility: null,
      discrimination: null,
      flags: []
    };
    if (row.response !== null) {
      entry.answered += 1;
      if (row.correct) entry.correct += 1;
      const key = JSON.stringify(row.response);
      const counted = entry.responseCounts.find((c) => JSON.stringify(c.response) === key);
      if (counted) counted.count += 1;
      else entry.responseCounts.push({ response: row.response, count: 1 });
    }
    questions.set(row.questionId, entry);
  }
  const attemptList = [...scored.values()];
  return [...questions.values()].map((entry) => ({
    ...entry,
    responseCounts: entry.responseCounts.sort((a, b) => b.count - a.count),
    ...itemStatistics(entry.questionId, attemptList)
  }));
}

/** One attempt at a set of this teacher's, with every question it drew and every answer given. */
export async function getSetAttempt(
  db: Db,
  ownerId: string,
  setId: string,
  attemptId: string
): Promise<AttemptView> {
  await assertOwnedSet(db, ownerId, setId);
  const id = parseInput(z.uuid({ error: 'must be an attempt id' }), attemptId);
  return db.transaction(
    async (tx) => {
      const view = await attemptView(tx, id);
      if (!view || view.setId !== setId) throw new StorageError({ code: 'not-found', entity: 'attempt' });
      return view;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' }
  );
}

export type QuestionPoints = {
  /** The questions any attempt drew: the set's order, then questions since removed. */
  questionIds: string[];
  /** Per attempt, the points of each question it drew; null for one drawn and not answered. */
  points: Map<string, Map<string, number | null>>;
};

/** The points every attempt at the set earned on each question, for a grade book's columns. */
export async function questionPoints(db: Db, ownerId: string, setId: string): Promise<QuestionPoints> {
  await assertOwnedSet(db, ownerId, setId);
  const rows = await db
    .select({
      attemptId: attempts.id,
      questionId: attemptQuestions.questionId,
      points: responses.points
    })
    .from(attempts)
    .innerJoin(attemptQuestions, eq(attemptQuestions.attemptId, attempts.id))
    .leftJoin(setQuestions, eq(setQuestions.id, attemptQuestions.setQuestionId))
    .leftJoin(
      responses,
      and(
        eq(responses.attemptId, attemptQuestions.attemptId),
        eq(responses.questionId, attemptQuestions.questionId)
      )
    )
    .where(eq(attempts.setId, setId))
    // The order item analysis numbers the questions in, so that Q2 is the same question in both.
    .orderBy(asc(setQuestions.position), asc(attemptQuestions.questionId));
  const questionIds = [...new Set(rows.map((row) => row.questionId))];
  const points = new Map<string, Map<string, number | null>>();
  for (const row of rows) {
    const earned = points.get(row.attemptId) ?? new Map<string, number | null>();
    earned.set(row.questionId, row.points);
    points.set(row.attemptId, earned);
  }
  return { questionIds, points };
}

/**
 * How the app changes a question's key and grades against it: the db stores questions and answers as
 * JSON whose meaning belongs to the question bank.
 */
export type Regrader = {
  /** The question with the answer accepted; throws a StorageError to refuse, which changes nothing. */
  accept: (snapshot: QuestionSnapshot) => QuestionSnapshot;
  grade: (snapshot: QuestionSnapshot, response: StoredResponse, maxPoints: number) => Grade;
};
export type Grade = { correct: boolean; points: number };

/** How many attempts had an answer graded again with a new result. */
export type Regrade = { attemptsChanged: number };

const QuestionIdInput = z
  .string()
  .min(1, 'must name a question')
  .max(200, 'must be at most 200 characters')
  .refine((id) => !id.includes('\u0000'), 'must not contain a null character');

/**
 * Accepts one more answer to a question of the set and regrades everyone, in one transaction: the set's
 * question (while the set holds it) and every attempt's copy of it get the new key, each answer to it is
 * graded again, and each handed-in attempt whose answers changed gets its new total. An answer no student
 * gave changes no grade and is refused, so the key holds only answers the class actually wrote.
 */
export async function acceptAnswer(
  db: Db,
  ownerId: string,
  setId: string,
  questionId: string,
  regrader: Regrader
): Promise<Regrade> {
  const id = parseInput(QuestionIdInput, questionId);
  return db.transaction(async (tx) => {
    // The set's lock keeps new attempts from drawing the old key meanwhile; each attempt's lock keeps its
    // answers and its hand-in from passing the regrade.
    await assertOwnedSet(tx, ownerId, setId, true);
    const drawn = await tx
      .select({ attempt: attempts, question: attemptQuestions })
      .from(attemptQuestions)
      .innerJoin(attempts, eq(attempts.id, attemptQuestions.attemptId))
      .where(and(eq(attempts.setId, setId), eq(attemptQuestions.questionId, id)))
      .orderBy(asc(attempts.id))
      .for('update', { of: attempts });
    if (drawn.length === 0) throw new StorageError({ code: 'question-not-in-set', setQuestionId: id });

    const linked = [...new Set(drawn.flatMap(({ question }) => question.setQuestionId ?? []))];
    const current =
      linked.length === 0
        ? []
        : await tx
            .select()
            .from(setQuestions)
            .where(and(inArray(setQuestions.id, linked), isNull(setQuestions.retiredAt)));
    for (const row of current) {
      await tx
        .update(setQuestions)
        .set({ snapshot: regrader.accept(row.snapshot) })
        .where(eq(setQuestions.id, row.id));
    }

    const answers = await tx
      .select()
      .from(responses)
      .where(
        and(
          inArray(
            responses.attemptId,
            drawn.map(({ attempt }) => attempt.id)
          ),
          eq(responses.questionId, id)
        )
      );
    const answerOf = new Map(answers.map((answer) => [answer.attemptId, answer]));
    const changed: Attempt[] = [];
    for (const { attempt, question } of drawn) {
      const snapshot = regrader.accept(question.snapshot);
      await tx
        .update(attemptQuestions)
        .set({ snapshot })
        .where(and(eq(attemptQuestions.attemptId, attempt.id), eq(attemptQuestions.questionId, id)));
      const answer = answerOf.get(attempt.id);
      if (!answer) continue;
      const grade = regrader.grade(snapshot, answer.response, question.maxPoints);
      if (isDeepStrictEqual(grade, { correct: answer.correct, points: answer.points })) continue;
      await tx
        .update(responses)
        .set({ correct: grade.correct, points: grade.points })
        .where(and(eq(responses.attemptId, attempt.id), eq(responses.questionId, id)));
      changed.push(attempt);
    }
    if (changed.length === 0) {
      throw new StorageError({
        code: 'invalid-input',
        issues: [{ path: 'answer', message: 'is not a wrong answer any student gave to this question' }]
      });
    }
    for (const attempt of changed) {
      if (!attempt.submittedAt) continue;
      const [total] = await tx
        .select({ points: sum(responses.points) })
        .from(responses)
        .where(eq(responses.attemptId, attempt.id));
      await tx
        .update(attempts)
        .set({ score: Number(total?.points ?? 0) })
        .where(eq(attempts.id, attempt.id));
    }
    return { attemptsChanged: changed.length };
  });
}
