import { describe, expect, it } from 'vitest';
import { giveAwayPairs } from './give-aways.ts';
import { practiceDraws } from './practice-draw.ts';
import type { Question } from './question.ts';
import { seededRandom } from './random.ts';
import { sampleOf } from './test-support.ts';

/** A hand-made short answer on one fact, quoting a sentence of its own, keyed to `answer`. */
const asking = (fact: string, answer: string, explanation = 'The article says so.'): Question => ({
  ...sampleOf('short-answer'),
  id: `q-${fact}-${answer}`.toLowerCase().replace(/[^a-z0-9-]/g, ''),
  stem: `Which one, of ${fact}?`,
  key: [answer],
  explanation,
  factIds: [fact],
  evidence: [{ paragraph: `p-${fact}-${answer}`, quote: `A sentence about ${fact} and ${answer}.` }]
});

/** Draws of `count` from a bank weighed once, by seed. */
const drawsOf = (questions: Question[], count: number) => {
  const draws = practiceDraws(questions, count, new Set(), seededRandom(0, 'weights'));
  return (seed: number) => draws(seededRandom(seed, 'draw'));
};

const factsOf = (questions: Question[]) => questions.map((question) => question.factIds[0]);

describe('practice draws', () => {
  it('asks each fact once while it can, and repeats facts only when they run out', () => {
    // Two-word answers: a one-word "KermanAlpha" would read as named by the stem's "Kerman".
    const bank = ['Kerman', 'Kabul', 'Idlib'].flatMap((fact) => [
      asking(fact, `${fact} Alpha`),
      asking(fact, `${fact} Beta`)
    ]);
    const [three, five] = [drawsOf(bank, 3), drawsOf(bank, 5)];
    for (let seed = 1; seed <= 20; seed++) {
      expect(new Set(factsOf(three(seed))).size).toBe(3);
      const drawn = five(seed);
      expect(drawn).toHaveLength(5);
      expect(new Set(factsOf(drawn)).size).toBe(3);
    }
  });

  it('stops short rather than draw a question whose feedback answers another', () => {
    const answered = asking('Kerman', 'Alpha');
    const giver = asking('Kabul', 'Beta', 'The answer to the other one is Alpha.');
    const other = asking('Idlib', 'Gamma');
    const three = drawsOf([answered, giver, other], 3);
    for (let seed = 1; seed <= 20; seed++) {
      const drawn = three(seed);
      expect(drawn).toHaveLength(2);
      expect(giveAwayPairs(drawn)).toEqual([]);
    }
  });

  it('gives a question that clashes with many about the same share of draws as one that clashes with none', () => {
    // The hub's explanation answers every spoke; a plain random order would draw the hub in few draws.
    const answers = Array.from({ length: 8 }, (_, index) => `Answer${index}`);
    const spokes = answers.map((answer, index) => asking(`fact${index}`, answer));
    const hub = asking('hub', 'Hub', `The answers are ${answers.join(', ')}.`);
    const free = Array.from({ length: 8 }, (_, index) => asking(`free${index}`, `Free${index}`));
    const bank = [hub, ...spokes, ...free];
    const draws = 2_000;
    const four = drawsOf(bank, 4);
    const times = new Map<string, number>();
    for (let seed = 1; seed <= draws; seed++) {
      for (const { id } of four(seed)) times.set(id, (times.get(id) ?? 0) + 1);
    }
    const average = (draws * 4) / bank.length;
    expect(times.get(hub.id)! / average).toBeGreaterThan(0.8);
    expect(Math.max(...times.values()) / average).toBeLessThan(1.25);
  });
});
