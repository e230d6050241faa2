import { generateBank, type Question } from '@newsquiz/question-bank';
import { getFactBase } from '$lib/server/platform/articles';

const banks = new Map<string, Question[]>();

/** The article's whole bank, generated once per process with a fixed seed so that ids stay put. */
export function getBank(articleId: string): Question[] {
  let bank = banks.get(articleId);
  if (!bank) {
    bank = generateBank(getFactBase(articleId), { seed: 1 }).questions;
    banks.set(articleId, bank);
  }
  return bank;
}
