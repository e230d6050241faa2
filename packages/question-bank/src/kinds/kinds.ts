import type { Question, QuestionType } from '../question.ts';
import type { Response } from '../response.ts';
import { cloze } from './cloze.ts';
import { evidenceSelection } from './evidence-selection.ts';
import { matching } from './matching.ts';
import { multipleResponse } from './multiple-response.ts';
import { numeric } from './numeric.ts';
import { ordering } from './ordering.ts';
import type { QuestionKind } from './question-kind.ts';
import { shortAnswer } from './short-answer.ts';
import { singleChoice } from './single-choice.ts';
import { trueFalse } from './true-false.ts';

type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
type ResponseOf<T extends QuestionType> = Extract<Response, { type: T }>;

/** Every kind of question by its type: a type without its kind, or a kind missing a piece, does not compile. */
export const kinds = {
  'single-choice': singleChoice,
  'multiple-response': multipleResponse,
  'true-false': trueFalse,
  numeric,
  'short-answer': shortAnswer,
  cloze,
  matching,
  ordering,
  'evidence-selection': evidenceSelection
} satisfies { [T in QuestionType]: QuestionKind<QuestionOf<T>, ResponseOf<T>> };

/**
 * The kind of a question. TypeScript cannot follow from `question.type` to the kind's own question type
 * through the record, so the link is asserted here, once; the record above is what makes it true.
 */
export function kindOf(question: Question): QuestionKind<Question, Response> {
  return kinds[question.type] as unknown as QuestionKind<Question, Response>;
}

/** What a teacher calls each type, in the bank's order. */
export const questionTypeLabels = Object.fromEntries(
  Object.entries(kinds).map(([type, kind]) => [type, kind.label])
) as Record<QuestionType, string>;

/** What each type asks, in a line, for a teacher choosing one. */
export const questionTypeSummaries = Object.fromEntries(
  Object.entries(kinds).map(([type, kind]) => [type, kind.summary])
) as Record<QuestionType, string>;
