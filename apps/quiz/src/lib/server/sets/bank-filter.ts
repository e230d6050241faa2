import { DifficultyLevel, QuestionType, Skill, studentView, type Question } from '@newsquiz/question-bank';
import { z } from 'zod';

export const bankPageSize = 20;

/** The bank's filter as read from the URL; a value that makes no sense is dropped, not an error. */
export const BankFilter = z.object({
  type: QuestionType.optional().catch(undefined),
  topic: z.string().max(80).optional().catch(undefined),
  skill: Skill.optional().catch(undefined),
  difficulty: DifficultyLevel.optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1)
});
export type BankFilter = z.infer<typeof BankFilter>;

/** The questions that pass the filter; words are searched in what a student sees. */
export function filterBank(bank: Question[], filter: BankFilter): Question[] {
  const needle = filter.q?.toLowerCase();
  return bank.filter(
    (question) =>
      (!filter.type || question.type === filter.type) &&
      (!filter.topic || question.topic === filter.topic) &&
      (!filter.skill || question.skill === filter.skill) &&
      (!filter.difficulty || question.difficulty.level === filter.difficulty) &&
      (!needle || JSON.stringify(studentView(question)).toLowerCase().includes(needle))
  );
}

/** One page of the matches; a page past the end shows the last one. */
export function bankPage(matches: Question[], page: number) {
  const pageCount = Math.max(1, Math.ceil(matches.length / bankPageSize));
  const current = Math.min(page, pageCount);
  const start = (current - 1) * bankPageSize;
  return { page: current, pageCount, questions: matches.slice(start, start + bankPageSize) };
}
