import { describe, expect, it } from 'vitest';
import { statedNumbers } from './stated-numbers.ts';

describe('statedNumbers', () => {
  it('reads digits, grouped thousands and small numbers in words', () => {
    expect(statedNumbers('Iran fired four missiles on Jan. 15, 2024, killing 1,200.')).toEqual([
      15, 2024, 1200, 4
    ]);
  });

  it('finds no number in words that only contain one', () => {
    expect(statedNumbers('Someone often tends to the stone.')).toEqual([]);
  });
});
