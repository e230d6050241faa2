import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded source of choices; each generateBank call makes its own, so generation stays pure. */
export type Random = {
  int(min: number, max: number): number;
  shuffle<T>(items: readonly T[]): T[];
};

/**
 * `stream` names a part of the work (a generator, the draw) that gets choices of its own from the same
 * seed, so that a change to what one part asks of the seed leaves the others' choices as they were.
 */
export function seededRandom(seed: number, stream = ''): Random {
  const rng = xoroshiro128plus(stream === '' ? seed : streamSeed(seed, stream));
  const int = (min: number, max: number) => uniformInt(rng, min, max);
  return {
    int,
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    }
  };
}

/** FNV-1a over the stream's name, started from the seed. */
function streamSeed(seed: number, stream: string): number {
  let hash = (seed ^ 0x811c9dc5) >>> 0;
  for (let position = 0; position < stream.length; position++) {
    hash = Math.imul(hash ^ stream.charCodeAt(position), 0x01000193) >>> 0;
  }
  return hash;
}
