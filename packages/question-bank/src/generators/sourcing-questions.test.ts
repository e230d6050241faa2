import { describe, expect, it } from 'vitest';
import { kermanBank, kermanFacts } from '../test-support.ts';
import type { Question } from '../question.ts';

const facts = kermanFacts();
const seeds = Array.from({ length: 20 }, (_, index) => index + 1);
const armedGroups = new Set(
  facts.entities
    .filter((entity) => entity.type === 'group' && /terrorist|militant|militia/.test(entity.subtype))
    .map((entity) => entity.name)
);

type Choice = Extract<Question, { type: 'single-choice' }>;

/** The questions that ask which source gave an account, in a bank of the seed. */
function whoSaidIt(seed: number): Choice[] {
  return kermanBank(seed).questions.filter(
    (question): question is Choice =>
      question.type === 'single-choice' &&
      /^According to the article, (?:who said|which source gave)/.test(question.stem)
  );
}

const keyText = (question: Choice) => question.options.find((option) => option.id === question.key)!.text;

describe('who said it', () => {
  it('offers two or three wrong sources, none an armed group beside officials or analysts, in any seed', () => {
    for (const seed of seeds) {
      const questions = whoSaidIt(seed);
      expect(questions.length, `seed ${seed}`).toBeGreaterThan(0);
      for (const question of questions) {
        expect(question.options.length).toBeGreaterThanOrEqual(3);
        if (armedGroups.has(keyText(question))) continue;
        const wrong = question.options.filter((option) => option.id !== question.key);
        expect(
          wrong.filter((option) => armedGroups.has(option.text)),
          question.stem
        ).toEqual([]);
      }
    }
  });

  it('names one unnamed official in the singular, as the article does', () => {
    const single = facts.statements.filter(
      (statement) =>
        statement.speaker.attribution === 'anonymous' && /^(?:a|an|one) /i.test(statement.speaker.description)
    );
    const asked = seeds
      .flatMap(whoSaidIt)
      .filter((question) => single.some((s) => s.id === question.factIds[0]));
    expect(asked.length).toBeGreaterThan(0);
    for (const question of asked) expect(keyText(question)).toMatch(/^an unnamed .* official$/);
  });

  it('offers beside a former U.S. official another U.S. source, so the answer takes reading', () => {
    const question = whoSaidIt(1).find((candidate) =>
      candidate.stem.includes('prevent Tehran from responding')
    );
    expect(question && keyText(question)).toBe('an unnamed former U.S. government official');
    expect(question!.options.map((option) => option.text)).toContain('unnamed U.S. government officials');
  });
});
