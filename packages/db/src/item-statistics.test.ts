import { describe, expect, test } from 'vitest';
import { itemStatistics, type ScoredAttempt } from './item-statistics.ts';

/** Attempts whose items are given as points out of 1, their total being the sum. */
function attempts(rows: Record<string, number>[]): ScoredAttempt[] {
  return rows.map((row) => ({
    score: Object.values(row).reduce((total, points) => total + points, 0),
    items: new Map(Object.entries(row).map(([id, points]) => [id, { points, maxPoints: 1 }]))
  }));
}

describe('item statistics', () => {
  test('facility is the share of full marks among attempts that drew the question', () => {
    const stats = itemStatistics('a', attempts([{ a: 1 }, { a: 0 }, { a: 0.5 }, { b: 1 }]));
    expect(stats.seen).toBe(3);
    expect(stats.facility).toBeCloseTo(1 / 3, 10);
  });

  test('discrimination is the point-biserial correlation with the rest of the score', () => {
    // Those who got `a` right scored 2 and 2 on the rest, those who did not scored 0 and 1.
    const stats = itemStatistics(
      'a',
      attempts([
        { a: 1, b: 1, c: 1 },
        { a: 1, b: 1, c: 1 },
        { a: 0, b: 0, c: 0 },
        { a: 0, b: 1, c: 0 }
      ])
    );
    // rest = [2, 2, 0, 1]: mean 1.25, population sd sqrt(0.6875); p = 0.5.
    const expected = ((2 - 0.5) / Math.sqrt(0.6875)) * 0.5;
    expect(stats.discrimination).toBeCloseTo(expected, 10);
  });

  test('an item everyone gets right neither discriminates nor escapes the flags', () => {
    const stats = itemStatistics('a', attempts(Array.from({ length: 6 }, (_, n) => ({ a: 1, b: n % 2 }))));
    expect(stats).toMatchObject({
      facility: 1,
      discrimination: null,
      flags: ['too-easy', 'not-discriminating']
    });
  });

  test('a hard item that the weaker students get right is flagged as not discriminating', () => {
    const rows = [
      { a: 1, b: 0, c: 0 },
      { a: 0, b: 1, c: 1 },
      { a: 0, b: 1, c: 1 },
      { a: 0, b: 1, c: 0 },
      { a: 0, b: 1, c: 1 },
      { a: 0, b: 0, c: 1 }
    ];
    const stats = itemStatistics('a', attempts(rows));
    expect(stats.discrimination).toBeLessThan(0);
    expect(stats.flags).toEqual(['too-hard', 'not-discriminating']);
  });

  test('fewer than five attempts raise no flags', () => {
    expect(itemStatistics('a', attempts([{ a: 1 }, { a: 1 }])).flags).toEqual([]);
    expect(itemStatistics('a', [])).toEqual({ seen: 0, facility: null, discrimination: null, flags: [] });
  });
});
