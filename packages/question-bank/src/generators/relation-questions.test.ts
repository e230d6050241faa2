import { describe, expect, it } from 'vitest';
import { indexFacts } from '../fact-index.ts';
import { seededRandom } from '../random.ts';
import { kermanFacts } from '../test-support.ts';
import { relationGenerators } from './relation-questions.ts';

const facts = kermanFacts();
const index = indexFacts(facts);
const seeds = Array.from({ length: 10 }, (_, position) => position + 1);

describe('which force weakened a group', () => {
  it('asks for a force and offers armed groups beside military bodies, none the group’s own, in any seed', () => {
    const armed = new Set(
      facts.entities.filter((entity) => index.familyOf(entity) === 'group:armed').map((entity) => entity.name)
    );
    for (const seed of seeds) {
      const drafts = relationGenerators['relation-single-choice']!({
        index,
        random: seededRandom(seed, 'relation-single-choice'),
        variants: 3
      }).filter((draft) => draft.factIds.some((id) => id.startsWith('rel-isis-k-weakened-by')));
      expect(drafts.length, `seed ${seed}`).toBeGreaterThan(0);
      for (const draft of drafts) {
        if (draft.type !== 'single-choice') throw new Error('not a single choice');
        expect(draft.stem).toBe('According to the article, ISIS-K was weakened by which force?');
        const wrong = draft.options.filter((option) => option.id !== draft.key).map((option) => option.text);
        expect(wrong.length, `seed ${seed}`).toBeGreaterThanOrEqual(2);
        expect(
          wrong.some((name) => armed.has(name)),
          `seed ${seed}: ${wrong.join(' / ')}`
        ).toBe(true);
        for (const name of ['Islamic State', 'Tajik operatives', 'Taliban'])
          expect(wrong).not.toContain(name);
      }
    }
  });
});

describe('a short answer with several right answers', () => {
  it('tells the student that any one of them is right, and says nothing where there is one', () => {
    const drafts = relationGenerators['relation-short-answer']!({
      index,
      random: seededRandom(1, 'relation-short-answer'),
      variants: 3
    });
    const weakened = drafts.find((draft) =>
      draft.factIds.some((id) => id.startsWith('rel-isis-k-weakened-by'))
    );
    expect(weakened?.stem).toBe(
      'According to the article, ISIS-K was weakened by which force? The article names more than one; give any one.'
    );
    const single = drafts.filter((draft) => draft.factIds.filter((id) => id.startsWith('rel-')).length === 1);
    expect(single.length).toBeGreaterThan(0);
    for (const draft of single) expect(draft.stem).not.toMatch(/more than one/);
  });
});
