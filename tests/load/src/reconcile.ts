import { isDeepStrictEqual } from 'node:util';
import { getAttempt, isStorageError, listResults, type AttemptView, type Db } from '@newsquiz/db';
import { gradeResponse, Question } from '@newsquiz/question-bank';
import type { SeededQuiz } from './seed-quiz.ts';
import type { StudentRecord } from './student.ts';

export type Reconciliation = {
  passed: boolean;
  attemptsStored: number;
  attemptsHandedIn: number;
  answersAcknowledged: number;
  answersStored: number;
  /** The largest gap between a stored score and the sum of its responses' points (float4 rounding). */
  largestScoreDrift: number;
  /** Attempts stored whose join no student saw succeed (the server died before it answered). */
  unacknowledgedJoins: number;
  /** Every mismatch, each naming the attempt and question; empty when the run passed. */
  problems: string[];
};

// Points and scores are `real` (float4) columns: a sum of partial credits is exact to about 1e-7 only, so
// 7.167 comes back as 7.1670003. Anything past float4's precision is a real difference.
const float4Tolerance = 1e-5;
const sameScore = (a: number, b: number) => Math.abs(a - b) <= float4Tolerance * Math.max(1, Math.abs(b));

async function findAttempt(db: Db, attemptId: string): Promise<AttemptView | null> {
  try {
    return await getAttempt(db, attemptId);
  } catch (error) {
    if (isStorageError(error, 'not-found')) return null;
    throw error;
  }
}

/** One acknowledged attempt against its stored rows: its problems and how far its score is off the sum. */
function checkAttempt(
  record: StudentRecord,
  stored: AttemptView
): { problems: string[]; scoreDrift: number } {
  const problems: string[] = [];
  let scoreDrift = 0;
  const where = `attempt ${stored.id} (${record.name})`;
  const acknowledgedIds = new Set<string>();
  for (const [number, expected] of record.answers) {
    const question = stored.questions.find((row) => row.position === number - 1);
    if (!question) {
      problems.push(`${where}: question ${number} was answered but the attempt has no such question`);
      continue;
    }
    acknowledgedIds.add(question.questionId);
    const rows = stored.responses.filter((row) => row.questionId === question.questionId);
    if (rows.length === 0) problems.push(`${where}: the acknowledged answer to question ${number} is lost`);
    if (rows.length > 1) problems.push(`${where}: question ${number} is stored ${rows.length} times`);
    const [row] = rows;
    if (!row) continue;
    if (!isDeepStrictEqual(row.response, expected)) {
      problems.push(
        `${where}: question ${number} stored ${JSON.stringify(row.response)}, the student sent ${JSON.stringify(expected)}`
      );
    }
    const grade = gradeResponse(Question.parse(question.snapshot), row.response, question.maxPoints);
    if (!grade.ok || grade.correct !== row.correct || !sameScore(grade.points, row.points)) {
      problems.push(
        `${where}: question ${number} is stored with ${row.points} points, a regrade gives ${grade.ok ? grade.points : 'no grade'}`
      );
    }
  }
  for (const row of stored.responses) {
    if (!acknowledgedIds.has(row.questionId)) {
      problems.push(`${where}: a response to ${row.questionId} is stored but no student saw it acknowledged`);
    }
  }
  if (!record.submitted || !stored.submittedAt) {
    problems.push(
      `${where}: not handed in (student saw ${record.submitted ? 'it handed in' : 'no hand-in'})`
    );
  } else {
    const total = stored.responses.reduce((sum, row) => sum + row.points, 0);
    scoreDrift = Math.abs((stored.score ?? Number.NaN) - total);
    if (stored.score === null || !sameScore(stored.score, total)) {
      problems.push(`${where}: score ${stored.score} is not the sum of its graded responses, ${total}`);
    }
  }
  return { problems, scoreDrift };
}

/**
 * The database against everything the server acknowledged: each acknowledged answer stored exactly once
 * with the value sent and the grade the bank gives it, nothing stored that was not acknowledged, and every
 * acknowledged attempt handed in with the sum of its responses as its score. An attempt whose join no
 * student saw succeed is counted apart: that student joined again, so it stays open, and must stay empty.
 */
export async function reconcile(db: Db, quiz: SeededQuiz, records: StudentRecord[]): Promise<Reconciliation> {
  const problems: string[] = [];
  const stored = await listResults(db, quiz.teacherId, quiz.setId);
  const acknowledged = new Map(records.filter((r) => r.attemptId).map((r) => [r.attemptId!, r]));
  let answersStored = 0;
  let unacknowledgedJoins = 0;
  let largestScoreDrift = 0;
  for (const { attemptId } of stored) {
    const view = (await findAttempt(db, attemptId))!;
    answersStored += view.responses.length;
    const record = acknowledged.get(attemptId);
    if (record) {
      const checked = checkAttempt(record, view);
      problems.push(...checked.problems);
      largestScoreDrift = Math.max(largestScoreDrift, checked.scoreDrift);
    } else {
      unacknowledgedJoins += 1;
      if (view.responses.length > 0) {
        problems.push(`attempt ${attemptId}: has answers though no student saw its join acknowledged`);
      }
    }
  }
  for (const record of acknowledged.values()) {
    if (!stored.some((row) => row.attemptId === record.attemptId)) {
      problems.push(`attempt ${record.attemptId} (${record.name}): acknowledged at join but not stored`);
    }
  }
  for (const record of records) {
    if (!record.attemptId) problems.push(`${record.name}: never joined, so has no attempt to check`);
  }
  return {
    passed: problems.length === 0,
    attemptsStored: stored.length,
    attemptsHandedIn: stored.filter((row) => row.submittedAt).length,
    answersAcknowledged: records.reduce((total, record) => total + record.answers.size, 0),
    answersStored,
    largestScoreDrift,
    unacknowledgedJoins,
    problems
  };
}
