import { describe, expect, it } from 'vitest';
import { allFacts } from '@newsquiz/facts';
import { kermanBank, kermanFacts } from '../test-support.ts';
import type { Question } from '../question.ts';
import { foundByWords, wordMatcher } from '../word-matching.ts';

const facts = kermanFacts();
const seeds = Array.from({ length: 10 }, (_, index) => index + 1);

type Selection = Extract<Question, { type: 'evidence-selection' }>;

const topicsOf = new Map<string, Set<string>>();
for (const fact of allFacts(facts)) {
  for (const item of fact.evidence) {
    topicsOf.set(item.paragraph, new Set([...(topicsOf.get(item.paragraph) ?? []), ...fact.topics]));
  }
}

function selections(seed: number): Selection[] {
  return kermanBank(seed).questions.filter(
    (question): question is Selection => question.type === 'evidence-selection'
  );
}

/**
 * When the question asks about one answer of an idea: the paragraphs holding its other answers, and
 * the near misses an editor chose for it.
 */
function siblingParagraphs(question: Selection): Set<string> {
  const idea = facts.ideas.find((candidate) => candidate.id === question.factIds[0]);
  if (!idea) return new Set();
  return new Set([
    ...idea.answers.flatMap((answer) => answer.evidence.map((item) => item.paragraph)),
    ...idea.nearMisses
  ]);
}

describe('show where the article says so', () => {
  it('offers wrong paragraphs on the question’s topic, holding another answer or a near miss, in any seed', () => {
    for (const seed of seeds) {
      for (const question of selections(seed)) {
        const wrong = question.options.filter((option) => !question.key.includes(option.id));
        const offTopic = wrong.filter(
          (option) =>
            !topicsOf.get(option.id)?.has(question.topic) && !siblingParagraphs(question).has(option.id)
        );
        expect(
          offTopic.map((option) => option.id),
          question.stem
        ).toEqual([]);
        // A paragraph found by its topic alone is often on another point: an idea offers only its own.
        if (facts.ideas.some((idea) => idea.id === question.factIds[0]))
          expect(
            wrong.every((option) => siblingParagraphs(question).has(option.id)),
            question.stem
          ).toBe(true);
      }
    }
  });

  it('never lets the question’s words alone point to the right paragraph, in any seed', () => {
    const body = facts.article.paragraphs.filter((paragraph) => paragraph.kind === 'body');
    const matcher = wordMatcher(body.map((paragraph) => paragraph.text));
    for (const seed of seeds) {
      for (const question of selections(seed)) {
        const lead = question.stem.replace(/ Which paragraph of the article .*$/, '');
        const texts = (right: boolean) =>
          question.options
            .filter((option) => question.key.includes(option.id) === right)
            .map((option) => option.text);
        expect(foundByWords(matcher, lead, texts(true), texts(false)), question.stem).toBe(false);
      }
    }
  });

  it('offers, for one reason the U.S. warned Iran, the paragraphs that give the other reasons', () => {
    const reasons = selections(1).filter((question) =>
      question.stem.startsWith(
        'Asked “Why, according to current and former U.S. officials, did the U.S. warn Iran, an adversary, of the plot?”'
      )
    );
    expect(reasons.length).toBeGreaterThanOrEqual(3);
    for (const question of reasons) {
      expect(question.options.map((option) => option.id)).toEqual(['p12', 'p29', 'p30', 'p33']);
    }
    expect(new Set(reasons.map((question) => question.key[0])).size).toBe(reasons.length);
  });
});
