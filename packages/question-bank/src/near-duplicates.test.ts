import { describe, expect, it } from 'vitest';
import { correctAnswerText } from './answer-text.ts';
import { generateBank } from './generate-bank.ts';
import { areNearDuplicates, askOf, collapseNearDuplicates } from './near-duplicates.ts';
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
    const elsewhere = [{ paragraph: 'p28', quote: 'Yemen’s Houthis' }];
    const other = {
      ...sample('single-choice'),
      factIds: ['rel-houthis-based-in-yemen'],
      evidence: elsewhere
    };
    expect(areNearDuplicates(other, sample('single-choice'), entityIds)).toBe(false);
    const sourcing = { ...sample('single-choice'), skill: 'sourcing' as const };
    expect(areNearDuplicates(sourcing, sample('single-choice'), entityIds)).toBe(false);
  });

  it('covers a question whose facts are all asked by another: either of two true answers', () => {
    const both = { ...sample('short-answer'), factIds: ['rel-isis-k-based-in-afghanistan', 'rel-x', 'iran'] };
    expect(areNearDuplicates(sample('true-false'), both, entityIds)).toBe(true);
  });

  it('takes one fact where one question shows the other its answer as one question', () => {
    const numeric = sample('numeric');
    const [count] = correctAnswerText(numeric);
    const choice = { ...sample('single-choice'), skill: numeric.skill, factIds: numeric.factIds };
    const showing = { ...choice, explanation: `The article gives ${count} for it.` };
    expect(areNearDuplicates(numeric, showing, entityIds)).toBe(true);
    const silent = { ...choice, explanation: 'The article gives a figure for it.' };
    expect(areNearDuplicates(numeric, silent, entityIds)).toBe(areNearDuplicates(numeric, choice, entityIds));
  });

  it('takes one sentence asked twice as one question when one shows the other its answer', () => {
    // "Iran has armed which group?" keyed to the militias beside the blank of the Houthis in the sentence
    // that names both: two facts, one question.
    const cloze = sample('cloze');
    const [word] = correctAnswerText(cloze);
    const choice = {
      ...sample('single-choice'),
      skill: cloze.skill,
      factIds: ['rel-another-of-the-sentence'],
      evidence: cloze.evidence,
      explanation: `The same sentence names ${word}.`
    };
    expect(areNearDuplicates(cloze, choice, entityIds)).toBe(true);
    const elsewhere = { ...choice, evidence: [{ paragraph: 'p99', quote: 'Another sentence entirely.' }] };
    expect(areNearDuplicates(cloze, elsewhere, entityIds)).toBe(false);
  });

  it('takes two orderings of mostly the same events, or "which came first?" with one key, as one', () => {
    const ordering = kermanBank(1).questions.find((question) => question.type === 'ordering')!;
    const [first, second, third] = ordering.factIds;
    expect(ordering.factIds).toHaveLength(4);
    const mostly = { ...ordering, id: 'q-mostly', factIds: [first!, second!, third!, 'ev-other'] };
    expect(areNearDuplicates(ordering, mostly, entityIds)).toBe(true);
    const few = { ...ordering, id: 'q-few', factIds: [first!, 'ev-a', 'ev-b', 'ev-c'] };
    expect(areNearDuplicates(ordering, few, entityIds)).toBe(false);
    const choices = generateBank(kermanFacts(), { seed: 1, types: ['single-choice'] }).questions;
    const earliest = choices.find(
      (question): question is Extract<Question, { type: 'single-choice' }> =>
        question.type === 'single-choice' && askOf(question, entityIds).angle === 'order'
    )!;
    const elsewhere = [{ paragraph: 'p99', quote: 'Two other events.' }];
    const sameKey = { ...earliest, id: 'q-same-key', factIds: ['ev-a', 'ev-b'], evidence: elsewhere };
    expect(areNearDuplicates(earliest, sameKey, entityIds)).toBe(true);
    const otherKey = { ...sameKey, key: earliest.options.find((option) => option.id !== earliest.key)!.id };
    expect(areNearDuplicates(earliest, otherKey, entityIds)).toBe(false);
  });

  it('keeps the best form of each group: a typed answer over a choice, true/false only when alone', () => {
    const kept = collapseNearDuplicates(sampleQuestions(), entityIds);
    // Finding where the article says so is another angle on the same fact; a typed number goes before
    // a blank in the article's words, which its sentence often gives away.
    expect(kept.map((question) => question.type).sort()).toEqual(['evidence-selection', 'numeric']);
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
