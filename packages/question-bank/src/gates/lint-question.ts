import { kindOf } from '../kinds/kinds.ts';
import { Question } from '../question.ts';
import type { QuestionProblem } from './question-problem.ts';
import { negationProblems } from './question-rules.ts';

export type QuestionLint = { ok: true; question: Question } | { ok: false; problems: QuestionProblem[] };

/**
 * The quality gates every generated item passes and a teacher's own items are held to; returns every
 * problem at once, each with the path of the field at fault. The rules of each kind live with the kind.
 */
export function lintQuestion(input: unknown): QuestionLint {
  const parsed = Question.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        code: 'invalid-shape',
        path: issue.path.filter((segment) => typeof segment !== 'symbol'),
        message: issue.message
      }))
    };
  }
  const question = parsed.data;
  const kind = kindOf(question);
  const problems = [
    ...kind.keyProblems(question),
    ...kind.optionProblems(question),
    ...evidenceProblems(question),
    ...negationProblems(question.stem, ['stem']),
    ...kind.textProblems(question)
  ];
  return problems.length === 0 ? { ok: true, question } : { ok: false, problems };
}

/** A question cites the article unless it is flagged as not grounded (see `grounded`). */
function evidenceProblems(question: Question): QuestionProblem[] {
  return question.evidence.length === 0 && question.grounded !== false
    ? [{ code: 'missing-evidence', path: ['evidence'], message: 'cite at least one paragraph and quote' }]
    : [];
}
