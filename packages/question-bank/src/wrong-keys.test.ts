import { beforeAll, describe, expect, it } from 'vitest';
import { kermanBank, kermanFacts } from './test-support.ts';
import { wrongKeys, type WrongKey, type WrongKeyCause } from './wrong-keys.ts';

// Every seed a teacher might draw from 1 to 100, each generated once and shared by every check:
// about 20 s on an idle 2-core machine (some 0.2 s a bank), more when it is busy, hence the long hook.
const seeds = Array.from({ length: 100 }, (_, position) => position + 1);
const wrongBySeed = new Map<number, WrongKey[]>();
beforeAll(() => {
  for (const seed of seeds) wrongBySeed.set(seed, wrongKeys(kermanBank(seed), kermanFacts()));
}, 300_000);

function of(cause: WrongKeyCause): string[] {
  return [...wrongBySeed].flatMap(([seed, wrong]) =>
    wrong
      .filter((item) => item.cause === cause)
      .map((item) => `seed ${seed}: ${item.question} (${item.detail})`)
  );
}

describe('no wrong key in any seed', () => {
  it('never asks or states a past tie in the present tense', () => {
    expect(of('past-in-present')).toEqual([]);
  });

  it('keys nothing false that is true under the part-of, affiliate and time closure', () => {
    expect(of('false-may-hold')).toEqual([]);
  });

  it('never offers two options of which one is, or is part of, the other', () => {
    expect(of('overlapping-options')).toEqual([]);
  });

  it('never asks a claim as plain fact, nor gives the reporters’ sentence to a source', () => {
    expect(of('claim-as-fact')).toEqual([]);
  });
});

describe('wrongKeys', () => {
  const facts = kermanFacts();
  const bank = (question: object) =>
    ({ ...kermanBank(), questions: [question] }) as ReturnType<typeof kermanBank>;
  const base = {
    id: 'q-0000000000000000',
    explanation: 'x',
    evidence: [{ paragraph: 'p10', quote: 'then-President Donald Trump' }],
    topic: 'the-attack',
    skill: 'recall',
    difficulty: { level: 'easy', score: 0, reasons: [] }
  };

  it('finds each wrong key the review of seed 1 found', () => {
    const causes = (question: object) =>
      wrongKeys(bank({ ...base, ...question }), facts).map((item) => item.cause);
    expect(
      causes({
        type: 'true-false',
        stem: 'True or false: Donald Trump leads United States.',
        key: true,
        factIds: ['rel-trump-leader-of-us', 'united-states']
      })
    ).toEqual(['past-in-present']);
    expect(
      causes({
        type: 'true-false',
        stem: 'True or false: Islamic State operatives were responsible for the Kabul airport bombing.',
        key: false,
        factIds: ['rel-isis-k-responsible-for-kabul', 'islamic-state-operatives']
      })
    ).toEqual(['false-may-hold']);
    expect(
      causes({
        type: 'single-choice',
        stem: 'According to the article, who said: “With Iran, it gets gray”?',
        options: [
          { id: 'a', text: 'Douglas London' },
          { id: 'b', text: 'unnamed officials' },
          { id: 'c', text: 'unnamed U.S. government officials' }
        ],
        key: 'a',
        skill: 'sourcing',
        factIds: ['st-london-gets-gray']
      })
    ).toEqual(['overlapping-options']);
    expect(
      causes({
        type: 'true-false',
        stem: 'True or false: Tajik operatives are based in Afghanistan.',
        key: true,
        factIds: ['rel-tajik-operatives-based-in-afghanistan', 'afghanistan']
      })
    ).toEqual(['claim-as-fact']);
  });
});
