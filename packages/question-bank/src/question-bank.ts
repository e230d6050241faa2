import { FactId } from '@newsquiz/facts';
import { z } from 'zod';
import { Question } from './question.ts';

/** A bank as stored and exported: the questions and what they were made from. */
export const QuestionBank = z
  .object({
    $schema: z.string().optional(),
    format: z.literal('newsquiz-question-bank'),
    version: z.literal(1),
    article: FactId.describe('the id of the article the questions are about'),
    title: z.string().min(1),
    seed: z.number().int().nonnegative().optional().describe('absent for a bank not generated'),
    questions: z.array(Question)
  })
  .strict()
  .meta({ title: 'Newsquiz question bank', description: 'Graded, cited questions about one article.' });
export type QuestionBank = z.infer<typeof QuestionBank>;
