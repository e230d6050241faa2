import { describe, expect, it } from 'vitest';
import { indexFacts } from '../fact-index.ts';
import { seededRandom } from '../random.ts';
import { kermanBank, kermanFacts } from '../test-support.ts';
import { attributionLabels, sourcingGenerators, unverifiedLabel } from './sourcing-questions.ts';
import type { Statement } from '@newsquiz/facts';
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

/** The countries an account speaks of, through the bodies it names: Iran for “the regime”. */
function statementCountries(statement: Statement): string[] {
  const closure = indexFacts(facts).closure;
  return statement.about.flatMap((id) =>
    [...closure.wholesOf(id)].filter((whole) =>
      facts.entities.some(
        (entity) => entity.id === whole && entity.type === 'place' && entity.subtype === 'country'
      )
    )
  );
}

const weighedAsTheirSources = new Set(
  facts.ideas.flatMap((idea) =>
    idea.form === 'claim-evaluation' &&
    idea.about.length === 1 &&
    idea.answers.some((answer) => answer.source === idea.about[0])
      ? idea.about
      : []
  )
);

describe('who said it', () => {
  it('gives three wrong sources where the camp has two and the account speaks of the other side too, in any seed', () => {
    for (const seed of seeds) {
      const question = whoSaidIt(seed).find((candidate) =>
        candidate.factIds.includes('st-hard-liners-enduring-foes')
      );
      if (!question) throw new Error(`seed ${seed}: no who-said-it on the hard-liners' enduring foes`);
      expect(question.options, `seed ${seed}`).toHaveLength(4);
    }
  });

  it('names a faction as the article does, never as an unnamed source, in any seed', () => {
    for (const seed of seeds) {
      for (const question of whoSaidIt(seed)) {
        const texts = question.options.map((option) => option.text);
        expect(texts, question.stem).not.toContain('unnamed Iranian hard-liners');
        if (question.factIds[0]!.startsWith('st-hard-liners'))
          expect(keyText(question)).toBe('Iranian hard-liners');
      }
    }
  });

  it('asks no who said it of a claim a key idea weighs as its source’s alone: the idea asks it', () => {
    expect([...weighedAsTheirSources]).toContain('st-tehran-claimed-targets');
    for (const seed of seeds) {
      for (const question of whoSaidIt(seed)) {
        expect(weighedAsTheirSources.has(question.factIds[0]!), question.stem).toBe(false);
      }
    }
  });

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

  it('names one unnamed official in the singular, as the article does, in who said it and matching', () => {
    const single = new Set(
      facts.statements
        .filter(
          (statement) =>
            statement.speaker.attribution === 'anonymous' &&
            /^(?:a|an|one) /i.test(statement.speaker.description)
        )
        .map((statement) => statement.id)
    );
    const labels = seeds.flatMap((seed) =>
      kermanBank(seed).questions.flatMap((question) => {
        if (question.type === 'matching' && question.skill === 'sourcing')
          return question.key
            .filter((_, position) => single.has(question.factIds[position]!))
            .map((pair) => question.options.find((option) => option.id === pair.option)!.text);
        if (
          question.type === 'single-choice' &&
          single.has(question.factIds[0]!) &&
          whoSaidIt(seed).includes(question)
        )
          return [keyText(question)];
        return [];
      })
    );
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/^an unnamed .* official$/);
  });

  it('keys Iran’s hard-liners a loosely described group, with no unnamed source beside it, in any seed', () => {
    const index = indexFacts(facts);
    for (const seed of seeds) {
      const drafts = sourcingGenerators['sourcing-attribution']!({
        index,
        random: seededRandom(seed, 'sourcing-attribution'),
        variants: 1
      });
      const question = drafts.find((draft) => draft.factIds.includes('st-hard-liners-enduring-foes'));
      if (question?.type !== 'single-choice')
        throw new Error(`seed ${seed}: no single choice on the hard-liners`);
      const texts = question.options.map((option) => option.text);
      expect(texts.find((_, position) => question.options[position]!.id === question.key)).toBe(
        'a loosely described group'
      );
      expect(texts).not.toContain(attributionLabels.anonymous);
      expect(texts).toHaveLength(5);
    }
  });

  it('fills the third wrong place from the same topic when the source’s own camp has only two, in any seed', () => {
    const index = indexFacts(facts);
    const ownCampOfTwo = [
      'st-salami-mercenaries',
      'st-salami-us-israel-responsible',
      'st-hard-liners-us-israel-link'
    ];
    for (const seed of seeds) {
      const drafts = sourcingGenerators['sourcing-who-said-it']!({
        index,
        random: seededRandom(seed, 'sourcing-who-said-it'),
        variants: 1
      });
      for (const id of ownCampOfTwo) {
        const question = drafts.find((draft) => draft.factIds.includes(id));
        if (question?.type !== 'single-choice') throw new Error(`seed ${seed}: no single choice on ${id}`);
        expect(
          question.options.map((option) => option.text),
          `seed ${seed}: ${id}`
        ).toContain('Alex Vatanka');
      }
    }
  });

  it('offers categories of source that exclude one another: only one says the name is missing', () => {
    const index = indexFacts(facts);
    const drafts = sourcingGenerators['sourcing-attribution']!({
      index,
      random: seededRandom(1, 'sourcing-attribution'),
      variants: 1
    });
    const keyed = drafts.find((draft) => draft.factIds.includes('st-us-officials-isis-k-dangerous'));
    if (keyed?.type !== 'single-choice') throw new Error('no single choice on the U.S. officials');
    const nameless = keyed.options.filter((option) => /\bno name|unnamed|nameless/i.test(option.text));
    expect(nameless.map((option) => option.id)).toEqual([keyed.key]);
  });

  it('shows a student the facts the article gives against a disputed claim, in evidence and explanation', () => {
    const index = indexFacts(facts);
    const drafts = ['sourcing-claim-or-confirmed', 'sourcing-confirmed-true-false'].flatMap((name) =>
      sourcingGenerators[name]!({ index, random: seededRandom(1, name), variants: 1 })
    );
    const disputed = drafts.filter((draft) =>
      facts.statements.some(
        (statement) => statement.id === draft.factIds[0] && statement.stance === 'disputed'
      )
    );
    expect(disputed.length).toBeGreaterThan(0);
    for (const draft of disputed) {
      const statement = facts.statements.find((item) => item.id === draft.factIds[0])!;
      expect(statement.against?.length, statement.id).toBeGreaterThan(0);
      for (const item of statement.against!) {
        expect(draft.evidence, statement.id).toContainEqual(item);
        expect(draft.explanation, statement.id).toContain(`(paragraph ${item.paragraph.slice(1)})`);
      }
    }
  });

  it('offers no body that a source of the same facts stands inside: not the Iranian government beside Salami', () => {
    for (const seed of seeds) {
      for (const question of whoSaidIt(seed)) {
        if (!question.factIds.includes('st-hard-liners-us-israel-link')) continue;
        const texts = question.options.map((option) => option.text);
        expect(texts, question.stem).not.toContain('Iranian government');
      }
    }
  });

  it('never offers a source of one country as the lure for another’s words, unless they speak of both, in any seed', () => {
    const iranian = /Iran|Salami|IRGC|Ministry of Intelligence/;
    const american = /U\.S\.|American|Biden|London|CIA/;
    // “The U.S. and Israel are Iran’s enduring foes” speaks of both sides: either side might have said it.
    const bothSides = new Set(
      facts.statements
        .filter((statement) =>
          ['united-states', 'iran'].every((id) => statementCountries(statement).includes(id))
        )
        .map((statement) => statement.id)
    );
    for (const seed of seeds) {
      for (const question of whoSaidIt(seed)) {
        if (bothSides.has(question.factIds[0]!)) continue;
        const texts = question.options.map((option) => option.text);
        const sides = [iranian, american].filter((side) => texts.some((text) => side.test(text)));
        expect(sides, `${question.stem}: ${texts.join(' / ')}`).toHaveLength(1);
      }
    }
  });

  it('offers Hossein Salami’s words beside other Iranian sources, none overlapping him', () => {
    const question = whoSaidIt(1).find((candidate) => candidate.stem.includes('has disappeared nowadays'))!;
    const wrong = question.options
      .filter((option) => option.id !== question.key)
      .map((option) => option.text);
    expect(keyText(question)).toBe('Hossein Salami');
    expect(wrong).toEqual(
      expect.arrayContaining(['IRGC Aerospace force commander', 'Ministry of Intelligence'])
    );
    // The Iranian government speaks for its commanders, so it is no second answer beside him.
    expect(wrong).not.toContain('Iranian government');
  });
});

describe('how the article treats a claim', () => {
  const index = indexFacts(facts);
  const drafts = (seed: number) =>
    sourcingGenerators['sourcing-claim-or-confirmed']!({
      index,
      random: seededRandom(seed, 'sourcing-claim-or-confirmed'),
      variants: 1
    });

  it('offers a fourth, wrong way to treat it where the article never speaks of verifying, in any seed', () => {
    const article = facts.article.paragraphs.map((paragraph) => paragraph.text).join(' ');
    expect(article).not.toMatch(/verif/i);
    for (const seed of seeds) {
      const questions = drafts(seed);
      expect(questions.length).toBeGreaterThan(0);
      for (const question of questions) {
        if (question.type !== 'single-choice') throw new Error('not a single choice');
        expect(question.options).toHaveLength(4);
        const unverified = question.options.find((option) => option.text === unverifiedLabel)!;
        expect(unverified.id).not.toBe(question.key);
      }
    }
  });

  it('gives the claim in the reader’s words with the source’s own verb, not in quotation marks', () => {
    for (const question of drafts(1)) {
      const statement = facts.statements.find((item) => item.id === question.factIds[0])!;
      expect(question.stem).not.toMatch(/[“”"]/);
      expect(question.stem).toContain(`${statement.speaker.description} ${statement.verb} that`);
    }
  });
});
