import { distinctCount } from './near-duplicates.ts';
import type { Question } from './question.ts';

export type BankStats = {
  total: number;
  /** Questions left once near-duplicates collapse to one each. */
  distinct: number;
  byType: Record<string, number>;
  byTopic: Record<string, number>;
  bySkill: Record<string, number>;
  byDifficulty: Record<string, number>;
};

function countBy(
  questions: readonly Question[],
  key: (question: Question) => string
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const question of questions) counts[key(question)] = (counts[key(question)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Counts of a bank's questions by type, topic, skill and difficulty, each sorted by name, and how many
 * are distinct. `entityIds` are the fact base's entities, which questions share without asking the same.
 */
export function bankStats(
  questions: readonly Question[],
  entityIds: ReadonlySet<string> = new Set()
): BankStats {
  return {
    total: questions.length,
    distinct: distinctCount(questions, entityIds),
    byType: countBy(questions, (question) => question.type),
    byTopic: countBy(questions, (question) => question.topic),
    bySkill: countBy(questions, (question) => question.skill),
    byDifficulty: countBy(questions, (question) => question.difficulty.level)
  };
}
