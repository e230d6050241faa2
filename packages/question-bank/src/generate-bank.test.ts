import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateBank } from './generate-bank.ts';
import { enoughForEveryDraw } from './practice-draw.ts';
import { lintQuestion } from './gates/lint-question.ts';
import { askOf } from './near-duplicates.ts';
import { formatQuestionProblem } from './gates/question-problem.ts';
import { DifficultyLevel, QuestionType, Skill } from './question.ts';
import { kermanBank, kermanDraw, kermanFacts } from './test-support.ts';
import { beyondRecall } from './skills.ts';
import { statedNumbers } from './stated-numbers.ts';

const topics = kermanFacts().topics.map((topic) => topic.id);

const optionsArbitrary = fc.record(
  {
    seed: fc.integer({ min: 0, max: 0xffffffff }),
    count: fc.integer({ min: 1, max: 60 }),
    types: fc.uniqueArray(fc.constantFrom(...QuestionType.options), { minLength: 1 }),
    topics: fc.uniqueArray(fc.constantFrom(...topics), { minLength: 1 }),
    skills: fc.uniqueArray(fc.constantFrom(...Skill.options), { minLength: 1 }),
    difficulty: fc.uniqueArray(fc.constantFrom(...DifficultyLevel.options), { minLength: 1 }),
    variants: fc.integer({ min: 1, max: 5 })
  },
  { requiredKeys: ['seed'] }
);

describe('generateBank', () => {
  it('makes every question type from the Kerman article, true/false only when asked for it alone', () => {
    // A true/false is kept only where it is the only form of its fact; every Kerman fact has a better one.
    const types = new Set(kermanBank().questions.map((question) => question.type));
    expect([...types].sort()).toEqual(QuestionType.options.filter((type) => type !== 'true-false').sort());
    const skills = new Set(kermanBank().questions.map((question) => question.skill));
    expect([...skills].sort()).toEqual([...Skill.options].sort());
    expect(generateBank(kermanFacts(), { types: ['true-false'] }).questions.length).toBeGreaterThan(0);
  });

  it('makes only items that pass every quality gate and fit the options, whatever the seed', () => {
    fc.assert(
      fc.property(optionsArbitrary, (options) => {
        const { questions } = generateBank(kermanFacts(), options);
        if (options.count !== undefined) expect(questions.length).toBeLessThanOrEqual(options.count);
        for (const question of questions) {
          const result = lintQuestion(question);
          expect(result.ok ? [] : result.problems.map(formatQuestionProblem), question.stem).toEqual([]);
          if (options.types) expect(options.types).toContain(question.type);
          if (options.topics) expect(options.topics).toContain(question.topic);
          if (options.skills) expect(options.skills).toContain(question.skill);
          if (options.difficulty) expect(options.difficulty).toContain(question.difficulty.level);
        }
      }),
      { numRuns: 10 }
    );
  });

  it('gives byte-identical JSON for the same facts, options and seed', () => {
    fc.assert(
      fc.property(optionsArbitrary, (options) => {
        const first = JSON.stringify(generateBank(kermanFacts(), options));
        expect(JSON.stringify(generateBank(structuredClone(kermanFacts()), { ...options }))).toBe(first);
      }),
      { numRuns: 4 }
    );
  });

  it('draws different questions and option orders for different seeds', () => {
    const one = generateBank(kermanFacts(), { seed: 1, count: 20 }).questions.map((question) => question.id);
    const two = generateBank(kermanFacts(), { seed: 2, count: 20 }).questions.map((question) => question.id);
    expect(one).not.toEqual(two);
    const orders = (seed: number) =>
      kermanBank(seed)
        .questions.filter((question) => question.type === 'single-choice')
        .map((question) => question.options.map((option) => option.text).join('|'))
        .sort();
    expect(orders(1)).not.toEqual(orders(2));
  });

  it('asks which wordings of one count are right, "more than 80" and "84" both among them', () => {
    // In the whole bank the count's numeric question asks the same fact; a teacher choosing this type gets it.
    const { questions } = generateBank(kermanFacts(), { types: ['multiple-response'] });
    const question = questions.find(
      (item) => item.type === 'multiple-response' && item.factIds.includes('killed-84')
    );
    expect(question?.type).toBe('multiple-response');
    if (question?.type !== 'multiple-response') return;
    const right = question.options
      .filter((option) => question.key.includes(option.id))
      .map((option) => option.text);
    expect(right.sort()).toEqual(['84', 'more than 80']);
    expect(question.options).toHaveLength(5);
    // The wrong ones are the article's other counts, which a careless reader mixes up, not made-up numbers.
    const articleNumbers = new Set(
      kermanFacts().article.paragraphs.flatMap((paragraph) => statedNumbers(paragraph.text))
    );
    const wrong = question.options.filter((option) => !question.key.includes(option.id));
    for (const option of wrong) expect(articleNumbers, option.text).toContain(statedNumbers(option.text)[0]);
  });

  it('asks no relation whose answer the headline or dek names, and those that take reading', () => {
    // A relation's own question names it first; an idea lists it among the facts it rests on.
    const asked = new Set(kermanBank().questions.map((question) => question.factIds[0]));
    // "Which group was responsible?" is answered by "… Ahead of Islamic State Terrorist Attack".
    expect(asked).not.toContain('rel-islamic-state-responsible-for-kerman');
    expect(asked).not.toContain('rel-us-warned-iran');
    expect(asked).toContain('rel-isis-k-responsible-for-kerman');
  });

  it('never shows an ordering question already in order', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      for (const question of generateBank(kermanFacts(), { seed, types: ['ordering'], variants: 5 })
        .questions) {
        if (question.type !== 'ordering') continue;
        expect(question.options.map((option) => option.id)).not.toEqual(question.key);
      }
    }
  });

  // Up to 18: at 20, 5 draws in 200 must ask a fact twice (the two rules applied to the duty to warn, for
  // one, both rest on the directive).
  // Each run generates a bank and weighs it for drawing: about a second each beside the browser tests.
  it(
    'asks about each fact once in a draw, so no feedback answers another question of the draw',
    { timeout: 180_000 },
    () => {
      const entityIds = new Set(kermanFacts().entities.map((entity) => entity.id));
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 0xffffffff }),
          fc.integer({ min: 2, max: 12 }),
          (seed, count) => {
            const { questions } = generateBank(kermanFacts(), { seed, count });
            expect(questions).toHaveLength(count);
            const facts = questions.flatMap((question) =>
              question.factIds.filter((id) => !entityIds.has(id))
            );
            expect(new Set(facts).size).toBe(facts.length);
            for (const [index, question] of questions.entries()) {
              const others = questions
                .filter((_, other) => other !== index)
                .map((other) => JSON.stringify(other));
              expect(others.some((text) => text.includes(question.explanation))).toBe(false);
            }
          }
        ),
        { numRuns: 20 }
      );
    }
  );

  // Counted in one bank, as the app draws: each bank words its options in an order of its own seed, so
  // one question has another id in each, and counts over banks of many seeds would split its draws.
  // The promise is a fifth; the test holds a margin below it, as the weighing alone came to 20% here.
  it('spreads practice draws over the bank: no question is in more than 18% of 2,000 draws of 10', () => {
    const draws = 2_000;
    const appearances = new Map<string, number>();
    for (let seed = 1; seed <= draws; seed += 1) {
      for (const { id } of kermanDraw(seed)) appearances.set(id, (appearances.get(id) ?? 0) + 1);
    }
    expect(Math.max(...appearances.values())).toBeLessThanOrEqual(draws * 0.18);
    // Every question has its turn: none is left out of the draws for clashing with many.
    expect(appearances.size).toBe(kermanBank().questions.length);
  });

  it(
    'asks more than recall in at least three of every ten drawn questions, in 100 seeds',
    { timeout: 180_000 },
    () => {
      const short = Array.from({ length: 100 }, (_, index) => index + 1).filter(
        (seed) => kermanDraw(seed).filter((question) => beyondRecall(question.skill)).length < 3
      );
      expect(short).toEqual([]);
    }
  );

  it(
    'mixes types in a short bank: every type with questions enough is in any draw of eight or more',
    { timeout: 180_000 },
    () => {
      // Not every type: one with fewer questions than draws can spread them over sits some draws out, or
      // its few would be in most draws.
      const { questions } = kermanBank();
      const rich = QuestionType.options.filter((type) =>
        enoughForEveryDraw(questions.filter((question) => question.type === type).length)
      ).length;
      expect(rich).toBeGreaterThanOrEqual(3);
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 0xffffffff }),
          fc.integer({ min: QuestionType.options.length - 1, max: 30 }),
          (seed, count) => {
            const drawn = new Set(generateBank(kermanFacts(), { seed, count }).questions.map((q) => q.type));
            expect(drawn.size).toBeGreaterThanOrEqual(rich);
          }
        ),
        { numRuns: 20 }
      );
    }
  );

  it('asks one fact from several angles: who said it, why, and where', () => {
    const entityIds = new Set(kermanFacts().entities.map((entity) => entity.id));
    const angles = kermanBank()
      .questions.filter((question) => question.factIds.includes('st-vatanka-birthplace'))
      .map((question) => askOf(question, entityIds).angle);
    // Vatanka's words are asked as a source's (matching), as one reason the attack humiliated Tehran
    // (reasoning), and as where the article supports that reason (paragraph 39).
    expect([...new Set(angles)].sort()).toEqual(['paragraph p39', 'reasoning', 'speaker']);
  });

  it('gives every question unique ids, a topic of the article and evidence quoted from it', () => {
    const paragraphs = new Map(
      kermanFacts().article.paragraphs.map((paragraph) => [paragraph.id, paragraph.text])
    );
    const { questions } = kermanBank();
    expect(new Set(questions.map((question) => question.id)).size).toBe(questions.length);
    for (const question of questions) {
      expect(topics).toContain(question.topic);
      for (const item of question.evidence) expect(paragraphs.get(item.paragraph)).toContain(item.quote);
    }
  });

  it('rejects bad options, naming each', () => {
    expect(() => generateBank(kermanFacts(), { seed: -1 })).toThrow(/seed/);
    expect(() => generateBank(kermanFacts(), { types: ['essay' as never] })).toThrow(/types/);
  });
});
