import { TopicId } from '@newsquiz/facts';
import { z } from 'zod';
import { DifficultyLevel, QuestionType, Skill } from './question.ts';

export const BankOptions = z
  .object({
    seed: z.number().int().min(0).max(0xffffffff).default(1),
    count: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('draw this many; all that pass the filters if absent'),
    types: z.array(QuestionType).min(1).optional(),
    topics: z.array(TopicId).min(1).optional(),
    skills: z.array(Skill).min(1).optional(),
    difficulty: z.array(DifficultyLevel).min(1).optional(),
    variants: z
      .number()
      .int()
      .min(1)
      .max(5)
      .default(2)
      .describe('how many distinct questions of one type one fact or set may give')
  })
  .strict();
export type BankOptions = z.infer<typeof BankOptions>;
export type BankOptionsInput = z.input<typeof BankOptions>;

export type BankOptionsProblem = { code: 'invalid-option'; path: (string | number)[]; message: string };

export type BankOptionsResult =
  { ok: true; options: BankOptions } | { ok: false; problems: BankOptionsProblem[] };

export function parseBankOptions(input: unknown): BankOptionsResult {
  const parsed = BankOptions.safeParse(input);
  if (parsed.success) return { ok: true, options: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      code: 'invalid-option',
      path: issue.path.filter((segment) => typeof segment !== 'symbol'),
      message: issue.message
    }))
  };
}
