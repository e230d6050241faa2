import { z } from 'zod';
import { ClozeQuestion } from './kinds/cloze.ts';
import { EvidenceSelectionQuestion } from './kinds/evidence-selection.ts';
import { MatchingQuestion } from './kinds/matching.ts';
import { MultipleResponseQuestion } from './kinds/multiple-response.ts';
import { NumericQuestion } from './kinds/numeric.ts';
import { OrderingQuestion } from './kinds/ordering.ts';
import { ShortAnswerQuestion } from './kinds/short-answer.ts';
import { SingleChoiceQuestion } from './kinds/single-choice.ts';
import { TrueFalseQuestion } from './kinds/true-false.ts';

export const QuestionType = z.enum([
  'single-choice',
  'multiple-response',
  'true-false',
  'numeric',
  'short-answer',
  'cloze',
  'matching',
  'ordering',
  'evidence-selection'
]);
export type QuestionType = z.infer<typeof QuestionType>;

export {
  AcceptedAnswers,
  Choice,
  ChoiceId,
  Difficulty,
  DifficultyLevel,
  QuestionId,
  Skill
} from './question-fields.ts';
export { ClozeQuestion, clozeBlank } from './kinds/cloze.ts';
export { EvidenceSelectionQuestion, ParagraphChoice, citedOptions } from './kinds/evidence-selection.ts';
export { MatchingQuestion, MatchPair } from './kinds/matching.ts';
export { MultipleResponseQuestion } from './kinds/multiple-response.ts';
export { NumericKey, NumericQuestion } from './kinds/numeric.ts';
export { OrderingQuestion } from './kinds/ordering.ts';
export { ShortAnswerQuestion } from './kinds/short-answer.ts';
export { SingleChoiceQuestion } from './kinds/single-choice.ts';
export { TrueFalseQuestion } from './kinds/true-false.ts';

export const Question = z.discriminatedUnion('type', [
  SingleChoiceQuestion,
  MultipleResponseQuestion,
  TrueFalseQuestion,
  NumericQuestion,
  ShortAnswerQuestion,
  ClozeQuestion,
  MatchingQuestion,
  OrderingQuestion,
  EvidenceSelectionQuestion
]);
export type Question = z.infer<typeof Question>;

/** A question before its id and difficulty are worked out from its content. */
export type QuestionDraft = Question extends infer Q
  ? Q extends Question
    ? Omit<Q, 'id' | 'difficulty'>
    : never
  : never;
