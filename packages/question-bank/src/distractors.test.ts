import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countCandidates,
  countWordings,
  entityCandidates,
  moreThanCandidates,
  pickDistractors
} from './distractors.ts';
import { indexFacts } from './fact-index.ts';
import { normaliseAnswer } from './normalise-answer.ts';
import { seededRandom } from './random.ts';
import { generateBank } from './generate-bank.ts';
import { kermanFacts } from './test-support.ts';

const index = indexFacts(kermanFacts());

describe('distractors', () => {
  it('never offers a count the article allows: "more than 80" and "84" are both true', () => {
    const killed = kermanFacts().quantities.find((quantity) => quantity.id === 'killed-84')!;
    const candidates = countCandidates(index, killed);
    expect(candidates.length).toBeGreaterThanOrEqual(3);
    expect(candidates).not.toContain('84');
    expect(candidates).not.toContain('more than 80');
    expect(candidates).toContain('13');
    const above = moreThanCandidates(index, killed);
    expect(above).toEqual(['more than 105', 'more than 125', 'more than 170', 'more than 250']);
    expect(countWordings(index.sameCount(killed))).toEqual(['more than 80', '84']);
  });

  it('offers a province for a province and never a true answer or one close to it', () => {
    const idlib = index.entity('idlib-province')!;
    const candidates = entityCandidates(index, idlib, ['idlib-province'], undefined);
    expect(candidates).toContain('Khuzestan Province');
    const armed = ['houthis', 'militias-syria-iraq', 'iranian-proxies'];
    const groups = entityCandidates(index, index.entity('houthis')!, armed, 'iran');
    expect(groups).not.toContain('Houthis');
    expect(groups).not.toContain('Iran’s proxies');
    const culprits = entityCandidates(index, index.entity('isis-k')!, ['isis-k'], undefined);
    expect(culprits).not.toContain('Islamic State');
    const blamed = entityCandidates(index, index.entity('isis-k')!, ['isis-k'], 'kerman-bombings');
    expect(blamed).not.toContain('Tajik operatives');
    expect(blamed).toContain('Houthis');
  });

  it('picks no duplicates, nothing in the stem and nothing of another kind', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (seed) => {
        const picked = pickDistractors(seededRandom(seed), {
          keys: ['Iraq'],
          candidates: ['Syria', 'syria', 'Yemen', '84', 'Iran', 'Afghanistan'],
          stem: 'Which country, after Iran, is meant?',
          count: 3
        });
        expect(new Set(picked.map(normaliseAnswer)).size).toBe(3);
        expect(picked).not.toContain('Iran');
        expect(picked).not.toContain('84');
      }),
      { numRuns: 30 }
    );
  });

  it('skips a candidate marked implausible, and draws the others as it would have', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (seed) => {
        const options = {
          keys: ['Iraq'],
          candidates: ['Syria', 'Yemen', 'Russia', 'Afghanistan', 'Israel'],
          stem: 'Which country is meant?',
          count: 2
        };
        const picked = pickDistractors(seededRandom(seed), {
          ...options,
          implausible: (name) => name === 'Yemen'
        });
        expect(picked).not.toContain('Yemen');
        expect(picked).toHaveLength(2);
        // The seed is asked for the same choices, so what follows in its stream is unchanged.
        const plain = seededRandom(seed);
        pickDistractors(plain, options);
        const skipping = seededRandom(seed);
        pickDistractors(skipping, { ...options, implausible: (name) => name === 'Yemen' });
        expect(skipping.int(0, 1_000_000)).toBe(plain.int(0, 1_000_000));
      }),
      { numRuns: 30 }
    );
  });

  /** Each choice item of the seeds 1 to 5 whose stem matches, with its option texts; every seed has one. */
  function choicesAsked(matches: (stem: string) => boolean) {
    return [1, 2, 3, 4, 5].flatMap((seed) => {
      const asked = generateBank(kermanFacts(), {
        seed,
        types: ['single-choice', 'multiple-response']
      }).questions.filter((question) => matches(question.stem));
      expect(asked.length, `seed ${seed}`).toBeGreaterThan(0);
      return asked.flatMap((question) =>
        question.type === 'single-choice' || question.type === 'multiple-response'
          ? [{ stem: question.stem, texts: question.options.map((option) => option.text) }]
          : []
      );
    });
  }

  it('offers no group that attacked or fought Iran as one Iran has armed, in any seed', () => {
    const foes = ['ISIS-K', 'Islamic State', 'Islamic State operatives'];
    for (const { stem, texts } of choicesAsked((stem) => /Iran has armed|has Iran armed/.test(stem))) {
      expect(
        texts.filter((text) => foes.includes(text)),
        stem
      ).toEqual([]);
    }
  });

  it('offers as victims of the Kabul bombing only groups of its own story, and never the forces its troops served in', () => {
    const kerman = new Set(
      kermanFacts()
        .entities.filter((entity) => entity.topics.every((topic) => topic === 'the-attack'))
        .map((entity) => entity.name)
    );
    for (const { stem, texts } of choicesAsked((stem) =>
      stem.includes('killed in the Kabul airport bombing')
    )) {
      expect(
        texts.filter((text) => kerman.has(text)),
        stem
      ).toEqual([]);
      expect(texts, stem).not.toContain('U.S. military');
      expect(texts, stem).not.toContain('ISIS-K');
    }
  });

  it('leaves exactly one true option in a single-choice item and no true distractor, whatever the seed', () => {
    const facts = kermanFacts();
    const namesOf = (ids: readonly string[]) =>
      new Set(
        ids.flatMap((id) => {
          const entity = index.entity(id);
          return entity ? [entity.name, ...entity.aliases].map(normaliseAnswer) : [];
        })
      );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        const { questions } = generateBank(facts, { seed, types: ['single-choice', 'multiple-response'] });
        for (const question of questions) {
          if (question.type !== 'single-choice' && question.type !== 'multiple-response') continue;
          const keys = new Set(question.type === 'single-choice' ? [question.key] : question.key);
          if (question.type === 'single-choice') {
            expect(question.options.filter((option) => keys.has(option.id))).toHaveLength(1);
          }
          const distractors = question.options
            .filter((option) => !keys.has(option.id))
            .map((option) => option.text);
          const relation = facts.relations.find((item) => question.factIds.includes(item.id));
          if (relation) {
            // Every entity the facts make a true answer: same predicate, same known end.
            const trueNames = namesOf(
              facts.relations
                .filter((item) => item.predicate === relation.predicate)
                .filter((item) => item.subject === relation.subject || item.object === relation.object)
                .flatMap((item) => [item.subject, item.object])
            );
            for (const text of distractors)
              expect(trueNames.has(normaliseAnswer(text)), question.stem).toBe(false);
          }
          const quantity = facts.quantities.find((item) => question.factIds.includes(item.id));
          if (quantity) {
            // No wording the article itself gives for this count, and no other number it allows.
            const sameCount = facts.quantities.filter(
              (item) => item.measure === quantity.measure && item.event === quantity.event
            );
            const wordings = new Set(
              sameCount.flatMap((item) => [item.text, String(item.value), `more than ${item.value}`])
            );
            for (const text of distractors) {
              expect(wordings.has(text), question.stem).toBe(false);
              const exact = sameCount.find((item) => item.qualifier === 'exact');
              if (exact) expect(Number(text.replace(/\D/g, '')), question.stem).not.toBe(exact.value);
            }
          }
        }
      }),
      { numRuns: 5 }
    );
  });
});
