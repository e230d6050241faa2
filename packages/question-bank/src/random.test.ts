import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from './random.ts';

describe('seededRandom', () => {
  it('shuffles into a permutation, the same one for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.array(fc.integer()), (seed, items) => {
        const shuffled = seededRandom(seed).shuffle(items);
        expect([...shuffled].sort()).toEqual([...items].sort());
        expect(seededRandom(seed).shuffle(items)).toEqual(shuffled);
      }),
      { numRuns: 50 }
    );
  });

  it('gives other draws for other seeds, within the bounds asked', () => {
    const items = Array.from({ length: 20 }, (_, index) => index);
    expect(seededRandom(1).shuffle(items)).not.toEqual(seededRandom(2).shuffle(items));
    const random = seededRandom(7);
    const draws = Array.from({ length: 200 }, () => random.int(3, 5));
    expect(new Set(draws)).toEqual(new Set([3, 4, 5]));
  });

  it('gives each named stream its own draws from one seed, the same each time', () => {
    const items = Array.from({ length: 20 }, (_, index) => index);
    const first = seededRandom(1, 'whoSaidIt').shuffle(items);
    expect(seededRandom(1, 'whoSaidIt').shuffle(items)).toEqual(first);
    expect(seededRandom(1, 'ideaQuestions').shuffle(items)).not.toEqual(first);
    expect(seededRandom(2, 'whoSaidIt').shuffle(items)).not.toEqual(first);
  });
});
