import { generateBank, QuestionType, type Question } from '@newsquiz/question-bank';
import { getFactBase } from '$lib/server/platform/articles';

const banks = new Map<string, Question[]>();

/**
 * The article's bank, generated once per process with a fixed seed so that ids stay put. The whole bank
 * keeps the best form of each question; asked for one type, it holds that type's forms, so a teacher who
 * wants true/false for a younger class finds them although the whole bank asks those facts otherwise.
 */
export function getBank(articleId: string, type?: QuestionType): Question[] {
  const key = `${articleId}\u0000${type ?? ''}`;
  let bank = banks.get(key);
  if (!bank) {
    bank = generateBank(getFactBase(articleId), { seed: 1, ...(type ? { types: [type] } : {}) }).questions;
    banks.set(key, bank);
  }
  return bank;
}

/** A question of the article's bank, in any of the forms a teacher can browse. */
export function findBankQuestion(articleId: string, id: string): Question | undefined {
  for (const type of [undefined, ...QuestionType.options]) {
    const question = getBank(articleId, type).find((candidate) => candidate.id === id);
    if (question) return question;
  }
  return undefined;
}
