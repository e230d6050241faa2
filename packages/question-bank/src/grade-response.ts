import { kindOf } from './kinds/kinds.ts';
import type { Question } from './question.ts';
import { Response } from './response.ts';

export type GradeProblem =
  | { code: 'invalid-response'; path: (string | number)[]; message: string }
  | {
      code: 'wrong-question-type';
      path: ['type'];
      expected: Question['type'];
      received: string;
      message: string;
    };

/** `score` is the share of the point earned (0 to 1); `correct` only for a full score. */
export type Grade =
  | { ok: true; questionId: string; correct: boolean; score: number; points: number; maxPoints: number }
  | { ok: false; questionId: string; problems: GradeProblem[] };

/**
 * Grades one response on the server. Multiple response, matching and ordering earn partial credit;
 * everything else is right or wrong. A malformed response is a problem, never a wrong answer.
 */
export function gradeResponse(question: Question, input: unknown, maxPoints = 1): Grade {
  const parsed = Response.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      questionId: question.id,
      problems: parsed.error.issues.map((issue) => ({
        code: 'invalid-response',
        path: issue.path.filter((segment) => typeof segment !== 'symbol'),
        message: issue.message
      }))
    };
  }
  const response = parsed.data;
  if (response.type !== question.type) {
    const message = `a ${question.type} question cannot take a ${response.type} response`;
    return {
      ok: false,
      questionId: question.id,
      problems: [
        {
          code: 'wrong-question-type',
          path: ['type'],
          expected: question.type,
          received: response.type,
          message
        }
      ]
    };
  }
  const score = kindOf(question).score(question, response);
  return {
    ok: true,
    questionId: question.id,
    correct: score === 1,
    score,
    points: score * maxPoints,
    maxPoints
  };
}
