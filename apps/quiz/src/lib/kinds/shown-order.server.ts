import { createHash } from 'node:crypto';
import { seededRandom } from '@newsquiz/question-bank';

/**
 * The order students see items in: shuffled by a seed taken from the items themselves, so that the same
 * question always gets the same ids, and never the right order, which would answer the question.
 */
export function shownOrder(texts: readonly string[], inRightPlace: (order: number[]) => boolean): number[] {
  const seed = createHash('sha256').update(JSON.stringify(texts)).digest().readUInt32BE(0);
  const random = seededRandom(seed);
  const indexes = texts.map((_, index) => index);
  let order = random.shuffle(indexes);
  for (let tries = 0; inRightPlace(order) && tries < 20; tries += 1) order = random.shuffle(indexes);
  return order;
}
