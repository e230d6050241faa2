import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.ts';
import { estimateDifficulty } from './difficulty.ts';
import type { Question, QuestionDraft } from './question.ts';

/** The stable id of a question: a hash of everything in it but the id itself. */
export function questionId(question: QuestionDraft | Question): string {
  const { id: _id, ...content } = question as Question;
  return `q-${createHash('sha256').update(canonicalJson(content)).digest('hex').slice(0, 16)}`;
}

/** Adds the difficulty estimate (unless one is given) and the content-hash id. */
export function finishQuestion(draft: QuestionDraft & { difficulty?: Question['difficulty'] }): Question {
  const withDifficulty = { ...draft, difficulty: draft.difficulty ?? estimateDifficulty(draft) } as Question;
  return { ...withDifficulty, id: questionId(withDifficulty) };
}
