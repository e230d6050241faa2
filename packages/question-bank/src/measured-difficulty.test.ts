import { describe, expect, it } from 'vitest';
import { measuredDifficulty } from './measured-difficulty.ts';

describe('measured difficulty', () => {
  it('reads the level from facility', () => {
    expect(measuredDifficulty(0.8, 25)?.level).toBe('easy');
    expect(measuredDifficulty(0.79, 25)?.level).toBe('medium');
    expect(measuredDifficulty(0.41, 25)?.level).toBe('medium');
    expect(measuredDifficulty(0.4, 25)?.level).toBe('hard');
  });

  it('gives no level below 20 attempts, where facility is mostly chance', () => {
    expect(measuredDifficulty(0.9, 19)).toBeUndefined();
    expect(measuredDifficulty(0.9, 20)).toEqual({ level: 'easy', facility: 0.9, attempts: 20 });
    expect(measuredDifficulty(null, 30)).toBeUndefined();
  });
});
