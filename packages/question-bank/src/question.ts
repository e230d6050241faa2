import { Evidence, FactId, TopicId } from '@newsquiz/facts';
import { z } from 'zod';

export const QuestionType = z.enum([
  'single-choice',
  'multiple-response',
  'true-false',
  'numeric',
  'short-answer',
  'cloze',
  'matching',
  'ordering'
]);
export type QuestionType = z.infer<typeof QuestionType>;

export const Skill = z.enum(['recall', 'chronology', 'sourcing', 'inference']);
export type Skill = z.infer<typeof Skill>;

export const DifficultyLevel = z.enum(['easy', 'medium', 'hard']);
export type DifficultyLevel = z.infer<typeof DifficultyLevel>;

export const Difficulty = z
  .object({
    level: DifficultyLevel,
    score: z.number().int().nonnegative(),
    rule: z.string().min(1).describe('how the score was reached, so a teacher can disagree with it')
  })
  .strict();
export type Difficulty = z.infer<typeof Difficulty>;

export const QuestionId = z
  .string()
  .regex(/^q-[0-9a-f]{16}$/, 'must be "q-" and 16 hex digits of the content hash');
export type QuestionId = z.infer<typeof QuestionId>;

export const ChoiceId = z.string().regex(/^[a-z0-9]+$/, 'must be a short lowercase id such as "a"');
export type ChoiceId = z.infer<typeof ChoiceId>;

export const Choice = z.object({ id: ChoiceId, text: z.string().min(1) }).strict();
export type Choice = z.infer<typeof Choice>;

/** The blank of a cloze passage; exactly one per passage. */
export const clozeBlank = '{{blank}}';

const commonFields = {
  id: QuestionId,
  stem: z.string().min(1),
  explanation: z.string().min(1).describe('written for a student who has just answered'),
  evidence: z.array(Evidence),
  factIds: z.array(FactId),
  topic: TopicId,
  skill: Skill,
  difficulty: Difficulty
};

export const SingleChoiceQuestion = z
  .object({ ...commonFields, type: z.literal('single-choice'), options: z.array(Choice), key: ChoiceId })
  .strict();
export type SingleChoiceQuestion = z.infer<typeof SingleChoiceQuestion>;

export const MultipleResponseQuestion = z
  .object({
    ...commonFields,
    type: z.literal('multiple-response'),
    options: z.array(Choice),
    key: z.array(ChoiceId)
  })
  .strict();
export type MultipleResponseQuestion = z.infer<typeof MultipleResponseQuestion>;

export const TrueFalseQuestion = z
  .object({ ...commonFields, type: z.literal('true-false'), key: z.boolean() })
  .strict();
export type TrueFalseQuestion = z.infer<typeof TrueFalseQuestion>;

export const NumericKey = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tolerance'), value: z.number(), tolerance: z.number().nonnegative() }).strict(),
  z.object({ kind: z.literal('range'), min: z.number(), max: z.number() }).strict()
]);
export type NumericKey = z.infer<typeof NumericKey>;

export const NumericQuestion = z
  .object({
    ...commonFields,
    type: z.literal('numeric'),
    key: NumericKey,
    unit: z.string().min(1).optional()
  })
  .strict();
export type NumericQuestion = z.infer<typeof NumericQuestion>;

/** Accepted answers, compared after normalisation (see normaliseAnswer). */
export const AcceptedAnswers = z.array(z.string().min(1));
export type AcceptedAnswers = z.infer<typeof AcceptedAnswers>;

export const ShortAnswerQuestion = z
  .object({ ...commonFields, type: z.literal('short-answer'), key: AcceptedAnswers })
  .strict();
export type ShortAnswerQuestion = z.infer<typeof ShortAnswerQuestion>;

export const ClozeQuestion = z
  .object({
    ...commonFields,
    type: z.literal('cloze'),
    passage: z.string().min(1).describe(`the text with one ${clozeBlank} where the answer goes`),
    key: AcceptedAnswers
  })
  .strict();
export type ClozeQuestion = z.infer<typeof ClozeQuestion>;

export const MatchPair = z.object({ prompt: ChoiceId, option: ChoiceId }).strict();
export type MatchPair = z.infer<typeof MatchPair>;

export const MatchingQuestion = z
  .object({
    ...commonFields,
    type: z.literal('matching'),
    prompts: z.array(Choice),
    options: z.array(Choice),
    key: z.array(MatchPair)
  })
  .strict();
export type MatchingQuestion = z.infer<typeof MatchingQuestion>;

export const OrderingQuestion = z
  .object({
    ...commonFields,
    type: z.literal('ordering'),
    options: z.array(Choice).describe('in the order shown to the student'),
    key: z.array(ChoiceId).describe('the option ids in the right order')
  })
  .strict();
export type OrderingQuestion = z.infer<typeof OrderingQuestion>;

export const Question = z.discriminatedUnion('type', [
  SingleChoiceQuestion,
  MultipleResponseQuestion,
  TrueFalseQuestion,
  NumericQuestion,
  ShortAnswerQuestion,
  ClozeQuestion,
  MatchingQuestion,
  OrderingQuestion
]);
export type Question = z.infer<typeof Question>;

/** A question before its id and difficulty are worked out from its content. */
export type QuestionDraft = Question extends infer Q
  ? Q extends Question
    ? Omit<Q, 'id' | 'difficulty'>
    : never
  : never;
