import { describe, expect, it } from 'vitest';
import { areNearDuplicates, collapseNearDuplicates } from './near-duplicates.ts';
import type { Question } from './question.ts';
import { kermanBank, kermanFacts, sampleQuestions } from './test-support.ts';

const entityIds = new Set(kermanFacts().entities.map((entity) => entity.id));
const sample = (type: Question['type']) => sampleQuestions().find((question) => question.type === type)!;

describe('near-duplicates', () => {
  it('takes one fact asked the same way in any type as one question', () => {
    expect(areNearDuplicates(sample('true-false'), sample('single-choice'), entityIds)).toBe(true);
    expect(areNearDuplicates(sample('cloze'), sample('short-answer'), entityIds)).toBe(true);
  });

  it('tells apart another fact, or the same fact asked from another angle', () => {
    const other = { ...sample('single-choice'), factIds: ['rel-houthis-based-in-yemen'] };
    expect(areNearDuplicates(other, sample('single-choice'), entityIds)).toBe(false);
    const sourcing = { ...sample('single-choice'), skill: 'sourcing' as const };
    expect(areNearDuplicates(sourcing, sample('single-choice'), entityIds)).toBe(false);
  });

  it('covers a question whose facts are all asked by another: either of two true answers', () => {
    const both = { ...sample('short-answer'), factIds: ['rel-isis-k-based-in-afghanistan', 'rel-x', 'iran'] };
    expect(areNearDuplicates(sample('true-false'), both, entityIds)).toBe(true);
  });

  it('keeps the best form of each group: a typed answer over a choice, true/false only when alone', () => {
    const kept = collapseNearDuplicates(sampleQuestions(), entityIds);
    // Finding where the article says so is another angle on the same fact.
    expect(kept.map((question) => question.type).sort()).toEqual(['cloze', 'evidence-selection']);
    const alone = sampleQuestions().filter((question) => question.type === 'true-false');
    expect(collapseNearDuplicates(alone, entityIds)).toEqual(alone);
  });

  it('leaves no two near-duplicates in a bank, seeds 1 to 20', () => {
    for (let seed = 1; seed <= 20; seed += 1) {
      const { questions } = kermanBank(seed);
      const pairs = questions.flatMap((first, index) =>
        questions
          .slice(index + 1)
          .filter((second) => areNearDuplicates(first, second, entityIds))
          .map((second) => `${first.stem} / ${second.stem}`)
      );
      expect(pairs, `seed ${seed}`).toEqual([]);
    }
  });
});
