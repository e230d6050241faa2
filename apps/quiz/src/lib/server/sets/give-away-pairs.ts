import { giveAwayPairs, type Question } from '@newsquiz/question-bank';

/** Two questions of a set, by their 1-based place in it, where what one shows states the other's answer. */
export type GiveAwayPair = { first: number; second: number };

/**
 * The pairs a teacher should hear about before students do: a student who meets both has the second
 * answered by the first's passage, or by its feedback and evidence once answered.
 */
export function setGiveAwayPairs(questions: readonly Question[]): GiveAwayPair[] {
  const place = new Map(questions.map((question, index) => [question, index + 1]));
  return giveAwayPairs(questions).map(([a, b]) => ({ first: place.get(a)!, second: place.get(b)! }));
}
