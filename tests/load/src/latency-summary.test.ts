import { describe, expect, it } from 'vitest';
import { percentile, summarizeLatencies } from './latency-summary.ts';

describe('percentile', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('takes the nearest rank', () => {
    expect(percentile(hundred, 0.5)).toBe(50);
    expect(percentile(hundred, 0.95)).toBe(95);
    expect(percentile(hundred, 0.99)).toBe(99);
    expect(percentile(hundred, 1)).toBe(100);
  });

  it('stays inside a short list', () => {
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([1, 2], 0)).toBe(1);
  });

  it('has no value for no samples', () => {
    expect(percentile([], 0.5)).toBeNaN();
  });
});

describe('summarizeLatencies', () => {
  it('sorts the samples itself and rounds to a tenth of a millisecond', () => {
    expect(summarizeLatencies([3.04, 1, 2])).toEqual({ count: 3, p50Ms: 2, p95Ms: 3, p99Ms: 3, maxMs: 3 });
  });
});
