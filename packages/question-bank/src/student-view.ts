import { z } from 'zod';
import { Choice, DifficultyLevel, QuestionId, QuestionType, Skill, type Question } from './question.ts';

/**
 * What a student may see before answering: no key, no explanation, and no evidence or fact ids,
 * which name the answer as often as not.
 */
export const StudentQuestion = z
  .object({
    id: QuestionId,
    type: QuestionType,
    stem: z.string(),
    options: z.array(Choice).optional(),
    prompts: z.array(Choice).optional(),
    passage: z.string().optional(),
    unit: z.string().optional(),
    topic: z.string(),
    skill: Skill,
    difficulty: DifficultyLevel
  })
  .strict();
export type StudentQuestion = z.infer<typeof StudentQuestion>;

export function studentView(question: Question): StudentQuestion {
  const view: StudentQuestion = {
    id: question.id,
    type: question.type,
    stem: question.stem,
    topic: question.topic,
    skill: question.skill,
    difficulty: question.difficulty.level
  };
  if ('options' in question) view.options = question.options.map(({ id, text }) => ({ id, text }));
  if ('prompts' in question) view.prompts = question.prompts.map(({ id, text }) => ({ id, text }));
  if ('passage' in question) view.passage = question.passage;
  if ('unit' in question && question.unit !== undefined) view.unit = question.unit;
  return view;
}
