import { normaliseAnswer } from './normalise-answer.ts';
import type { NumericKey, Question } from './question.ts';
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
  const score = scoreOf(question, response);
  return {
    ok: true,
    questionId: question.id,
    correct: score === 1,
    score,
    points: score * maxPoints,
    maxPoints
  };
}

function scoreOf(question: Question, response: Response): number {
  switch (question.type) {
    case 'single-choice':
      return response.type === 'single-choice' && response.choice === question.key ? 1 : 0;
    case 'true-false':
      return response.type === 'true-false' && response.value === question.key ? 1 : 0;
    case 'numeric':
      return response.type === 'numeric' && withinKey(question.key, response.value) ? 1 : 0;
    case 'short-answer':
    case 'cloze': {
      if (response.type !== 'short-answer' && response.type !== 'cloze') return 0;
      const given = normaliseAnswer(response.text);
      return given !== '' && question.key.some((answer) => normaliseAnswer(answer) === given) ? 1 : 0;
    }
    case 'multiple-response': {
      if (response.type !== 'multiple-response') return 0;
      // Each right choice earns a share and each wrong one takes a share back, never below zero.
      const chosen = new Set(response.choices);
      const key = new Set(question.key);
      const right = [...chosen].filter((id) => key.has(id)).length;
      const wrong = chosen.size - right;
      const wrongOptions = question.options.length - key.size;
      const score = right / key.size - (wrongOptions > 0 ? wrong / wrongOptions : 0);
      return Math.max(0, round(score));
    }
    case 'matching': {
      if (response.type !== 'matching') return 0;
      const given = new Map(response.pairs.map((pair) => [pair.prompt, pair.option]));
      const right = question.key.filter((pair) => given.get(pair.prompt) === pair.option).length;
      return round(right / question.key.length);
    }
    case 'ordering': {
      if (response.type !== 'ordering') return 0;
      // Credit for each neighbouring pair of the key kept in the right order, so one slip costs little.
      const position = new Map(response.order.map((id, index) => [id, index]));
      const complete =
        response.order.length === question.key.length && question.key.every((id) => position.has(id));
      if (!complete) return 0;
      const pairs = question.key.slice(1).map((id, index) => [question.key[index]!, id] as const);
      const right = pairs.filter(([a, b]) => position.get(a)! < position.get(b)!).length;
      return round(right / pairs.length);
    }
  }
}

function withinKey(key: NumericKey, value: number): boolean {
  return key.kind === 'range'
    ? value >= key.min && value <= key.max
    : Math.abs(value - key.value) <= key.tolerance;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
