import { Evidence, FactId, TopicId } from '@newsquiz/facts';
import { z } from 'zod';

export const Skill = z.enum([
  'recall',
  'chronology',
  'sourcing',
  'inference',
  'central-idea',
  'reasoning',
  'application',
  'evaluation',
  'comparison'
]);
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

/** Accepted answers, compared after normalisation (see normaliseAnswer). */
export const AcceptedAnswers = z.array(z.string().min(1));
export type AcceptedAnswers = z.infer<typeof AcceptedAnswers>;

/** The fields every kind of question has; each kind adds its type, its key and what it shows. */
export const commonFields = {
  id: QuestionId,
  stem: z.string().min(1),
  explanation: z.string().min(1).describe('written for a student who has just answered'),
  evidence: z.array(Evidence),
  /**
   * False for a question that cites nothing in the article yet, such as one imported from another tool:
   * it may be used, flagged "not grounded", until a quote is added. Absent means grounded.
   */
  grounded: z.boolean().optional(),
  factIds: z.array(FactId),
  topic: TopicId,
  skill: Skill,
  difficulty: Difficulty
};

/** A choice's text by its id, or the id itself when the question has no such choice. */
export const choiceText = (choices: readonly Choice[], id: string) =>
  choices.find((choice) => choice.id === id)?.text ?? id;
