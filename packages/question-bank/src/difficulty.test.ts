import { describe, expect, it } from 'vitest';
import { sampleOf } from './test-support.ts';

describe('difficulty estimate', () => {
  it('adds type and skill points and says how', () => {
    expect(sampleOf('true-false').difficulty).toEqual({
      level: 'easy',
      score: 0,
      rule: 'type true-false +0, skill recall +0 = 0: easy (easy 0-1, medium 2, hard 3+)'
    });
    expect(sampleOf('ordering').difficulty.level).toBe('medium');
  });
});
