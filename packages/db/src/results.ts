import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from './client.ts';
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

async function assertOwnedSet(db: Db, ownerId: string, setId: string): Promise<void> {
  const id = parseInput(z.uuid({ error: 'must be a set id' }), setId);
  const [set] = await db
    .select({ id: questionSets.id })
    .from(questionSets)
    .where(and(eq(questionSets.id, id), eq(questionSets.ownerId, ownerId)));
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
