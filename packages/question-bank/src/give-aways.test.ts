import { describe, expect, it } from 'vitest';
import { generateBank } from './generate-bank.ts';
import { giveAwayPairs, givesAway } from './give-aways.ts';
import { kermanBank, kermanDraw, kermanFacts } from './test-support.ts';

describe('give-aways', () => {
  it('finds a count another question asks in a quote, in words: the missiles fired', () => {
    const { questions } = kermanBank();
    const missiles = questions.find((question) => question.factIds.includes('missiles-fired-four'))!;
    const quoting = questions.filter((question) =>
      question.evidence.some((item) => item.quote.includes('fired four Kheibar Shekan'))
    );
    expect(quoting.length).toBeGreaterThan(1);
    expect(quoting.filter((question) => question !== missiles).some((q) => givesAway(q, missiles))).toBe(
      true
    );
  });

  it('finds no give-away in a true/false, whose answer no text states', () => {
    const { questions } = generateBank(kermanFacts(), { types: ['true-false'] });
    expect(questions.every((asked) => questions.every((giver) => !givesAway(giver, asked)))).toBe(true);
  });

  // A hundred draws: seconds on an idle machine, far more beside the browser tests.
  it(
    'never draws a question whose feedback or evidence answers another, seeds 1 to 100',
    { timeout: 180_000 },
    () => {
      for (let seed = 1; seed <= 100; seed += 1) {
        const questions = kermanDraw(seed);
        const pairs = giveAwayPairs(questions).map(([a, b]) => `${a.stem} / ${b.stem}`);
        expect(pairs, `seed ${seed}`).toEqual([]);
      }
    }
  );
});
