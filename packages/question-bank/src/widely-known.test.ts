import { describe, expect, it } from 'vitest';
import { kermanBank, kermanFacts } from './test-support.ts';

const facts = kermanFacts();
const ideaIds = new Set(facts.ideas.map((idea) => idea.id));
const widelyKnown = new Set(
  [...facts.relations, ...facts.events].filter((fact) => fact.widelyKnown).map((fact) => fact.id)
);

describe('facts a well-read student knows without the article', () => {
  it('are marked in the fact base: who ordered the strike on Soleimani, the year of the revolution', () => {
    expect(widelyKnown).toContain('rel-trump-ordered-drone-strike');
    expect(widelyKnown).toContain('iranian-revolution');
  });

  // The 2021 Kabul airport bombing, in the U.S. pullout, is dated by anyone who follows the news.
  it('take in the Kabul airport bombing and the U.S. withdrawal from Afghanistan, whose dates are asked by no question', () => {
    expect(widelyKnown).toContain('kabul-airport-bombing');
    expect(widelyKnown).toContain('us-withdrawal-afghanistan');
    for (let seed = 1; seed <= 10; seed += 1) {
      const dating = kermanBank(seed).questions.filter(
        (question) =>
          question.skill === 'chronology' &&
          /Kabul airport bombing|U\.S\. withdrawal from Afghanistan/.test(JSON.stringify(question))
      );
      expect(dating.map((question) => question.stem)).toEqual([]);
    }
  });

  // A question about a key idea may rest on one (most Iranians are Shiite) without asking it.
  it('are asked by no question, in any of ten seeds', () => {
    for (let seed = 1; seed <= 10; seed += 1) {
      const asking = kermanBank(seed).questions.filter(
        (question) => !ideaIds.has(question.factIds[0]!) && question.factIds.some((id) => widelyKnown.has(id))
      );
      expect(asking.map((question) => question.stem)).toEqual([]);
    }
  });
});
