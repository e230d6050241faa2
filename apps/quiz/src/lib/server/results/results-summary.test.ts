import type { StudentResult } from '@newsquiz/db';
import { describe, expect, test } from 'vitest';
import { summariseResults } from './results-summary';

const result = (score: number | null, maxScore = 4): StudentResult => ({
  attemptId: 'attempt',
  studentName: 'Student',
  score,
  maxScore,
  startedAt: new Date('2024-01-25T09:00:00Z'),
  submittedAt: score === null ? null : new Date('2024-01-25T09:05:00Z'),
  secondsTaken: score === null ? null : 300
});

describe('summariseResults', () => {
  test('counts hand-ins apart from attempts still open', () => {
    expect(summariseResults([result(4), result(null), result(2)])).toMatchObject({
      handedIn: 2,
      working: 1
    });
  });

  test('averages the shares of the maximum, and takes the middle one as median', () => {
    const summary = summariseResults([result(4), result(1), result(2)]);
    expect(summary.mean).toBeCloseTo(7 / 12);
    expect(summary.median).toBe(0.5);
  });

  test('takes the median of an even count halfway between the middle two', () => {
    expect(summariseResults([result(4), result(1), result(2), result(0)]).median).toBe(0.375);
  });

  test('has no mean or median before the first hand-in', () => {
    expect(summariseResults([result(null)])).toEqual({ handedIn: 0, working: 1, mean: null, median: null });
  });
});
