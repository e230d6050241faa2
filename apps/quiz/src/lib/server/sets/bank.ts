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

/** What a teacher picked to add: each a question of the bank, those already in the quiz left out. */
export function pickedBankQuestions(
  articleId: string,
  ids: readonly string[],
  inSet: ReadonlySet<string>
): { ok: true; questions: Question[] } | { ok: false; message: string } {
  if (ids.length === 0) return { ok: false, message: 'Tick at least one question to add.' };
  const questions: Question[] = [];
  for (const id of new Set(ids)) {
    const question = findBankQuestion(articleId, id);
    if (!question) return { ok: false, message: 'A question ticked is not in the bank.' };
    if (!inSet.has(question.id)) questions.push(question);
  }
  if (questions.length === 0) return { ok: false, message: 'Every question ticked is already in this quiz.' };
  return { ok: true, questions };
}
